// Light, dark or follow the system. Kept in localStorage: it is per machine, and applies before data loads.
import { create } from 'zustand';

export type Theme = 'system' | 'light' | 'dark';
const KEY = 'claimtrail.theme';

const stored = (): Theme => {
  const v = localStorage.getItem(KEY);
  return v === 'light' || v === 'dark' ? v : 'system';
};

function apply(theme: Theme): void {
  if (theme === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
}

export const useTheme = create<{ theme: Theme; setTheme(t: Theme): void }>()((set) => ({
  theme: stored(),
  setTheme: (theme) => {
    localStorage.setItem(KEY, theme);
    apply(theme);
    set({ theme });
  },
}));

apply(stored());
