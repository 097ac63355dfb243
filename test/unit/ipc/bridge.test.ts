import { describe, expect, it } from 'vitest';
import { createEmitter, registerApi, type IpcMainLike } from '../../../main/ipc/bridge.js';
import { createDispatch } from '../../../main/ipc/dispatch.js';
import { createHandlers } from '../../../main/ipc/handlers.js';
import { createMemoryLogger } from '../../../main/log/logger.js';
import { channels } from '../../../shared/ipc/contract.js';
import { testDeps } from '../../helpers/handler-deps.js';

type Handler = (event: unknown, raw: unknown) => unknown;

function fakeIpcMain() {
  const handlers = new Map<string, Handler>();
  const ipc: IpcMainLike = {
    handle: ((channel: string, fn: Handler) => { handlers.set(channel, fn); }) as IpcMainLike['handle'],
    removeHandler: (channel: string) => { handlers.delete(channel); },
  };
  return { ipc, handlers };
}

const trusted = { senderFrame: { url: 'file:///app/dist/renderer/index.html' } };

function setup() {
  const log = createMemoryLogger();
  const api = createHandlers(testDeps({ log, runtime: 'electron', version: '9.9.9' }));
  const { ipc, handlers } = fakeIpcMain();
  const dispose = registerApi(ipc, createDispatch(api, log), (e) => (e as typeof trusted).senderFrame.url.startsWith('file:///app/'));
  return { handlers, dispose };
}

describe('Electron IPC binding', () => {
  it('registers exactly one handler per contract channel and removes them all on dispose', () => {
    const { handlers, dispose } = setup();
    expect([...handlers.keys()].sort()).toEqual([...channels].sort());
    dispose();
    expect(handlers.size).toBe(0);
  });

  it('answers invalid input with an invalid_input envelope', async () => {
    const { handlers } = setup();
    const reply = await handlers.get('ping')!(trusted, { message: '' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('returns real values through the envelope', async () => {
    const { handlers } = setup();
    const reply = (await handlers.get('appInfo')!(trusted, undefined)) as { ok: true; value: { version: string; rowCounts: Record<string, number> } };
    expect(reply.ok).toBe(true);
    expect(reply.value.version).toBe('9.9.9');
    expect(reply.value.rowCounts).toHaveProperty('app_settings', 0);
  });

  it('says honestly that sync is not configured', async () => {
    const { handlers } = setup();
    expect(await handlers.get('startSync')!(trusted, undefined)).toMatchObject({ ok: false, error: { code: 'not_configured' } });
  });

  it('refuses calls from frames that are not our page', async () => {
    const { handlers } = setup();
    const reply = await handlers.get('ping')!({ senderFrame: { url: 'https://evil.example/' } }, { message: 'hi' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'auth_required' } });
  });

  it('emits validated events to live windows only', () => {
    const sent: Array<[string, unknown]> = [];
    const live = { isDestroyed: () => false, send: (n: string, p: unknown) => { sent.push([n, p]); } };
    const dead = { isDestroyed: () => true, send: () => { throw new Error('sent to a destroyed window'); } };
    const emit = createEmitter(() => [live, dead]);
    emit('dataChanged', { reason: 'import' });
    expect(sent).toEqual([['dataChanged', { reason: 'import' }]]);
    expect(() => emit('dataChanged', { reason: 5 } as never)).toThrow();
  });
});
