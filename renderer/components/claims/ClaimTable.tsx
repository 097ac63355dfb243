// The virtualised claims table: only visible rows exist in the DOM; rows come from the store's page window.
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useMemo, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { COLUMN_BY_ID, type ColumnDef } from '../../lib/columns';
import { useListKeys } from '../../lib/keys';
import { rowAt } from '../../store/claim-pages';
import { useClaims } from '../../store/claims';
import { useNav } from '../../store/nav';
import { ClaimTableHeader } from './ClaimTableHeader';

export const ROW_HEIGHT = 30;

export function ClaimTable() {
  const count = useClaims((s) => s.window.extent + (s.window.hasMore && s.window.extent > 0 ? 1 : 0));
  const total = useClaims((s) => s.totals?.count ?? null);
  const columnIds = useClaims(useShallow((s) => s.columns));
  const active = useClaims((s) => s.activeIndex);
  const { ensureRows, setActive } = useClaims(useShallow((s) => ({ ensureRows: s.ensureRows, setActive: s.setActive })));
  const openClaim = useNav((s) => s.openClaim);
  const scrollRef = useRef<HTMLDivElement>(null);
  // Stable props, so a scroll re-renders only the rows that enter the view (rows are memoised).
  const columns = useMemo(() => columnIds.map((id) => COLUMN_BY_ID.get(id)).filter((c): c is ColumnDef => !!c), [columnIds]);
  const width = 36 + columns.reduce((n, c) => n + c.width, 0);

  const virtualizer = useVirtualizer({
    count, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT, overscan: 10,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;
  const extent = useClaims((s) => s.window.extent);
  const held = useClaims((s) => s.window.pages.size);
  useEffect(() => { ensureRows(first, last + 40); }, [first, last, extent, held, ensureRows]);
  // Coming back from a claim: the store kept the window, so return to the row the user left from.
  useEffect(() => { if (active > 0) virtualizer.scrollToIndex(active, { align: 'center' }); }, []); // mount only

  const open = useCallback((index: number) => {
    const row = rowAt(useClaims.getState().window, index);
    if (row) openClaim(row.id);
  }, [openClaim]);
  useListKeys({
    count: extent, active,
    setActive: (i) => { setActive(i); virtualizer.scrollToIndex(i, { align: 'auto' }); },
    open,
  });

  return (
    <div
      ref={scrollRef}
      className="claim-table"
      role="grid"
      aria-label="Claims"
      aria-rowcount={(total ?? extent) + 1}
      aria-colcount={columns.length + 1}
      tabIndex={0}
      data-testid="claims-scroller"
    >
      <ClaimTableHeader columns={columns} width={width} />
      <div role="rowgroup" style={{ height: virtualizer.getTotalSize(), width, position: 'relative' }}>
        {items.map((item) => (
          <ClaimTableRow key={item.index} index={item.index} top={item.start} columns={columns} width={width} active={item.index === active} onOpen={open} />
        ))}
      </div>
    </div>
  );
}

interface RowProps { index: number; top: number; columns: ColumnDef[]; width: number; active: boolean; onOpen(index: number): void; }

const ClaimTableRow = memo(function ClaimTableRow({ index, top, columns, width, active, onOpen }: RowProps) {
  const row = useClaims((s) => rowAt(s.window, index));
  const selected = useClaims((s) => (row ? s.selected.has(row.id) : false));
  const toggle = useClaims((s) => s.toggleSelected);
  const style = { transform: `translateY(${top}px)`, width, height: ROW_HEIGHT };
  if (!row) {
    return (
      <div role="row" aria-rowindex={index + 2} className="row row-placeholder" style={style} aria-busy="true">
        <div role="gridcell" className="cell placeholder-bar" />
      </div>
    );
  }
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      aria-selected={selected}
      className={`row${active ? ' row-active' : ''}${selected ? ' row-selected' : ''}`}
      style={style}
      onClick={() => onOpen(index)}
    >
      <div role="gridcell" className="cell cell-check" onClick={(e) => e.stopPropagation()}>
        <input type="checkbox" checked={selected} onChange={() => toggle(row.id)} aria-label={`Select claim ${row.patientControlNumber}`} />
      </div>
      {columns.map((c) => (
        <div role="gridcell" key={c.id} className={`cell${c.money ? ' money' : ''}`} style={{ width: c.width }}>{c.cell(row)}</div>
      ))}
    </div>
  );
});
