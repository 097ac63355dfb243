import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { SyncState } from '../../shared/domain/sync-status';
import { EmptyState } from '../components/EmptyState';
import { formatCount, formatDate } from '../lib/format';
import { useNav } from '../store/nav';
import { useSync } from '../store/sync';

const STATE_TEXT: Record<SyncState['state'], string> = {
  not_configured: 'Not set up: add a Stedi API key in Settings.',
  idle: 'Idle: the local copy is up to date as of the last sync.',
  running: 'Syncing…',
  offline: 'Offline: ClaimTrail will retry by itself.',
  key_rejected: 'Stedi rejected the API key: replace it in Settings.',
  error: 'The last sync failed.',
};

export function SyncPage() {
  const { status, progress, runs, message, refresh, loadRuns, syncNow, cancel } = useSync(useShallow((s) => ({
    status: s.status, progress: s.progress, runs: s.runs, message: s.message,
    refresh: s.refresh, loadRuns: s.loadRuns, syncNow: s.syncNow, cancel: s.cancel,
  })));
  const go = useNav((s) => s.go);
  useEffect(() => { void refresh(); void loadRuns(); }, [refresh, loadRuns]);
  const state = status?.status;
  const running = state?.state === 'running' || progress !== null;

  return (
    <section aria-labelledby="sync-title" className="page">
      <h1 id="sync-title">Sync</h1>
      <div className="card sync-state" role="status" aria-label="Sync state">
        <div className="sync-line">
          <span className={`dot ${running ? 'dot-run' : state?.state === 'idle' ? 'dot-ok' : state?.state === 'error' || state?.state === 'key_rejected' ? 'dot-bad' : 'dot-off'}`} />
          <strong>{state ? (running ? 'Syncing…' : STATE_TEXT[state.state]) : 'Checking…'}</strong>
          {state?.state === 'error' && <span className="error-text">{state.message}</span>}
          {state?.state === 'offline' && state.retryAt && <span className="muted">Next try {formatDate(state.retryAt)}</span>}
        </div>
        {progress && (
          <div className="progress-block" aria-label="Sync progress">
            <progress aria-label="Sync progress" />
            <span>{progress.phase} · page {progress.pages} · {formatCount(progress.seen)} seen · {formatCount(progress.ingested)} ingested · {formatCount(progress.skipped)} skipped · {formatCount(progress.failed)} failed</span>
            {progress.processedAt && <span className="muted">up to {formatDate(progress.processedAt)}</span>}
          </div>
        )}
        <dl className="facts">
          <dt>Last success</dt><dd>{formatDate(status?.lastSuccessAt)}</dd>
          <dt>Last import</dt><dd>{formatDate(status?.lastImportAt)}</dd>
        </dl>
        <div className="actions">
          {running
            ? <button type="button" onClick={() => void cancel()}>Cancel sync</button>
            : <button type="button" className="primary" onClick={() => void syncNow()}>Sync now</button>}
          {state?.state === 'not_configured' || state?.state === 'key_rejected'
            ? <button type="button" className="link-button" onClick={() => go('settings')}>Open Settings</button> : null}
        </div>
        {message && <p role="alert" className="error-text">{message}</p>}
      </div>
      <h2>History</h2>
      {runs === null && <p role="status" className="muted">Loading…</p>}
      {runs?.length === 0 && <EmptyState title="No sync runs yet">Runs appear here with what each one brought in.</EmptyState>}
      {runs && runs.length > 0 && (
        <table className="data-table" aria-label="Sync history">
          <thead><tr><th scope="col">Started</th><th scope="col">Finished</th><th scope="col">Outcome</th><th scope="col" className="num">Seen</th><th scope="col" className="num">Ingested</th><th scope="col" className="num">Skipped</th><th scope="col" className="num">Failed</th><th scope="col">Error</th></tr></thead>
          <tbody>
            {runs.map((r) => (
              <tr key={r.id}>
                <td>{formatDate(r.startedAt)}</td><td>{formatDate(r.finishedAt)}</td>
                <td><span className={`badge tone-${r.outcome === 'ok' ? 'ok' : r.outcome === 'failed' ? 'bad' : r.outcome === 'running' ? 'info' : 'neutral'}`}>{r.outcome}</span></td>
                <td className="num">{formatCount(r.seen)}</td><td className="num">{formatCount(r.ingested)}</td>
                <td className="num">{formatCount(r.skipped)}</td><td className="num">{formatCount(r.failed)}</td>
                <td className="muted">{r.error ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
