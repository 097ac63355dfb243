// Sticky header of the claims table: sort by clicking a sortable column; select all loaded rows.
import { useShallow } from 'zustand/react/shallow';
import type { ColumnDef } from '../../lib/columns';
import { heldRows } from '../../store/claim-pages';
import { useClaims } from '../../store/claims';

export function ClaimTableHeader({ columns, width }: { columns: ColumnDef[]; width: number }) {
  const sort = useClaims((s) => s.sort);
  const setSort = useClaims((s) => s.setSort);
  const { selectedCount, heldCount } = useClaims(useShallow((s) => ({ selectedCount: s.selected.size, heldCount: s.window.extent })));
  const selectAll = () => {
    const s = useClaims.getState();
    if (s.selected.size > 0) s.clearSelection(); else s.setSelected(heldRows(s.window).map((r) => r.id));
  };
  return (
    <div role="rowgroup" className="thead">
      <div role="row" aria-rowindex={1} className="row header-row" style={{ width }}>
        <div role="columnheader" className="cell cell-check">
          <input
            type="checkbox"
            aria-label="Select all loaded claims"
            checked={selectedCount > 0 && selectedCount >= Math.min(heldCount, 1)}
            ref={(el) => { if (el) el.indeterminate = selectedCount > 0 && selectedCount < heldCount; }}
            onChange={selectAll}
          />
        </div>
        {columns.map((c) => {
          const sorted = c.sortKey && sort.key === c.sortKey ? sort.dir : null;
          const aria = sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : c.sortKey ? 'none' : undefined;
          return (
            <div role="columnheader" aria-sort={aria} key={c.id} className={`cell${c.money ? ' money' : ''}`} style={{ width: c.width }}>
              {c.sortKey ? (
                <button
                  type="button"
                  className="sort-button"
                  onClick={() => setSort({ key: c.sortKey!, dir: sorted === 'desc' ? 'asc' : 'desc' })}
                >
                  {c.label}<span aria-hidden="true" className="sort-mark">{sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : ''}</span>
                </button>
              ) : c.label}
            </div>
          );
        })}
      </div>
    </div>
  );
}
