import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { WorklistKind, type WorklistSummary } from '../../shared/domain/worklists';
import { EmptyState } from '../components/EmptyState';
import { WorklistView } from '../components/worklists/WorklistView';
import { formatCents, formatCount } from '../lib/format';
import { WORKLISTS } from '../lib/worklists';
import { useNav } from '../store/nav';
import { useWorklists } from '../store/worklists';

export function WorklistsPage() {
  const param = useNav((s) => s.param);
  const go = useNav((s) => s.go);
  const { summaries, loadSummaries, open, error } = useWorklists(useShallow((s) => ({
    summaries: s.summaries, loadSummaries: s.loadSummaries, open: s.open, error: s.error,
  })));
  const kind = WorklistKind.safeParse(param).success ? (param as WorklistKind) : null;
  useEffect(() => { void loadSummaries(); }, [loadSummaries]);
  useEffect(() => { if (kind) void open(kind); }, [kind, open]);

  const summaryOf = (k: WorklistKind): WorklistSummary | undefined => summaries?.find((s) => s.kind === k);
  return (
    <section aria-labelledby="worklists-title" className="page">
      <h1 id="worklists-title">Worklists</h1>
      <div className="worklists-layout">
        <nav aria-label="Worklists" className="worklist-nav">
          <ul>
            {WORKLISTS.map((w) => {
              const s = summaryOf(w.kind);
              return (
                <li key={w.kind}>
                  <a
                    href={`#/worklists/${w.kind}`} aria-current={kind === w.kind ? 'page' : undefined}
                    onClick={(e) => { e.preventDefault(); go('worklists', w.kind); }}
                  >
                    <span>{w.title}</span>
                    <span className="count" aria-label={s ? `${s.count} items` : 'counting'}>{s ? formatCount(s.count) : '…'}</span>
                  </a>
                  {s?.amountCents ? <div className="muted small money">{formatCents(s.amountCents)} at risk</div> : null}
                </li>
              );
            })}
          </ul>
        </nav>
        <div className="worklist-body">
          {error && !kind && <p role="alert" className="error-text">{error}</p>}
          {kind ? <WorklistView kind={kind} /> : (
            <EmptyState title="Pick a worklist">Each list shows what needs a person today. Items leave a list by themselves when a later event resolves them.</EmptyState>
          )}
        </div>
      </div>
    </section>
  );
}
