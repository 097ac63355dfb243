// The open claim: its detail, the raw transaction being viewed, and workflow edits (note, follow-up, worked).
import { create } from 'zustand';
import type { ClaimDetail, RawTransaction, Workflow, WorkflowPatch } from '../../shared/domain/claim-detail';
import type { Out } from '../../shared/ipc/contract';
import { api } from '../api';
import { errorMessage } from '../lib/errors';

type ClaimRemittance = Out<'listClaimRemittances'>[number];
type Load<T> = { status: 'idle' } | { status: 'loading' } | { status: 'ready'; value: T } | { status: 'failed'; error: string };

interface ClaimDetailState {
  id: string | null;
  detail: Load<ClaimDetail>;
  raw: Load<RawTransaction>;
  rawId: string | null;
  saving: boolean;
  saveError: string | null;
  /** The ERAs behind the open claim, for "Print remittance advice"; loaded when that menu opens. */
  remittances: Load<ClaimRemittance[]>;
  open(id: string): Promise<void>;
  loadRemittances(): Promise<void>;
  showRaw(transactionId: string | null): Promise<void>;
  saveWorkflow(patch: Omit<WorkflowPatch, 'claimId'>): Promise<void>;
}

export const useClaimDetail = create<ClaimDetailState>()((set, get) => ({
  id: null, detail: { status: 'idle' }, raw: { status: 'idle' }, rawId: null, saving: false, saveError: null, remittances: { status: 'idle' },
  open: async (id) => {
    set({ id, detail: { status: 'loading' }, raw: { status: 'idle' }, rawId: null, saveError: null, remittances: { status: 'idle' } });
    try {
      const value = await api.getClaim({ id });
      if (get().id === id) set({ detail: { status: 'ready', value } });
    } catch (err) {
      if (get().id === id) set({ detail: { status: 'failed', error: errorMessage(err) } });
    }
  },
  loadRemittances: async () => {
    const { id } = get();
    if (!id) return;
    set({ remittances: { status: 'loading' } });
    try {
      const value = await api.listClaimRemittances({ claimId: id });
      if (get().id === id) set({ remittances: { status: 'ready', value } });
    } catch (err) {
      if (get().id === id) set({ remittances: { status: 'failed', error: errorMessage(err) } });
    }
  },
  showRaw: async (transactionId) => {
    set({ rawId: transactionId, raw: transactionId ? { status: 'loading' } : { status: 'idle' } });
    if (!transactionId) return;
    try {
      const value = await api.getRawTransaction({ id: transactionId });
      if (get().rawId === transactionId) set({ raw: { status: 'ready', value } });
    } catch (err) {
      if (get().rawId === transactionId) set({ raw: { status: 'failed', error: errorMessage(err) } });
    }
  },
  saveWorkflow: async (patch) => {
    const { id, detail } = get();
    if (!id || detail.status !== 'ready') return;
    const before = detail.value.workflow;
    // Optimistic: a controlled checkbox must show the new state at once, not after the round trip.
    const setWorkflow = (workflow: Workflow) => {
      const current = get().detail;
      if (get().id === id && current.status === 'ready') set({ detail: { status: 'ready', value: { ...current.value, workflow } } });
    };
    setWorkflow({ ...before, ...patch });
    set({ saving: true, saveError: null });
    try {
      setWorkflow(await api.updateWorkflow({ claimId: id, ...patch }));
    } catch (err) {
      setWorkflow(before);
      set({ saveError: errorMessage(err) });
    } finally {
      set({ saving: false });
    }
  },
}));
