// Every 837, 999, 277CA / 277 and 835 event in order, the days between steps, and every code in words.
import type { TimelineEvent } from '../../../shared/domain/claim-detail';
import { daysBetween, formatCents, formatDate, formatDays } from '../../lib/format';
import { useClaimDetail } from '../../store/claim-detail';

export function Timeline({ events }: { events: TimelineEvent[] }) {
  const showRaw = useClaimDetail((s) => s.showRaw);
  return (
    <section className="card" aria-labelledby="timeline-title">
      <h2 id="timeline-title">Timeline</h2>
      {events.length === 0 ? <p className="muted">No events yet.</p> : (
        <ol className="timeline" aria-label="Timeline">
          {events.map((e, i) => {
            const gap = i > 0 ? daysBetween(events[i - 1]!.at, e.at) : null;
            return (
              <li key={e.id} className={`event tone-${e.tone}`}>
                {gap !== null && <div className="gap" aria-label={`${formatDays(gap)} later`}>+{formatDays(gap)}</div>}
                <div className="event-head">
                  <span className="event-kind">{e.kind}</span>
                  <strong>{e.title}</strong>
                  {e.amountCents !== null && <span className="money">{formatCents(e.amountCents)}</span>}
                  <time dateTime={e.at} className="muted">{formatDate(e.at)}</time>
                </div>
                {e.detail && <p className="event-detail">{e.detail}</p>}
                {e.codes.length > 0 && (
                  <ul className="codes">
                    {e.codes.map((c, j) => <li key={j}><code>{c.system === 'OTHER' ? c.code : `${c.system} ${c.code}`}</code> {c.text}</li>)}
                  </ul>
                )}
                {e.transactionId && (
                  <button type="button" className="link-button" onClick={() => void showRaw(e.transactionId)}>View X12</button>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
