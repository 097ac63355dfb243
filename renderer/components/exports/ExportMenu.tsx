// "Export ▾": a small menu of formats. What each choice exports is the caller's business (the whole filtered set,
// the report as run, a document); progress and the finished file appear in the export tray.
import { useState } from 'react';
import { Popover } from '../Popover';

export interface ExportChoice { label: string; pick(): void }

interface ExportMenuProps { label?: string; hint?: string; choices: ExportChoice[]; /** Open towards the left (a button at the right edge). */ alignEnd?: boolean }

export function ExportMenu({ label = 'Export', hint, choices, alignEnd }: ExportMenuProps) {
  const [open, setOpen] = useState(false);
  return (
    <Popover label={label} open={open} onOpenChange={setOpen} className={alignEnd ? 'export-menu align-end' : 'export-menu'}>
      {hint && <p className="muted small">{hint}</p>}
      <ul className="menu-list">
        {choices.map((c) => (
          <li key={c.label}>
            <button type="button" className="menu-item" onClick={() => { setOpen(false); c.pick(); }}>{c.label}</button>
          </li>
        ))}
      </ul>
    </Popover>
  );
}
