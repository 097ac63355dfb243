// Sync schedule, backfill start and the stale-claim thresholds the worklists use.
import { useEffect, useState } from 'react';
import type { Preferences } from '../../../shared/domain/settings';
import { useSettings } from '../../store/settings';

export function PreferencesSection() {
  const prefs = useSettings((s) => s.prefs);
  const message = useSettings((s) => s.prefsMessage);
  const savePrefs = useSettings((s) => s.savePrefs);
  const [draft, setDraft] = useState<Preferences | null>(prefs);
  useEffect(() => { setDraft(prefs); }, [prefs]);
  if (!draft) return <section className="card"><p role="status" className="muted">Loading preferences…</p></section>;
  const num = (key: 'syncIntervalMinutes' | 'staleNoAckDays' | 'staleUnpaidDays') => ({
    value: draft[key], type: 'number' as const,
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => setDraft({ ...draft, [key]: Number(e.target.value) }),
  });
  return (
    <section className="card" aria-labelledby="prefs-title">
      <h2 id="prefs-title">Schedule and thresholds</h2>
      <form className="grid-form" onSubmit={(e) => { e.preventDefault(); void savePrefs(draft); }}>
        <label htmlFor="sync-interval">Sync every (minutes)</label>
        <input id="sync-interval" min={5} max={1440} {...num('syncIntervalMinutes')} />
        <label htmlFor="backfill-start">Backfill from</label>
        <input id="backfill-start" type="date" value={draft.backfillStart ?? ''} onChange={(e) => setDraft({ ...draft, backfillStart: e.target.value || null })} />
        <label htmlFor="stale-ack">No acknowledgment after (days)</label>
        <input id="stale-ack" min={1} max={365} {...num('staleNoAckDays')} />
        <label htmlFor="stale-unpaid">Accepted but unpaid after (days)</label>
        <input id="stale-unpaid" min={1} max={365} {...num('staleUnpaidDays')} />
        <span />
        <div><button type="submit" className="primary">Save preferences</button> {message && <span role="status" className="muted">{message}</span>}</div>
      </form>
    </section>
  );
}
