// Choices for the filter bar (payers, providers), loaded once and again when data changes.
import { create } from 'zustand';
import type { NamedEntity } from '../../shared/domain/claims';
import { api } from '../api';

interface FilterOptionsState {
  payers: NamedEntity[];
  billing: NamedEntity[];
  rendering: NamedEntity[];
  loaded: boolean;
  load(): Promise<void>;
}

export const useFilterOptions = create<FilterOptionsState>()((set) => ({
  payers: [], billing: [], rendering: [], loaded: false,
  load: async () => {
    try {
      const [payers, providers] = await Promise.all([api.listPayers(undefined), api.listProviders(undefined)]);
      set({ payers, billing: providers.billing, rendering: providers.rendering, loaded: true });
    } catch {
      set({ loaded: true }); // the filters still work by typing; the list page shows the real error
    }
  },
}));
