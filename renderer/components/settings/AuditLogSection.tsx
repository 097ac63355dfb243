// Settings → Audit log: who exported or printed what, key changes, restores, reprocessing; verify the chain; export it.
import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { AuditEntry } from '../../../shared/domain/exports';
import { fileName, LIST_FORMATS } from '../../lib/export-formats';
import { formatCount, formatDate } from '../../lib/format';
import { useAuditLog, type AuditAction } from '../../store/audit-log';
import { useExports } from '../../store/exports';
import { ExportMenu } from '../exports/ExportMenu';
import { AuditVerifyResult } from './AuditVerifyResult';

const ACTIONS: Record<AuditAction, string> = {
  export: 'Exports', print: 'Prints', key_change: 'Key changes', restore: 'Restores', reprocess: 'Reprocessing', schedule_change: 'Export schedules',
};

export function AuditLogSection() {
  const { entries, action, hasMore, loading, error, load, loadMore, verifyChain } = useAuditLog(useShallow((s) => ({
    entries: s.entries, action: s.action, hasMore: s.hasMore, loading: s.loading, error: s.error,
    load: s.load, loadMore: s.loadMore, verifyChain: s.verifyChain,
  })));
  const start = useExports((s) => s.start);
  useEffect(() => { void load(); }, [load]);
  return (
    <section className="card audit-log" aria-labelledby="audit-title">
      <div className="card-head">
        <h2 id="audit-title">Audit log</h2>
        <label className="inline-field">
          <span>Show</span>
          <select value={action ?? ''} onChange={(e) => void load((e.target.value || null) as AuditAction | null)}>
            <option value="">Everything</option>
            {Object.entries(ACTIONS).map(([k, label]) => <option key={k} value={k}>{label}</option>)}
          </select>
        </label>
        <button type="button" onClick={() => void verifyChain()}>Verify chain</button>
        <ExportMenu alignEnd choices={LIST_FORMATS.map((f) => ({ label: f.label, pick: () => void start({ what: 'auditLog', format: f.format, ...(f.excelFriendly ? { excelFriendly: true } : {}) }, `Audit log · ${f.short}`) }))} />
      </div>
      <AuditVerifyResult />
      {error && <p role="alert" className="error-text">{error}</p>}
      {entries === null && loading && <p role="status" className="muted">Loading…</p>}
      {entries?.length === 0 && <p className="muted">Nothing recorded yet. Exports, prints, key changes and restores appear here.</p>}
      {entries && entries.length > 0 && (
        <div className="table-scroll">
          <table className="data-table" aria-label="Audit log entries">
            <thead><tr><th scope="col" className="num">#</th><th scope="col">When</th><th scope="col">Action</th><th scope="col">What</th><th scope="col">Outcome</th><th scope="col" className="num">Rows</th><th scope="col">Where</th><th scope="col">By</th></tr></thead>
            <tbody>{entries.map((e) => <AuditRow key={e.seq} entry={e} />)}</tbody>
          </table>
        </div>
      )}
      {hasMore && <button type="button" disabled={loading} onClick={() => void loadMore()}>{loading ? 'Loading…' : 'Show older'}</button>}
    </section>
  );
}

function AuditRow({ entry }: { entry: AuditEntry }) {
  const d = entry.detail;
  const file = typeof d.file === 'string' ? d.file : null;
  return (
    <tr>
      <td className="num muted">{entry.seq}</td>
      <td>{formatDate(entry.at)}</td>
      <td>{entry.action.replace('_', ' ')}</td>
      <td>
        {entry.subject}
        <details className="audit-detail"><summary className="muted small">details</summary><pre className="mono">{JSON.stringify(d, null, 1)}</pre></details>
      </td>
      <td>{typeof d.outcome === 'string' ? d.outcome : '—'}</td>
      <td className="num">{typeof d.rows === 'number' ? formatCount(d.rows) : '—'}</td>
      <td className="mono" title={file ?? undefined}>{file ? fileName(file) : '—'}</td>
      <td>{entry.actor ?? '—'}</td>
    </tr>
  );
}
