// Ctrl/Cmd+K: a modal list of destinations filtered as you type; claims come from full-text search.
import { useEffect, useMemo, useRef, useState } from 'react';
import { REPORT_TITLES } from './reports/report-views';
import { WORKLISTS } from '../lib/worklists';
import { SECTION_LABELS, SECTIONS, useNav, type Section } from '../store/nav';
import { usePalette } from '../store/palette';

interface Command { id: string; label: string; hint: string; run(): void; }

export function CommandPalette() {
  const open = usePalette((s) => s.open);
  const query = usePalette((s) => s.query);
  const claims = usePalette((s) => s.claims);
  const setOpen = usePalette((s) => s.setOpen);
  const setQuery = usePalette((s) => s.setQuery);
  const go = useNav((s) => s.go);
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const returnFocus = useRef<Element | null>(null);

  const commands = useMemo<Command[]>(() => {
    const q = query.trim().toLowerCase();
    const nav: Command[] = [
      ...SECTIONS.map((s: Section) => ({ id: `s-${s}`, label: SECTION_LABELS[s], hint: 'Screen', run: () => go(s) })),
      ...WORKLISTS.map((w) => ({ id: `w-${w.kind}`, label: w.title, hint: 'Worklist', run: () => go('worklists', w.kind) })),
      ...Object.entries(REPORT_TITLES).map(([k, t]) => ({ id: `r-${k}`, label: t, hint: 'Report', run: () => go('reports', k) })),
    ].filter((c) => !q || c.label.toLowerCase().includes(q));
    const found = claims.map((c) => ({ id: `c-${c.id}`, label: `${c.patientName} · ${c.patientControlNumber}`, hint: c.payerName ?? 'Claim', run: () => go('claims', c.id) }));
    return [...nav, ...found].slice(0, 14);
  }, [query, claims, go]);

  useEffect(() => { setActive(0); }, [query]);
  useEffect(() => {
    if (open) { returnFocus.current = document.activeElement; input.current?.focus(); }
    else if (returnFocus.current instanceof HTMLElement) returnFocus.current.focus();
  }, [open]);
  if (!open) return null;

  const choose = (c: Command | undefined) => { if (!c) return; setOpen(false); c.run(); };
  const onKey = (e: React.KeyboardEvent) => {
    if (e.key === 'ArrowDown') { e.preventDefault(); setActive(Math.min(commands.length - 1, active + 1)); }
    else if (e.key === 'ArrowUp') { e.preventDefault(); setActive(Math.max(0, active - 1)); }
    else if (e.key === 'Enter') { e.preventDefault(); choose(commands[active]); }
    else if (e.key === 'Escape') { e.preventDefault(); e.stopPropagation(); setOpen(false); }
  };
  return (
    <div className="palette-backdrop" onMouseDown={() => setOpen(false)}>
      <div role="dialog" aria-modal="true" aria-label="Command palette" className="palette" onMouseDown={(e) => e.stopPropagation()}>
        <input
          ref={input} role="combobox" aria-expanded="true" aria-controls="palette-list" aria-label="Go to"
          aria-activedescendant={commands[active] ? `pal-${commands[active].id}` : undefined}
          placeholder="Go to a screen, worklist, report or claim…" value={query} onChange={(e) => setQuery(e.target.value)} onKeyDown={onKey}
        />
        <ul id="palette-list" role="listbox" aria-label="Destinations">
          {commands.map((c, i) => (
            <li key={c.id} id={`pal-${c.id}`} role="option" aria-selected={i === active} onMouseEnter={() => setActive(i)} onClick={() => choose(c)}>
              <span>{c.label}</span><span className="muted">{c.hint}</span>
            </li>
          ))}
          {commands.length === 0 && <li className="muted" role="presentation">Nothing matches.</li>}
        </ul>
      </div>
    </div>
  );
}
