// Local data changed underneath the screens (a background sync, an import in another window, a rebuild). Lists are
// not reloaded behind the user's back — that would lose their place — the status bar offers a refresh instead.
import { create } from 'zustand';
import { onEvent } from '../api';
import { useClaims } from './claims';
import { useFilterOptions } from './filter-options';
import { useWorklists } from './worklists';

interface DataChangesState {
  /** Why data changed since the lists were loaded, or null when they are current. */
  pending: string | null;
  refresh(): void;
}

const REASONS: Record<string, string> = { sync: 'Sync brought new data', import: 'Files were imported', demo: 'Demo data changed', rebuild: 'The data was rebuilt', reprocess: 'An exception was reprocessed', 'key-mode': 'Another data store is open' };

export const useDataChanges = create<DataChangesState>()((set) => ({
  pending: null,
  refresh: () => {
    set({ pending: null });
    useClaims.getState().reload();
    void useWorklists.getState().loadSummaries();
    void useFilterOptions.getState().load();
  },
}));

export const describeChange = (reason: string): string => REASONS[reason] ?? 'Data changed';

onEvent('dataChanged', ({ reason }) => useDataChanges.setState({ pending: reason }));
