import { describe, expect, it } from 'vitest';
import { syncOptionsFromPreferences } from '../../../main/sync/options-from-preferences.js';

const NOW = new Date('2026-03-01T12:00:00Z');

describe('sync options from the Settings schedule', () => {
  it('turns the interval into milliseconds and leaves the default backfill alone without a start date', () => {
    expect(syncOptionsFromPreferences({ syncIntervalMinutes: 30, backfillStart: null }, NOW)).toEqual({ intervalMs: 1_800_000 });
  });
  it('reads back to the chosen start date, whole days, at least one', () => {
    expect(syncOptionsFromPreferences({ syncIntervalMinutes: 15, backfillStart: '2026-01-01' }, NOW).backfillDays).toBe(60);
    expect(syncOptionsFromPreferences({ syncIntervalMinutes: 15, backfillStart: '2026-03-05' }, NOW).backfillDays).toBe(1);
  });
});
