// Keyboard helpers: list movement (j / k / Enter) that stays out of the way while the user types.
import { useEffect, useRef } from 'react';

export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

interface ListKeys {
  count: number;
  active: number;
  setActive(index: number): void;
  open(index: number): void;
  enabled?: boolean;
}

/** j / k move the active item, Enter opens it. One listener per mounted list, removed on unmount. */
export function useListKeys(keys: ListKeys): void {
  const latest = useRef(keys);
  latest.current = keys;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const k = latest.current;
      if (k.enabled === false || k.count === 0 || e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
      if (document.querySelector('[role="dialog"][aria-modal="true"]')) return;
      if (e.key === 'j' || e.key === 'ArrowDown') { e.preventDefault(); k.setActive(Math.min(k.count - 1, k.active + 1)); }
      else if (e.key === 'k' || e.key === 'ArrowUp') { e.preventDefault(); k.setActive(Math.max(0, k.active - 1)); }
      else if (e.key === 'Enter' && !(e.target instanceof HTMLButtonElement) && !(e.target instanceof HTMLAnchorElement)) {
        e.preventDefault(); k.open(k.active);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
