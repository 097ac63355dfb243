// One worklist: groups by reason, each item opens its claim; Mark worked / Reprocess act on it in place.
import type { WorklistItem, WorklistKind } from '../../../shared/domain/worklists';
import { formatCents, formatCount, formatDay } from '../../lib/format';
import { useListKeys } from '../../lib/keys';
import { WORKLISTS } from '../../lib/worklists';
import { useClaims } from '../../store/claims';
import { useNav } from '../../store/nav';
import { useWorklists } from '../../store/worklists';
import { EmptyState } from '../EmptyState';

export function WorklistView({ kind }: { kind: WorklistKind }) {
  const list = useWorklists((s) => (s.list?.kind === kind ? s.list : null));
  const loading = useWorklists((s) => s.loading);
  const error = useWorklists((s) => s.error);
  const notice = useWorklists((s) => s.notice);
  const includeWorked = useWorklists((s) => s.includeWorked);
  const setIncludeWorked = useWorklists((s) => s.setIncludeWorked);
  const active = useWorklists((s) => s.active);
  const setActive = useWorklists((s) => s.setActive);
  const openClaim = useNav((s) => s.openClaim);
  const go = useNav((s) => s.go);
  const meta = WORKLISTS.find((w) => w.kind === kind)!;
  const items = list?.groups.flatMap((g) => g.items) ?? [];
  const openItem = (item: WorklistItem | undefined) => { if (item?.claimId) openClaim(item.claimId); };
  useListKeys({ count: items.length, active, setActive, open: (i) => openItem(items[i]) });

  let flatIndex = -1;
  return (
    <section aria-labelledby="worklist-title">
      <div className="card-head">
        <h2 id="worklist-title" className="section-title">{meta.title}</h2>
        <label className="check"><input type="checkbox" checked={includeWorked} onChange={(e) => setIncludeWorked(e.target.checked)} /> Show worked</label>
      </div>
      <p className="muted">{meta.help}</p>
      {notice && <p role="status" className="notice">{notice}</p>}
      {error && <p role="alert" className="error-text">{error}</p>}
      {loading && !list && <p role="status" className="muted">Loading…</p>}
      {list && list.groups.length === 0 && <EmptyState title="Nothing to do here">This list is clear.</EmptyState>}
      {list?.groups.map((g) => (
        <section key={g.key} className="card worklist-group" aria-label={g.title}>
          <div className="card-head">
            <h3>{g.code && <code>{g.code}</code>} {g.title}</h3>
            <span className="muted">{formatCount(g.count)} {g.count === 1 ? 'claim' : 'claims'}{g.amountCents !== null ? ` · ${formatCents(g.amountCents)}` : ''}</span>
            {g.drill && (
              <button type="button" className="link-button" onClick={() => { useClaims.getState().replaceFilters(g.drill!); go('claims'); }}>
                Open all in Claims
              </button>
            )}
          </div>
          <ul className="worklist-items" aria-label={`${g.title} items`}>
            {g.items.map((item) => {
              flatIndex++;
              const index = flatIndex;
              return (
                <li key={item.id} className={index === active ? 'item-active' : undefined}>
                  <button type="button" className="item-open" disabled={!item.claimId} onClick={() => { setActive(index); openItem(item); }}>
                    <span className="item-title">{item.title}</span>
                    <span className="muted">{item.payerName ?? ''}{item.detail ? ` · ${item.detail}` : ''}</span>
                  </button>
                  <span className="money">{formatCents(item.amountCents)}</span>
                  <span className="muted">{formatDay(item.date)}{item.ageDays !== null ? ` · ${item.ageDays} d` : ''}</span>
                  <ItemAction item={item} />
                </li>
              );
            })}
          </ul>
          {g.count > g.items.length && <p className="muted small">Showing {g.items.length} of {formatCount(g.count)}.</p>}
        </section>
      ))}
    </section>
  );
}

function ItemAction({ item }: { item: WorklistItem }) {
  const markWorked = useWorklists((s) => s.markWorked);
  const reprocess = useWorklists((s) => s.reprocess);
  if (item.exceptionId) {
    return <button type="button" onClick={() => void reprocess(item.exceptionId!)} aria-label={`Reprocess ${item.title}`}>Reprocess</button>;
  }
  if (!item.claimId) return <span />;
  return <button type="button" onClick={() => void markWorked(item.claimId!)} aria-label={`Mark ${item.title} worked`}>Mark worked</button>;
}
