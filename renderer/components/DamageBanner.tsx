// Shown on every page when start-up found the database damaged: says so plainly and offers the two ways back.
import { useEffect } from 'react';
import { useDataSafety } from '../store/data-safety';
import { useNav } from '../store/nav';

export function DamageBanner() {
  const damage = useDataSafety((s) => s.health?.damage ?? null);
  const load = useDataSafety((s) => s.load);
  const rebuild = useDataSafety((s) => s.rebuild);
  const busy = useDataSafety((s) => s.busy);
  const go = useNav((s) => s.go);
  useEffect(() => { void load(); }, [load]);
  if (!damage) return null;
  return (
    <div role="alert" className="banner error">
      <strong>The database was damaged and has been set aside</strong> ({damage.quarantinedFile}). You are working on a fresh, empty copy.
      {' '}<button type="button" onClick={() => void rebuild()} disabled={busy !== null}>Rebuild from stored X12</button>
      {' '}<button type="button" className="link-button" onClick={() => go('settings')}>Restore a backup…</button>
    </div>
  );
}
