// The command palette (Ctrl/Cmd+K): jump to any screen, worklist, report or claim.
import { create } from 'zustand';
import type { ClaimRow } from '../../shared/domain/claims';
import { api } from '../api';

interface PaletteState {
  open: boolean;
  query: string;
  claims: ClaimRow[];
  setOpen(open: boolean): void;
  setQuery(q: string): void;
}

let seq = 0;

export const usePalette = create<PaletteState>()((set) => ({
  open: false, query: '', claims: [],
  setOpen: (open) => set({ open, ...(open ? {} : { query: '', claims: [] }) }),
  setQuery: (query) => {
    set({ query });
    const mine = ++seq;
    if (query.trim().length < 2) { set({ claims: [] }); return; }
    api.listClaims({ filters: { search: query.trim() }, sort: { key: 'lastEventAt', dir: 'desc' }, limit: 8 })
      .then((page) => { if (mine === seq) set({ claims: page.rows }); })
      .catch(() => { if (mine === seq) set({ claims: [] }); });
  },
}));
