// A button that opens a small panel below it; Esc or a click outside closes it and focus returns to the button.
import { useEffect, useId, useRef } from 'react';

interface PopoverProps { label: string; open: boolean; onOpenChange(open: boolean): void; children: React.ReactNode; className?: string; }

export function Popover({ label, open, onOpenChange, children, className }: PopoverProps) {
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    const onDown = (e: MouseEvent) => { if (!root.current?.contains(e.target as Node)) onOpenChange(false); };
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.stopPropagation();
      onOpenChange(false);
      button.current?.focus();
    };
    document.addEventListener('mousedown', onDown);
    document.addEventListener('keydown', onKey, true);
    return () => { document.removeEventListener('mousedown', onDown); document.removeEventListener('keydown', onKey, true); };
  }, [open, onOpenChange]);
  return (
    <div className={`popover-root ${className ?? ''}`} ref={root}>
      <button ref={button} type="button" aria-expanded={open} aria-controls={id} onClick={() => onOpenChange(!open)}>{label} ▾</button>
      {open && <div id={id} className="popover" role="group" aria-label={label}>{children}</div>}
    </div>
  );
}
