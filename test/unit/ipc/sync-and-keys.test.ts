// Sync history, cancel and key calls: honest answers with no sync service or key store, delegation when present.
import { describe, expect, it } from 'vitest';
import { finishRun, insertRun } from '../../../db/queries/sync.js';
import { createHandlers } from '../../../main/ipc/handlers.js';
import type { CredentialsFacade, SyncFacade } from '../../../main/ipc/handlers/deps.js';
import { AppError } from '../../../shared/ipc/errors.js';
import { testDeps } from '../../helpers/handler-deps.js';

function fakeSync(runId: string | null): SyncFacade & { cancelled: string[] } {
  const cancelled: string[] = [];
  return {
    cancelled,
    getStatus: () => ({ status: runId ? { state: 'running', runId } : { state: 'idle' }, lastSuccessAt: null, lastImportAt: null }),
    runNow: () => runId ?? 'new-run',
    cancel: (id) => { cancelled.push(id); },
  };
}

describe('sync run calls', () => {
  it('say not_configured without a sync service and list no runs', async () => {
    const api = createHandlers(testDeps());
    await expect(api.cancelSync({ runId: 'x' })).rejects.toMatchObject({ code: 'not_configured' });
    expect(await api.listSyncRuns({ limit: 10 })).toEqual([]);
  });

  it('cancel only the run in flight', async () => {
    const sync = fakeSync('run-7');
    const api = createHandlers(testDeps({ sync: () => sync }));
    expect(await api.cancelSync({ runId: 'other' })).toEqual({ cancelled: false });
    expect(await api.cancelSync({ runId: 'run-7' })).toEqual({ cancelled: true });
    expect(sync.cancelled).toEqual(['run-7']);
  });
});

describe('sync history', () => {
  it('lists runs from the database, newest first, with their counts', async () => {
    const deps = testDeps();
    insertRun(deps.db, { id: 'a', trigger: 'schedule', startedAt: '2026-11-20T10:00:00.000Z' });
    finishRun(deps.db, 'a', { outcome: 'ok', error: null, finishedAt: '2026-11-20T10:01:00.000Z', pages: 2, seen: 40, ingested: 38, skipped: 2, failed: 0, lastProcessedAt: null, phase: 'done' });
    insertRun(deps.db, { id: 'b', trigger: 'manual', startedAt: '2026-11-21T09:00:00.000Z' });
    const runs = await createHandlers(deps).listSyncRuns({ limit: 10 });
    expect(runs.map((r) => [r.id, r.outcome])).toEqual([['b', 'running'], ['a', 'ok']]);
    expect(runs[1]).toMatchObject({ seen: 40, ingested: 38, skipped: 2, trigger: 'schedule' });
  });
});

describe('Stedi key calls', () => {
  it('report no key and refuse to store one without a key store', async () => {
    const api = createHandlers(testDeps());
    expect(await api.getStediKey()).toEqual({ configured: false, last4: null, mode: null, source: 'none' });
    await expect(api.setStediKey({ key: 'test_abcdefgh1234' })).rejects.toBeInstanceOf(AppError);
  });

  it('hand the key to the key store and return only its public facts', async () => {
    let stored: string | null = null;
    const credentials: CredentialsFacade = {
      info: () => ({ configured: stored !== null, last4: stored?.slice(-4) ?? null, mode: stored ? 'test' : null, source: stored ? 'stored' : 'none' }),
      set: async (key) => { stored = key; return credentials.info(); },
      test: async () => ({ ok: stored !== null, message: stored ? 'Stedi accepted the key.' : 'No key.' }),
      remove: async () => { stored = null; return credentials.info(); },
    };
    const api = createHandlers(testDeps({ credentials }));
    const reply = await api.setStediKey({ key: 'test_secretvalue9876' });
    expect(reply).toEqual({ configured: true, last4: '9876', mode: 'test', source: 'stored' });
    expect(JSON.stringify(reply)).not.toContain('secretvalue');
    expect(await api.testStediKey()).toEqual({ ok: true, message: 'Stedi accepted the key.' });
    expect((await api.removeStediKey()).configured).toBe(false);
  });
});
