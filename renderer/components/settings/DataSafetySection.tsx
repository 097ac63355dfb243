// Backups (take, restore), full integrity check, encryption at rest and rebuild from the stored raw X12.
import { useEffect } from 'react';
import { formatBytes, formatDate } from '../../lib/format';
import { useDataSafety } from '../../store/data-safety';

export function DataSafetySection() {
  const { health, busy, message, load, backupNow, restore, fullCheck, encrypt, rebuild } = useDataSafety();
  useEffect(() => { void load(); }, [load]);
  const confirmRestore = (name: string) => {
    if (window.confirm(`Replace the current data with backup ${name}? The current database is backed up first.`)) void restore(name);
  };
  return (
    <section className="card" aria-labelledby="safety-title">
      <h2 id="safety-title">Data safety</h2>
      {!health && <p role="status" className="muted">Loading…</p>}
      {health && (
        <dl className="facts" aria-label="Data safety">
          <dt>Encryption at rest</dt>
          <dd>{health.encrypted ? `On (key in ${health.keyStorage === 'keychain' ? 'the OS keychain' : 'an owner-only file'})` : 'Off'}</dd>
          <dt>Last check</dt>
          <dd>{health.lastCheck ? `${health.lastCheck.mode} check ${health.lastCheck.ok ? 'passed' : 'found problems'}, ${formatDate(health.lastCheck.at)}` : 'Shortly after start (a large database is checked in the background)'}</dd>
        </dl>
      )}
      <div className="button-row">
        <button type="button" onClick={() => void backupNow()} disabled={busy !== null}>Back up now</button>
        <button type="button" onClick={() => void fullCheck()} disabled={busy !== null}>Full integrity check</button>
        <button type="button" onClick={() => { if (window.confirm('Rebuild every claim from the stored raw X12? Notes and settings are kept.')) void rebuild(); }} disabled={busy !== null}>
          Rebuild from stored X12
        </button>
        {health && !health.encrypted && (
          <button type="button" onClick={() => { if (window.confirm('Encrypt the database and its backups? This cannot be undone here.')) void encrypt(); }} disabled={busy !== null}>
            Encrypt database
          </button>
        )}
      </div>
      {busy && <p role="status" className="muted">Working…</p>}
      {message && <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'ok-text' : 'error-text'}>{message.text}</p>}
      {health && health.backups.length > 0 && (
        <table className="mini-table" aria-label="Backups">
          <thead><tr><th>Backup</th><th>Why</th><th className="num">Size</th><th /></tr></thead>
          <tbody>
            {health.backups.map((b) => (
              <tr key={b.name}>
                <td>{formatDate(b.createdAt)}</td>
                <td>{b.reason}</td>
                <td className="num">{formatBytes(b.bytes)}</td>
                <td><button type="button" className="link-button" onClick={() => confirmRestore(b.name)} disabled={busy !== null}>Restore</button></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
