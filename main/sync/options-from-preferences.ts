// The Settings page's schedule (interval, backfill start) as sync options. Pure: the app host applies it.
import type { Preferences } from '../../shared/domain/settings.js';
import type { SyncOptions } from './types.js';

const DAY_MS = 86_400_000;

export function syncOptionsFromPreferences(prefs: Pick<Preferences, 'syncIntervalMinutes' | 'backfillStart'>, now: Date): Partial<SyncOptions> {
  const options: Partial<SyncOptions> = { intervalMs: prefs.syncIntervalMinutes * 60_000 };
  if (prefs.backfillStart) {
    // A start date in the future (or today) still reads one day back: a first sync must see something.
    const days = Math.ceil((now.getTime() - Date.parse(`${prefs.backfillStart}T00:00:00Z`)) / DAY_MS);
    options.backfillDays = Math.max(1, days);
  }
  return options;
}
