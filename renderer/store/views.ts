// Saved claim views: named filters + sort + columns, stored by main in app_settings.
import { create } from 'zustand';
import type { SavedView } from '../../shared/domain/settings';
import { api } from '../api';
import { errorMessage } from '../lib/errors';
import { useClaims } from './claims';

interface ViewsState {
  views: SavedView[];
  error: string | null;
  load(): Promise<void>;
  saveCurrent(name: string): Promise<boolean>;
  remove(name: string): Promise<void>;
  apply(name: string): void;
}

export const useViews = create<ViewsState>()((set, get) => ({
  views: [],
  error: null,
  load: async () => {
    try { set({ views: await api.listSavedViews(undefined), error: null }); } catch (err) { set({ error: errorMessage(err) }); }
  },
  saveCurrent: async (name) => {
    const { filters, sort, columns } = useClaims.getState();
    try {
      set({ views: await api.saveView({ name: name.trim(), filters, sort, columns }), error: null });
      return true;
    } catch (err) {
      set({ error: errorMessage(err) });
      return false;
    }
  },
  remove: async (name) => {
    try { set({ views: await api.deleteView({ name }), error: null }); } catch (err) { set({ error: errorMessage(err) }); }
  },
  apply: (name) => {
    const view = get().views.find((v) => v.name === name);
    if (view) useClaims.getState().applyView(view);
  },
}));
