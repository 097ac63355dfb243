// The claims list: filters, sort, columns, the page window, live totals, selection and bulk actions.
// Filters change → a new generation; replies from older generations are dropped, so fast typing never shows stale rows.
import { create } from 'zustand';
import type { ClaimFilters, ClaimSort, ClaimTotals } from '../../shared/domain/claims';
import type { ClaimColumn, SavedView } from '../../shared/domain/settings';
import { api } from '../api';
import { errorMessage } from '../lib/errors';
import { DEFAULT_COLUMNS } from '../lib/columns';
import type { ListFormat } from '../lib/export-formats';
import { formatCount } from '../lib/format';
import { useExports } from './exports';
import { emptyWindow, missingPages, PAGE_SIZE, withPage, type PageWindow } from './claim-pages';

export const DEFAULT_SORT: ClaimSort = { key: 'lastEventAt', dir: 'desc' };

interface ClaimsState {
  filters: ClaimFilters;
  sort: ClaimSort;
  columns: ClaimColumn[];
  window: PageWindow;
  generation: number;
  status: 'loading' | 'ready' | 'failed';
  error: string | null;
  totals: ClaimTotals | null;
  activeIndex: number;
  selected: ReadonlySet<string>;
  notice: string | null;
  setFilters(patch: Partial<ClaimFilters>): void;
  replaceFilters(filters: ClaimFilters): void;
  setSort(sort: ClaimSort): void;
  setColumns(columns: ClaimColumn[]): void;
  applyView(view: SavedView): void;
  reload(): void;
  ensureRows(start: number, end: number): void;
  setActive(index: number): void;
  toggleSelected(id: string): void;
  setSelected(ids: string[]): void;
  clearSelection(): void;
  markSelectedWorked(worked: boolean): Promise<void>;
  /** Exports the whole filtered set in the list's order (not just the rows on screen). */
  /** `selectedOnly`: just the rows selected in the list (still in its order), not every claim the filters match. */
  exportClaims(format: ListFormat, selectedOnly?: boolean): Promise<void>;
}

const inFlight = new Set<string>(); // `${generation}:${page}`

/** Drops empty values so saved views and the contract only ever see meaningful filters. */
export function cleanFilters(f: ClaimFilters): ClaimFilters {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(f)) {
    if (v === undefined || v === '' || (Array.isArray(v) && v.length === 0)) continue;
    if (typeof v === 'object' && !Array.isArray(v) && v && Object.values(v).every((x) => x === undefined || x === '')) continue;
    out[k] = v;
  }
  return out as ClaimFilters;
}

export const useClaims = create<ClaimsState>()((set, get) => {
  let viewPage = 0; // the page at the middle of the rows on screen, from ensureRows

  async function fetchPage(generation: number, page: number): Promise<void> {
    const key = `${generation}:${page}`;
    if (inFlight.has(key)) return;
    inFlight.add(key);
    try {
      const { filters, sort, window: w } = get();
      const reply = await api.listClaims({ filters, sort, limit: PAGE_SIZE, ...(w.cursors[page] ? { after: w.cursors[page] } : {}) });
      if (get().generation !== generation) return;
      // Evict around what is on screen (not the active row, which stays put while the user scrolls): evicting
      // around row 0 would drop the very pages being viewed once the window holds MAX_PAGES, and refetch forever.
      set((s) => ({ window: withPage(s.window, page, reply.rows, reply.nextCursor, viewPage), status: 'ready', error: null }));
    } catch (err) {
      if (get().generation === generation) set({ status: 'failed', error: errorMessage(err) });
    } finally {
      inFlight.delete(key);
    }
  }

  async function fetchTotals(generation: number): Promise<void> {
    try {
      const totals = await api.claimTotals(get().filters);
      if (get().generation === generation) set({ totals });
    } catch {
      if (get().generation === generation) set({ totals: null }); // the list itself reports the error
    }
  }

  function restart(patch: Partial<ClaimsState>): void {
    const generation = get().generation + 1;
    viewPage = 0;
    set({ ...patch, generation, window: emptyWindow(), status: 'loading', error: null, totals: null, activeIndex: 0, selected: new Set() });
    void fetchPage(generation, 0);
    void fetchTotals(generation);
  }

  return {
    filters: {},
    sort: DEFAULT_SORT,
    columns: DEFAULT_COLUMNS,
    window: emptyWindow(),
    generation: 0,
    status: 'loading',
    error: null,
    totals: null,
    activeIndex: 0,
    selected: new Set(),
    notice: null,
    setFilters: (patch) => restart({ filters: cleanFilters({ ...get().filters, ...patch }) }),
    replaceFilters: (filters) => restart({ filters: cleanFilters(filters) }),
    setSort: (sort) => restart({ sort }),
    setColumns: (columns) => set({ columns }),
    applyView: (view) => restart({ filters: cleanFilters(view.filters), sort: view.sort, columns: view.columns }),
    reload: () => restart({}),
    ensureRows: (start, end) => {
      const { window: w, generation } = get();
      viewPage = Math.floor((start + end) / 2 / PAGE_SIZE);
      for (const page of missingPages(w, start, end)) void fetchPage(generation, page);
    },
    setActive: (index) => set({ activeIndex: Math.max(0, Math.min(index, Math.max(0, get().window.extent - 1))) }),
    toggleSelected: (id) => set((s) => {
      const next = new Set(s.selected);
      if (next.has(id)) next.delete(id); else next.add(id);
      return { selected: next };
    }),
    setSelected: (ids) => set({ selected: new Set(ids) }),
    clearSelection: () => set({ selected: new Set() }),
    markSelectedWorked: async (worked) => {
      const ids = [...get().selected];
      if (ids.length === 0) return;
      try {
        const { updated } = await api.markWorked({ claimIds: ids, worked });
        set({ notice: `${updated} ${updated === 1 ? 'claim' : 'claims'} marked ${worked ? 'worked' : 'not worked'}.` });
        restart({});
      } catch (err) {
        set({ notice: errorMessage(err) });
      }
    },
    exportClaims: async ({ short, format, excelFriendly }, selectedOnly = false) => {
      const { filters, sort, totals, selected } = get();
      const count = selectedOnly ? selected.size : totals?.count;
      const what = count === undefined ? 'Claims' : `${formatCount(count)} ${count === 1 ? 'claim' : 'claims'}${selectedOnly ? ' (selected)' : ''}`;
      await useExports.getState().start({
        what: 'claims', filters, sort, format, ...(excelFriendly ? { excelFriendly } : {}), ...(selectedOnly ? { claimIds: [...selected] } : {}),
      }, `${what} · ${short}`);
    },
  };
});
