import { useEffect } from 'react';
import { formatDate } from '../lib/format';
import { describeChange, useDataChanges } from '../store/data-changes';
import { useSync } from '../store/sync';

/** Always visible: how fresh the local copy is, whether we are online, and Sync now. */
export function StatusBar() {
  const status = useSync((s) => s.status);
  const online = useSync((s) => s.online);
  const message = useSync((s) => s.message);
  const running = useSync((s) => s.status?.status.state === 'running' || s.progress !== null);
  const refresh = useSync((s) => s.refresh);
  const syncNow = useSync((s) => s.syncNow);
  const changed = useDataChanges((s) => s.pending);
  const refreshLists = useDataChanges((s) => s.refresh);
  useEffect(() => { void refresh(); }, [refresh]);

  const asOf = status?.lastSuccessAt ?? status?.lastImportAt ?? null;
  return (
    <footer className="status-bar" aria-label="Status">
      <span data-testid="data-as-of">Data as of {asOf ? formatDate(asOf) : 'never synced'}</span>
      <span className={online ? 'dot dot-ok' : 'dot dot-off'} aria-label={online ? 'Online' : 'Offline'}>
        {online ? 'Online' : 'Offline'}
      </span>
      {message && <span role="alert" className="status-message">{message}</span>}
      {changed && (
        <button type="button" className="link-button" onClick={refreshLists} data-testid="data-changed">
          {describeChange(changed)} — refresh lists
        </button>
      )}
      <button type="button" onClick={() => void syncNow()} disabled={running}>
        {running ? 'Syncing…' : 'Sync now'}
      </button>
    </footer>
  );
}
