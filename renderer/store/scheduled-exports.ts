// Settings → Scheduled exports: the schedules main keeps, and the calls that change or run them.
import { create } from 'zustand';
import type { ScheduledExportInput, ScheduledExportStatus } from '../../shared/domain/scheduled-exports';
import { api } from '../api';
import { errorMessage } from '../lib/errors';

interface ScheduledExportsState {
  schedules: ScheduledExportStatus[] | null;
  error: string | null;
  /** Schedules being run by "Run now". */
  running: string[];
  load(): Promise<void>;
  save(input: ScheduledExportInput): Promise<boolean>;
  remove(id: string): Promise<void>;
  setEnabled(s: ScheduledExportStatus, enabled: boolean): Promise<void>;
  /** Desktop: main opens the folder dialog again. */
  changeFolder(s: ScheduledExportStatus): Promise<void>;
  runNow(id: string): Promise<void>;
}

const inputOf = ({ id, viewName, format, cadence, time, enabled }: ScheduledExportStatus): ScheduledExportInput =>
  ({ id, viewName, format, cadence, time, enabled });

export const useScheduledExports = create<ScheduledExportsState>()((set, get) => {
  const attempt = async (fn: () => Promise<ScheduledExportStatus[]>): Promise<boolean> => {
    try {
      set({ schedules: await fn(), error: null });
      return true;
    } catch (err) {
      set({ error: errorMessage(err) });
      return false;
    }
  };
  return {
    schedules: null,
    error: null,
    running: [],
    load: async () => { await attempt(() => api.listScheduledExports(undefined)); },
    save: (input) => attempt(() => api.saveScheduledExport(input)),
    remove: async (id) => { await attempt(() => api.deleteScheduledExport({ id })); },
    setEnabled: async (s, enabled) => { await attempt(() => api.saveScheduledExport({ ...inputOf(s), enabled })); },
    changeFolder: async (s) => { await attempt(() => api.saveScheduledExport({ ...inputOf(s), chooseFolder: true })); },
    runNow: async (id) => {
      set({ running: [...get().running, id] });
      try {
        const updated = await api.runScheduledExportNow({ id });
        set({ schedules: (get().schedules ?? []).map((s) => (s.id === id ? updated : s)), error: null });
      } catch (err) {
        set({ error: errorMessage(err) });
      } finally {
        set({ running: get().running.filter((r) => r !== id) });
      }
    },
  };
});
