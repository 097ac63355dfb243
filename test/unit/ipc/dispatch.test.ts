import { describe, expect, it } from 'vitest';
import { createDispatch } from '../../../main/ipc/dispatch.js';
import { createMemoryLogger } from '../../../main/log/logger.js';
import type { Api } from '../../../shared/ipc/contract.js';
import { AppError } from '../../../shared/ipc/errors.js';

function fakeApi(overrides: Partial<Api> = {}): Api {
  return {
    appInfo: async () => { throw new Error('not used'); },
    getSyncStatus: async () => ({ status: { state: 'idle' }, lastSuccessAt: null, lastImportAt: null }),
    startSync: async () => { throw new AppError('not_configured', 'No key'); },
    ping: async ({ message }) => ({ echo: message, at: '2026-11-23T00:00:00.000Z' }),
    ...overrides,
  } as Api;
}

describe('dispatch', () => {
  it('runs a handler with validated input and wraps the value', async () => {
    const dispatch = createDispatch(fakeApi(), createMemoryLogger());
    expect(await dispatch('ping', { message: 'hello' })).toEqual({ ok: true, value: { echo: 'hello', at: '2026-11-23T00:00:00.000Z' } });
  });

  it('rejects invalid input with invalid_input naming the field, without running the handler', async () => {
    let ran = false;
    const dispatch = createDispatch(fakeApi({ ping: async () => { ran = true; return { echo: '', at: '' }; } }), createMemoryLogger());
    const reply = await dispatch('ping', { message: 42 });
    expect(reply.ok).toBe(false);
    if (reply.ok) return;
    expect(reply.error.code).toBe('invalid_input');
    expect(reply.error.message).toContain('message');
    expect(ran).toBe(false);
  });

  it('passes AppError codes through and hides unexpected errors behind internal', async () => {
    const log = createMemoryLogger();
    const dispatch = createDispatch(fakeApi({ getSyncStatus: async () => { throw new Error('db exploded at /secret/path'); } }), log);
    expect(await dispatch('startSync', undefined)).toEqual({ ok: false, error: { code: 'not_configured', message: 'No key' } });
    const reply = await dispatch('getSyncStatus', undefined);
    expect(reply).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(reply)).not.toContain('/secret/path');
    expect(log.lines.some((l) => l.includes('db exploded'))).toBe(true);
  });

  it('refuses unknown channels', async () => {
    const dispatch = createDispatch(fakeApi(), createMemoryLogger());
    expect(await dispatch('readFile', { path: '/etc/passwd' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
