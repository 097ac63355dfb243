// Settings → Audit log: newest entries first in keyset pages, an action filter, and the hash-chain check.
import { create } from 'zustand';
import type { AuditEntry, AuditQuery, AuditVerification } from '../../shared/domain/exports';
import { api, onEvent } from '../api';
import { errorMessage } from '../lib/errors';

export type AuditAction = NonNullable<AuditQuery['action']>;
type Verify = { status: 'idle' } | { status: 'checking' } | { status: 'done'; result: AuditVerification } | { status: 'failed'; error: string };

interface AuditLogState {
  entries: AuditEntry[] | null;
  action: AuditAction | null;
  hasMore: boolean;
  loading: boolean;
  error: string | null;
  verify: Verify;
  load(action?: AuditAction | null): Promise<void>;
  loadMore(): Promise<void>;
  verifyChain(): Promise<void>;
}

const PAGE = 50;

export const useAuditLog = create<AuditLogState>()((set, get) => {
  async function fetchPage(beforeSeq: number | undefined): Promise<void> {
    const { action } = get();
    set({ loading: true, error: null });
    try {
      const page = await api.listAuditLog({ limit: PAGE, ...(beforeSeq ? { beforeSeq } : {}), ...(action ? { action } : {}) });
      if (get().action !== action) return; // the filter changed while this page was on its way
      set((s) => ({ entries: beforeSeq ? [...(s.entries ?? []), ...page] : page, hasMore: page.length === PAGE, loading: false }));
    } catch (err) {
      set({ loading: false, error: errorMessage(err) });
    }
  }
  return {
    entries: null, action: null, hasMore: false, loading: false, error: null, verify: { status: 'idle' },
    load: async (action = get().action) => {
      set({ action, entries: get().action === action ? get().entries : null });
      await fetchPage(undefined);
    },
    loadMore: async () => {
      const last = get().entries?.at(-1);
      if (last && get().hasMore && !get().loading) await fetchPage(last.seq);
    },
    verifyChain: async () => {
      set({ verify: { status: 'checking' } });
      try { set({ verify: { status: 'done', result: await api.verifyAuditLog(undefined) } }); } catch (err) { set({ verify: { status: 'failed', error: errorMessage(err) } }); }
    },
  };
});

// Every export writes an entry: refresh the first page when one ends, if the log is on screen.
onEvent('exportFinished', () => { if (useAuditLog.getState().entries !== null) void useAuditLog.getState().load(); });
