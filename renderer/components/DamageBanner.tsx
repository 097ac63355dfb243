// Shown on every page when start-up found the database damaged: says so plainly and offers the two ways back. A
// problem the background check of a large store found is shown too, with what to do about it.
import { useEffect } from 'react';
import { useDataSafety } from '../store/data-safety';
import { useNav } from '../store/nav';

export function DamageBanner() {
  const damage = useDataSafety((s) => s.health?.damage ?? null);
  const load = useDataSafety((s) => s.load);
  const rebuild = useDataSafety((s) => s.rebuild);
  const busy = useDataSafety((s) => s.busy);
  const go = useNav((s) => s.go);
  const check = useDataSafety((s) => s.health?.lastCheck ?? null);
  useEffect(() => { void load(); }, [load]);
  if (!damage && check && !check.ok) {
    // found by the background check of a large store: the open file cannot be set aside until the next start
    return (
      <div role="alert" className="banner error">
        <strong>The integrity check found problems in the database</strong> ({check.problems[0]}). Quit and reopen ClaimTrail:
        it will set the damaged file aside, and you can then restore a backup or rebuild from the stored X12.
      </div>
    );
  }
  if (!damage) return null;
  return (
    <div role="alert" className="banner error">
      <strong>The database was damaged and has been set aside</strong> ({damage.quarantinedFile}). You are working on a fresh, empty copy.
      {' '}<button type="button" onClick={() => void rebuild()} disabled={busy !== null}>Rebuild from stored X12</button>
      {' '}<button type="button" className="link-button" onClick={() => go('settings')}>Restore a backup…</button>
    </div>
  );
}
