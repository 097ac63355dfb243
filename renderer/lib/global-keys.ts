// App-wide keys: `/` search, Ctrl/Cmd+K palette, Esc back. Installed once by App; returns its disposer.
import { SEARCH_INPUT_ID } from '../components/claims/SearchBox';
import { useNav } from '../store/nav';
import { usePalette } from '../store/palette';
import { isTyping } from './keys';

export function installGlobalKeys(): () => void {
  const onKey = (e: KeyboardEvent) => {
    if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k') {
      e.preventDefault();
      usePalette.getState().setOpen(!usePalette.getState().open);
      return;
    }
    if (usePalette.getState().open || e.defaultPrevented) return;
    if (e.key === '/' && !isTyping(e.target)) {
      e.preventDefault();
      const nav = useNav.getState();
      if (nav.section !== 'claims' || nav.param) nav.go('claims');
      requestAnimationFrame(() => document.getElementById(SEARCH_INPUT_ID)?.focus());
      return;
    }
    if (e.key === 'Escape') {
      if (isTyping(e.target)) { (e.target as HTMLElement).blur(); return; }
      useNav.getState().back();
    }
  };
  document.addEventListener('keydown', onKey);
  return () => document.removeEventListener('keydown', onKey);
}
