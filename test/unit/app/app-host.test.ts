import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startAppHost, type AppHost } from '../../../main/app/app-host.js';
import { demoDatasetDir } from '../../../main/app/paths.js';
import { createMemoryLogger } from '../../../main/log/logger.js';
import { ManualClock } from '../../emulator/clock.js';
import { SAMPLE_FILES } from '../../emulator/samples.js';
import { startEmulator, type Emulator } from '../../emulator/server.js';
import { MIGRATIONS_DIR, tempDir } from '../../helpers/db.js';

const NOW = Date.parse('2026-02-01T12:00:00Z');
let host: AppHost | undefined;
let emu: Emulator | undefined;
let cleanup: (() => void) | undefined;
afterEach(async () => { await host?.stop(); await emu?.close(); cleanup?.(); host = undefined; emu = undefined; });

function start(dataDir: string, extra: Partial<Parameters<typeof startAppHost>[0]> = {}) {
  const events: Array<{ name: string; payload: any }> = [];
  const log = createMemoryLogger();
  host = startAppHost({
    dataDir, migrationsDir: MIGRATIONS_DIR, runtime: 'preview', version: '1.0.0', log, now: () => new Date(NOW), env: {}, ...extra,
  });
  host.setEmitter((name, payload) => events.push({ name, payload }));
  return { host, events, log };
}

const claimCount = (h: AppHost) => h.core.db.$client.prepare('SELECT count(*) FROM claims').pluck().get() as number;

describe('app host: what the desktop window and the preview host run', () => {
  it('opens a first run without a key onto the demo dataset, once: a removed demo stays removed', async () => {
    const tmp = tempDir(); cleanup = tmp.remove;
    const first = start(tmp.dir, { demoDir: demoDatasetDir(), firstRunDemo: true });
    await first.host.ready;
    expect(claimCount(first.host)).toBeGreaterThan(1000);
    expect(first.events).toContainEqual({ name: 'dataChanged', payload: { reason: 'demo' } });
    const removed = await first.host.dispatch('removeDemoDataset', undefined);
    expect(removed).toMatchObject({ ok: true });
    await first.host.stop(); host = undefined;

    const second = start(tmp.dir, { demoDir: demoDatasetDir(), firstRunDemo: true });
    await second.host.ready;
    expect(claimCount(second.host)).toBe(0);
  });

  it('syncs from Stedi with the key from the environment, sending progress, finished and data-changed events', async () => {
    const tmp = tempDir(); cleanup = tmp.remove;
    emu = await startEmulator({ clock: new ManualClock(NOW), files: SAMPLE_FILES, layout: { fromMs: NOW - 86_400_000, toMs: NOW - 3_600_000 } });
    const { host: h, events, log } = start(tmp.dir, {
      env: { STEDI_API_KEY: emu.apiKey }, stedi: { coreUrl: emu.coreUrl, healthcareUrl: emu.healthcareUrl }, demoDir: demoDatasetDir(), firstRunDemo: true,
    });
    await h.ready;
    expect(claimCount(h)).toBe(0); // a configured key means the office's own data, not the demo
    const started = await h.dispatch('startSync', undefined);
    expect(started.ok).toBe(true);
    const runId = (started as { value: { runId: string } }).value.runId;
    await waitFor(() => events.some((e) => e.name === 'syncFinished'));
    expect(events.find((e) => e.name === 'syncFinished')!.payload).toEqual({ runId, outcome: 'ok', error: null });
    expect(events.some((e) => e.name === 'syncProgress' && e.payload.runId === runId && e.payload.ingested > 0)).toBe(true);
    expect(events).toContainEqual({ name: 'dataChanged', payload: { reason: 'sync' } });
    expect(claimCount(h)).toBeGreaterThan(0);
    const status = await h.dispatch('getSyncStatus', undefined);
    expect(status).toMatchObject({ ok: true, value: { status: { state: 'idle' }, lastSuccessAt: new Date(NOW).toISOString() } });
    expect(log.lines.join('\n')).not.toContain(emu.apiKey);
  });

  it('keeps test-mode data apart: a test key opens its own store, and key changes are audited', async () => {
    const tmp = tempDir(); cleanup = tmp.remove;
    const { host: h } = start(tmp.dir);
    await h.dispatch('ping', { message: 'production store' });
    const set = await h.dispatch('setStediKey', { key: 'test_abcdefgh12345678' });
    expect(set).toMatchObject({ ok: true, value: { configured: true, mode: 'test', last4: '5678' } });
    expect(h.core.dataDir).toBe(join(tmp.dir, 'test-mode'));
    expect(existsSync(join(tmp.dir, 'test-mode', 'claimtrail.db'))).toBe(true);
    const audit = await h.dispatch('listAuditLog', { limit: 10 });
    expect(audit).toMatchObject({ ok: true, value: [expect.objectContaining({ action: 'key_change' })] });
    expect(JSON.stringify(audit)).not.toContain('test_abcdefgh12345678');

    const removed = await h.dispatch('removeStediKey', undefined);
    expect(removed).toMatchObject({ ok: true, value: { configured: false } });
    expect(h.core.dataDir).toBe(join(tmp.dir, 'test-mode')); // removing a key does not switch stores
    expect(await h.dispatch('startSync', undefined)).toMatchObject({ ok: false, error: { code: 'not_configured' } });
  });

  it('exports without a save dialog into the data folder and announces the finished job', async () => {
    const tmp = tempDir(); cleanup = tmp.remove;
    const { host: h, events } = start(tmp.dir, { demoDir: demoDatasetDir(), firstRunDemo: true });
    await h.ready;
    const started = await h.dispatch('startExport', {
      what: 'claims', format: 'csv', excelFriendly: false, filters: {}, sort: { key: 'lastEventAt', dir: 'desc' },
    } as never);
    expect(started).toMatchObject({ ok: true });
    const file = (started as { value: { file: string } }).value.file;
    expect(file.startsWith(join(tmp.dir, 'exports'))).toBe(true);
    await waitFor(() => events.some((e) => e.name === 'exportFinished'));
    expect(events.find((e) => e.name === 'exportFinished')!.payload).toMatchObject({ state: 'completed', file, rows: claimCount(h) });
    expect(existsSync(file)).toBe(true);
  });
});

async function waitFor(ok: () => boolean, ms = 20_000): Promise<void> {
  const until = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
}
