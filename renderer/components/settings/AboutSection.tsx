// Version, data folder and its size, row counts.
import { useEffect } from 'react';
import { formatBytes, formatCount } from '../../lib/format';
import { useAppInfo } from '../../store/app-info';

export function AboutSection() {
  const info = useAppInfo((s) => s.info);
  const status = useAppInfo((s) => s.status);
  const error = useAppInfo((s) => s.error);
  const load = useAppInfo((s) => s.load);
  useEffect(() => { void load(); }, [load]);
  return (
    <section className="card" aria-labelledby="about-title">
      <h2 id="about-title">Data folder and installation</h2>
      {status === 'loading' && !info && <p role="status">Loading…</p>}
      {error && <p role="alert">{error}</p>}
      {info && (
        <dl className="facts" aria-label="App information">
          <dt>Version</dt><dd data-testid="app-version">{info.version}</dd>
          <dt>Running as</dt><dd>{info.runtime === 'electron' ? 'Desktop app' : 'Preview host'}</dd>
          <dt>Data folder</dt><dd data-testid="data-dir" className="mono">{info.dataDir}</dd>
          <dt>Database size</dt><dd data-testid="db-size">{formatBytes(info.databaseBytes)}</dd>
          <dt>Schema version</dt><dd>{info.schemaVersion}</dd>
          <dt>Rows</dt>
          <dd>
            <div className="row-counts">
              <table className="mini-table" aria-label="Row counts">
                <tbody>
                  {Object.entries(info.rowCounts).map(([table, count]) => (
                    <tr key={table}><th scope="row">{table}</th><td className="num">{formatCount(count)}</td></tr>
                  ))}
                </tbody>
              </table>
            </div>
          </dd>
        </dl>
      )}
    </section>
  );
}
