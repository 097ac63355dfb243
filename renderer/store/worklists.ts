// Worklists: the summaries for the side list, the open worklist, and item actions (mark worked, reprocess).
import { create } from 'zustand';
import type { Worklist, WorklistKind, WorklistSummary } from '../../shared/domain/worklists';
import { api } from '../api';
import { errorMessage } from '../lib/errors';

interface WorklistsState {
  summaries: WorklistSummary[] | null;
  kind: WorklistKind | null;
  list: Worklist | null;
  loading: boolean;
  error: string | null;
  notice: string | null;
  includeWorked: boolean;
  active: number;
  loadSummaries(): Promise<void>;
  open(kind: WorklistKind): Promise<void>;
  setIncludeWorked(v: boolean): void;
  setActive(i: number): void;
  markWorked(claimId: string): Promise<void>;
  reprocess(exceptionId: string): Promise<void>;
}

export const useWorklists = create<WorklistsState>()((set, get) => ({
  summaries: null, kind: null, list: null, loading: false, error: null, notice: null, includeWorked: false, active: 0,
  loadSummaries: async () => {
    try { set({ summaries: await api.worklistSummaries(undefined) }); } catch (err) { set({ error: errorMessage(err) }); }
  },
  open: async (kind) => {
    const keep = get().kind === kind;
    set({ kind, loading: true, error: null, ...(keep ? {} : { list: null, active: 0, notice: null }) });
    try {
      const list = await api.getWorklist({ kind, includeWorked: get().includeWorked });
      if (get().kind === kind) set({ list, loading: false });
    } catch (err) {
      if (get().kind === kind) set({ loading: false, error: errorMessage(err) });
    }
  },
  setIncludeWorked: (includeWorked) => {
    set({ includeWorked });
    const { kind } = get();
    if (kind) void get().open(kind);
  },
  setActive: (active) => set({ active }),
  markWorked: async (claimId) => {
    try {
      await api.updateWorkflow({ claimId, worked: true });
      set({ notice: 'Marked worked: the claim leaves this list.' });
      await refresh(get);
    } catch (err) {
      set({ notice: errorMessage(err) });
    }
  },
  reprocess: async (exceptionId) => {
    try {
      const result = await api.reprocessException({ id: exceptionId });
      set({ notice: result.message });
      await refresh(get);
    } catch (err) {
      set({ notice: errorMessage(err) });
    }
  },
}));

async function refresh(get: () => WorklistsState): Promise<void> {
  const { kind } = get();
  await Promise.all([kind ? get().open(kind) : Promise.resolve(), get().loadSummaries()]);
}
