// Bottom-right tray of this window's exports: live progress with Cancel, then "Show in folder" (desktop) or a
// download link (preview host), or why it stopped. The newest is shown in full, older ones as one line.
import { useShallow } from 'zustand/react/shallow';
import { fileName } from '../../lib/export-formats';
import { formatBytes, formatCount } from '../../lib/format';
import { downloadUrl, useExports, type ExportEntry } from '../../store/exports';

export function ExportTray() {
  const entries = useExports((s) => s.entries);
  const message = useExports((s) => s.message);
  if (entries.length === 0 && !message) return null;
  return (
    <section className="export-tray" aria-label="Exports">
      <ul>{entries.map((e, i) => <ExportItem key={e.key} entry={e} compact={i > 0} />)}</ul>
      <p role="status" className="sr-only">{entries[0] ? announcement(entries[0]) : ''}</p>
      {message && <p role="alert" className="error-text small">{message}</p>}
    </section>
  );
}

function ExportItem({ entry, compact }: { entry: ExportEntry; compact: boolean }) {
  const { cancel, showInFolder, dismiss, desktop } = useExports(useShallow((s) => ({
    cancel: s.cancel, showInFolder: s.showInFolder, dismiss: s.dismiss, desktop: s.desktop,
  })));
  const close = <button type="button" className="icon-button" aria-label={`Dismiss ${entry.label}`} onClick={() => dismiss(entry.key)}>×</button>;
  const row = (actions: React.ReactNode, body: React.ReactNode, state: string) => (
    <li aria-label={entry.label} data-state={state}>
      <div className="tray-head"><strong title={entry.label}>{entry.label}</strong>{actions}</div>
      {body && <div className="tray-body">{body}</div>}
    </li>
  );
  if (entry.phase === 'starting') return row(null, <span className="muted">{desktop ? 'Choose where to save…' : 'Starting…'}</span>, 'starting');
  if (entry.phase === 'refused') return row(close, <span className="error-text">{entry.message}</span>, 'refused');
  const { job } = entry;
  switch (job.state) {
    case 'running': {
      const counted = job.total !== null ? `${formatCount(job.rows)} of ${units(job.format, job.total)}` : units(job.format, job.rows);
      return row(
        <button type="button" onClick={() => void cancel(job.jobId)}>Cancel</button>,
        <>
          <progress aria-label={`${entry.label} progress`} value={job.total ? job.rows : undefined} max={job.total ?? undefined} />
          <span className="muted">{counted}</span>
        </>,
        job.state,
      );
    }
    case 'completed':
      return row(
        <>
          {desktop
            ? <button type="button" onClick={() => void showInFolder(job.jobId)}>Show in folder</button>
            : <a className="button-like" href={downloadUrl(job.jobId)} download={fileName(job.file)}>Download</a>}
          {close}
        </>,
        !compact && (
          <span>
            Exported {units(job.format, job.rows)} to <span className="mono">{fileName(job.file)}</span>
            {job.bytes !== null && <span className="muted"> · {formatBytes(job.bytes)}</span>}
          </span>
        ),
        job.state,
      );
    case 'cancelled':
      return row(close, !compact && <span className="muted">Cancelled: nothing was saved.</span>, job.state);
    case 'failed':
      return row(close, <span className="error-text">{job.error?.message ?? 'The export failed.'}</span>, job.state);
  }
}

/** "1 row", "1,204 rows"; a PDF counts pages. */
function units(format: string, n: number): string {
  const word = format === 'pdf' ? 'page' : 'row';
  return `${formatCount(n)} ${word}${n === 1 ? '' : 's'}`;
}

/** One polite line for screen readers when the newest export changes state (not on every progress tick). */
function announcement(entry: ExportEntry): string {
  if (entry.phase === 'starting') return `${entry.label}: starting.`;
  if (entry.phase === 'refused') return `${entry.label}: ${entry.message}`;
  const { state } = entry.job;
  if (state === 'running') return `${entry.label}: exporting.`;
  if (state === 'completed') return `${entry.label}: done.`;
  return `${entry.label}: ${state}.`;
}
