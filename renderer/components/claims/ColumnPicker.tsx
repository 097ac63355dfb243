// Choose and order-keep the claims table's columns.
import { useState } from 'react';
import type { ClaimColumn } from '../../../shared/domain/settings';
import { COLUMNS, DEFAULT_COLUMNS } from '../../lib/columns';
import { useClaims } from '../../store/claims';
import { Popover } from '../Popover';

export function ColumnPicker() {
  const columns = useClaims((s) => s.columns);
  const setColumns = useClaims((s) => s.setColumns);
  const [open, setOpen] = useState(false);
  const toggle = (id: ClaimColumn) => {
    if (columns.includes(id)) { if (columns.length > 1) setColumns(columns.filter((c) => c !== id)); return; }
    setColumns(COLUMNS.map((c) => c.id).filter((c) => c === id || columns.includes(c)));
  };
  return (
    <Popover label="Columns" open={open} onOpenChange={setOpen}>
      <fieldset className="column-list">
        <legend className="sr-only">Visible columns</legend>
        {COLUMNS.map((c) => (
          <label key={c.id} className="check">
            <input type="checkbox" checked={columns.includes(c.id)} onChange={() => toggle(c.id)} /> {c.label}
          </label>
        ))}
      </fieldset>
      <button type="button" className="link-button" onClick={() => setColumns(DEFAULT_COLUMNS)}>Reset to default</button>
    </Popover>
  );
}
