// Saved views and preferences round-trip through app_settings; bad stored values fall back to defaults.
import { describe, expect, it } from 'vitest';
import { writeSetting } from '../../../db/queries/settings.js';
import { createHandlers } from '../../../main/ipc/handlers.js';
import { DEFAULT_PREFERENCES } from '../../../shared/domain/settings.js';
import { testDeps } from '../../helpers/handler-deps.js';

const view = (name: string, payerId = 'BCBS') => ({
  name, filters: { statuses: ['denied' as const], payerId }, sort: { key: 'charge' as const, dir: 'desc' as const }, columns: ['status' as const, 'paid' as const],
});

describe('saved views', () => {
  it('saves, replaces by name, lists sorted and deletes', async () => {
    const api = createHandlers(testDeps());
    expect(await api.listSavedViews()).toEqual([]);
    await api.saveView(view('Zeta denials'));
    await api.saveView(view('Alpha denials'));
    const replaced = await api.saveView(view('Zeta denials', 'AETNA'));
    expect(replaced.map((v) => v.name)).toEqual(['Alpha denials', 'Zeta denials']);
    expect(replaced[1]!.filters.payerId).toBe('AETNA');
    expect(await api.deleteView({ name: 'Alpha denials' })).toEqual([view('Zeta denials', 'AETNA')]);
    expect((await api.listSavedViews()).map((v) => v.name)).toEqual(['Zeta denials']);
  });

  it('ignores a corrupted stored value instead of failing', async () => {
    const deps = testDeps();
    writeSetting(deps.db, 'ui.savedViews', [{ name: 42 }], new Date());
    expect(await createHandlers(deps).listSavedViews()).toEqual([]);
  });
});

describe('preferences', () => {
  it('starts from defaults and keeps what was saved', async () => {
    const api = createHandlers(testDeps());
    expect(await api.getPreferences()).toEqual(DEFAULT_PREFERENCES);
    const next = { ...DEFAULT_PREFERENCES, staleUnpaidDays: 45, payerUnpaidDays: { '60054': 21 } };
    await api.savePreferences(next);
    expect(await api.getPreferences()).toEqual(next);
  });
});
