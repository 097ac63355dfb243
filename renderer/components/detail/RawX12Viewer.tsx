// The raw X12 of one transaction, one segment per row, with segment and element names and code meanings.
import { useClaimDetail } from '../../store/claim-detail';

export function RawX12Viewer() {
  const raw = useClaimDetail((s) => s.raw);
  const showRaw = useClaimDetail((s) => s.showRaw);
  if (raw.status === 'idle') return null;
  return (
    <section className="card raw-viewer" aria-labelledby="raw-title">
      <div className="card-head">
        <h2 id="raw-title">Raw X12{raw.status === 'ready' ? ` · ${raw.value.ref.kind} from ${raw.value.ref.source}` : ''}</h2>
        <button type="button" onClick={() => void showRaw(null)}>Close</button>
      </div>
      {raw.status === 'loading' && <p role="status" className="muted">Loading the transaction…</p>}
      {raw.status === 'failed' && <p role="alert" className="error-text">{raw.error}</p>}
      {raw.status === 'ready' && raw.value.warnings.length > 0 && (
        <ul className="raw-warnings" aria-label="Warnings about this transaction">
          {raw.value.warnings.map((w, i) => (
            <li key={i} className="warning-text">{w.message}{w.where && <span className="muted"> — {w.where}</span>}</li>
          ))}
        </ul>
      )}
      {raw.status === 'ready' && (
        <ol className="segments" aria-label="Segments">
          {raw.value.segments.map((s) => (
            <li key={s.index}>
              <details>
                <summary>
                  <span className="seg-index">{s.index}</span>
                  <code className="seg-text">{s.text}</code>
                  {s.name && <span className="seg-name">{s.name}</span>}
                </summary>
                <table className="mini-table elements" aria-label={`Elements of ${s.id} segment ${s.index}`}>
                  <tbody>
                    {s.elements.map((e) => (
                      <tr key={e.position}>
                        <th scope="row" className="mono">{e.position}</th>
                        <td>{e.name ?? ''}</td>
                        <td className="mono">{e.value}</td>
                        <td className="muted">{e.meaning ?? ''}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </details>
            </li>
          ))}
          {raw.value.truncated && <li className="muted">The transaction is long; the first segments are shown.</li>}
        </ol>
      )}
    </section>
  );
}
