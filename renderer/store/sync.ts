// Sync state for the status bar and the Sync page. Subscribes to main's events once, at module load.
import { create } from 'zustand';
import type { SyncRun } from '../../shared/domain/imports';
import type { SyncProgress, SyncStatus } from '../../shared/domain/sync-status';
import { api, onEvent } from '../api';
import { errorMessage } from '../lib/errors';

interface SyncStoreState {
  status: SyncStatus | null;
  progress: SyncProgress | null;
  runs: SyncRun[] | null;
  online: boolean;
  message: string | null; // the last thing worth telling the user ("not configured", errors)
  refresh(): Promise<void>;
  loadRuns(): Promise<void>;
  syncNow(): Promise<void>;
  cancel(): Promise<void>;
}

export const useSync = create<SyncStoreState>()((set, get) => ({
  status: null,
  progress: null,
  runs: null,
  online: navigator.onLine,
  message: null,
  refresh: async () => {
    try { set({ status: await api.getSyncStatus(undefined) }); } catch (err) { set({ message: errorMessage(err) }); }
  },
  loadRuns: async () => {
    try { set({ runs: await api.listSyncRuns({ limit: 50 }) }); } catch (err) { set({ runs: [], message: errorMessage(err) }); }
  },
  syncNow: async () => {
    set({ message: null });
    try {
      await api.startSync(undefined);
      await Promise.all([get().refresh(), get().loadRuns()]);
    } catch (err) {
      set({ message: errorMessage(err) });
    }
  },
  cancel: async () => {
    const state = get().status?.status;
    const runId = state?.state === 'running' ? state.runId : get().progress?.runId;
    if (!runId) return;
    try {
      await api.cancelSync({ runId });
    } catch (err) {
      set({ message: errorMessage(err) });
    }
  },
}));

onEvent('syncProgress', (p) => useSync.setState({ progress: p }));
onEvent('syncFinished', (f) => {
  useSync.setState({ progress: null, message: f.outcome === 'failed' ? f.error : null });
  void useSync.getState().refresh();
  void useSync.getState().loadRuns();
});
window.addEventListener('online', () => useSync.setState({ online: true }));
window.addEventListener('offline', () => useSync.setState({ online: false }));
