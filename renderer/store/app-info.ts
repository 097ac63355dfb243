// App facts for Settings: version, data folder, database size, row counts.
import { create } from 'zustand';
import type { AppInfo } from '../../shared/domain/app-info';
import { api } from '../api';
import { errorMessage } from '../lib/errors';

type AppInfoState =
  | { status: 'idle' | 'loading'; info: AppInfo | null; error: null }
  | { status: 'ready'; info: AppInfo; error: null }
  | { status: 'failed'; info: AppInfo | null; error: string };

export const useAppInfo = create<AppInfoState & { load(): Promise<void> }>()((set, get) => ({
  status: 'idle', info: null, error: null,
  load: async () => {
    set({ status: 'loading', info: get().info, error: null });
    try {
      set({ status: 'ready', info: await api.appInfo(undefined), error: null });
    } catch (err) {
      set({ status: 'failed', info: get().info, error: errorMessage(err) });
    }
  },
}));
