// Saved claim views and preferences, stored in app_settings. What is read back is validated: a bad value becomes the default.
import { readSetting, writeSetting } from '../../../db/queries/settings.js';
import { DEFAULT_PREFERENCES, Preferences, SavedView } from '../../../shared/domain/settings.js';
import type { Api } from '../../../shared/ipc/contract.js';
import type { HandlerDeps } from './deps.js';

const VIEWS_KEY = 'ui.savedViews';
const PREFERENCES_KEY = 'ui.preferences';
const MAX_VIEWS = 100;

type ViewsApi = Pick<Api, 'listSavedViews' | 'saveView' | 'deleteView' | 'getPreferences' | 'savePreferences'>;

export function viewHandlers(deps: HandlerDeps): ViewsApi {
  const readViews = (): SavedView[] => readSavedViews(deps.db);
  const writeViews = (views: SavedView[]): SavedView[] => {
    const sorted = [...views].sort((a, b) => a.name.localeCompare(b.name));
    writeSetting(deps.db, VIEWS_KEY, sorted, deps.now());
    return sorted;
  };
  return {
    listSavedViews: async () => readViews(),
    saveView: async (view) => {
      const others = readViews().filter((v) => v.name !== view.name);
      // Replacing by name keeps the list bounded by what a person can name, not by clicks.
      return writeViews([...others, view].slice(-MAX_VIEWS));
    },
    deleteView: async ({ name }) => writeViews(readViews().filter((v) => v.name !== name)),
    getPreferences: async () => readPreferences(deps),
    savePreferences: async (prefs) => {
      writeSetting(deps.db, PREFERENCES_KEY, prefs, deps.now());
      deps.preferencesChanged?.();
      return prefs;
    },
  };
}

/** The saved claim views (scheduled exports read them too); an unreadable list reads as none. */
export function readSavedViews(db: HandlerDeps['db']): SavedView[] {
  const parsed = SavedView.array().safeParse(readSetting(db, VIEWS_KEY));
  return parsed.success ? parsed.data : [];
}

/** Preferences with defaults filled in; other handlers (worklist thresholds) read them too. */
export function readPreferences(deps: Pick<HandlerDeps, 'db'>): Preferences {
  const stored = readSetting(deps.db, PREFERENCES_KEY);
  const parsed = Preferences.safeParse({ ...DEFAULT_PREFERENCES, ...(typeof stored === 'object' && stored ? stored : {}) });
  return parsed.success ? parsed.data : DEFAULT_PREFERENCES;
}
