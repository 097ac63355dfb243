import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { demoDatasetDir } from '../../../main/app/paths.js';
import { bootCore, type Core } from '../../../main/app/core.js';
import { createMemoryLogger } from '../../../main/log/logger.js';
import { MIGRATIONS_DIR, tempDir } from '../../helpers/db.js';

let core: Core | undefined;
let cleanup: (() => void) | undefined;
afterEach(() => { core?.close(); cleanup?.(); core = undefined; });

function boot(dir: string, at = '2026-11-23T10:00:00Z', more: Partial<Parameters<typeof bootCore>[0]> = {}) {
  return bootCore({ dataDir: dir, migrationsDir: MIGRATIONS_DIR, runtime: 'preview', version: '1.0.0', log: createMemoryLogger(), now: () => new Date(at), ...more });
}

describe('core: backups and restore through the IPC path', () => {
  it('backs up, restores a backup over later changes, and keeps working on the restored database', async () => {
    const tmp = tempDir(); cleanup = tmp.remove;
    core = boot(tmp.dir);
    const put = (k: string) => core!.db.$client.prepare(`INSERT INTO app_settings (key, value, updated_at) VALUES (?, '1', 'x')`).run(k);
    put('before');
    const backup = await core.dispatch('createBackup', undefined);
    expect(backup).toMatchObject({ ok: true, value: { reason: 'manual' } });
    put('after');

    const name = (backup as { value: { name: string } }).value.name;
    expect(await core.dispatch('restoreBackup', { name })).toEqual({ ok: true, value: { restored: name } });
    const keys = core.db.$client.prepare('SELECT key FROM app_settings ORDER BY key').pluck().all();
    expect(keys).toEqual(['before']);

    const info = await core.dispatch('appInfo', undefined);
    expect(info).toMatchObject({ ok: true, value: { rowCounts: { app_settings: 1 } } });
    const health = (await core.dispatch('getDataHealth', undefined)) as { value: { backups: Array<{ reason: string }> } };
    expect(health.value.backups.map((b) => b.reason).sort()).toEqual(['manual', 'pre-restore']);
  });

  it('refuses a restore of an unknown or path-like backup name', async () => {
    const tmp = tempDir(); cleanup = tmp.remove;
    core = boot(tmp.dir);
    expect(await core.dispatch('restoreBackup', { name: '../../etc/passwd' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await core.dispatch('restoreBackup', { name: 'claimtrail-20260101T000000000Z-manual.db' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('takes the daily backup only when due, in a worker thread, as a copy that opens with the same claims', async () => {
    const tmp = tempDir(); cleanup = tmp.remove;
    core = boot(tmp.dir);
    const x12 = readFileSync(join(demoDatasetDir(), readdirSync(demoDatasetDir()).filter((f) => f.includes('-835-'))[0]!), 'utf8');
    expect(await core.dispatch('importFiles', { files: [{ name: 'era.835', text: x12 }] })).toMatchObject({ ok: true });
    const first = core.backupIfDue(), second = core.backupIfDue(); // the second joins the first
    expect(second).toBe(first);
    const written = () => { try { return readdirSync(join(tmp.dir, 'backups')).filter((n) => n.endsWith('.db')); } catch { return []; } };
    expect(written()).toEqual([]); // the copy is made by the worker, not in this thread before backupIfDue returned
    await first;
    await core.backupIfDue(); // not due again for a day
    const h = await core.dispatch('getDataHealth', undefined) as { value: { backups: Array<{ name: string; reason: string }> } };
    expect(h.value.backups.map((b) => b.reason)).toEqual(['daily']);
    const copy = new Database(join(tmp.dir, 'backups', h.value.backups[0]!.name), { readonly: true });
    const claims = 'SELECT pcn, status, paid_cents FROM claims ORDER BY pcn, paid_cents';
    try { expect(copy.prepare(claims).all()).toEqual(core.db.$client.prepare(claims).all()); } finally { copy.close(); }
    expect(readdirSync(join(tmp.dir, 'backups')).filter((n) => n.endsWith('.partial'))).toEqual([]);
  });

  it('rebuilds the cache from the stored raw X12 through the IPC call', async () => {
    const tmp = tempDir(); cleanup = tmp.remove;
    core = boot(tmp.dir);
    const x12 = readFileSync(join(demoDatasetDir(), readdirSync(demoDatasetDir()).filter((f) => f.includes('-835-'))[0]!), 'utf8');
    expect(await core.dispatch('importFiles', { files: [{ name: 'era.835', text: x12 }] })).toMatchObject({ ok: true });
    const claims = () => core!.db.$client.prepare('SELECT pcn, status, paid_cents FROM claims ORDER BY pcn, paid_cents').all();
    const before = claims();
    expect(before.length).toBeGreaterThan(0);
    const rebuilt = await core.dispatch('rebuildFromRaw', undefined);
    expect(rebuilt).toMatchObject({ ok: true, value: { complete: true, unreadable: 0, claims: before.length } });
    expect(claims()).toEqual(before);
  });
});

describe('core: background work tells the window when it ends', () => {
  it('the deferred integrity check of a large store and the daily backup each send dataHealthChanged, and Settings shows their results', async () => {
    const tmp = tempDir(); cleanup = tmp.remove;
    boot(tmp.dir).close(); // a store on disk, so the next start counts it as large
    const sent: unknown[] = [];
    core = boot(tmp.dir, '2026-11-23T10:00:00Z', { checkInBackgroundFromBytes: 0, emit: (name, payload) => sent.push({ name, payload }) });
    const health = async () => ((await core!.dispatch('getDataHealth', undefined)) as { value: { lastCheck: unknown; backups: unknown[] } }).value;
    expect((await health()).lastCheck).toBeNull(); // start-up read only the header and schema
    await core.checkIfDeferred();
    await core.backupIfDue();
    expect(sent).toEqual([{ name: 'dataHealthChanged', payload: { reason: 'check' } }, { name: 'dataHealthChanged', payload: { reason: 'backup' } }]);
    expect((await health()).lastCheck).toMatchObject({ mode: 'quick', ok: true });
    expect((await health()).backups).toHaveLength(1);
  });
});

describe('core: scheduled exports', () => {
  it('runs a due schedule set through the IPC path, once, on the database that is open now', async () => {
    const tmp = tempDir(); cleanup = tmp.remove;
    let now = new Date(2026, 10, 23, 6, 0); // local: before the 07:00 slot
    core = bootCore({ dataDir: tmp.dir, migrationsDir: MIGRATIONS_DIR, runtime: 'preview', version: '1.0.0', log: createMemoryLogger(), now: () => now });
    const folder = join(tmp.dir, 'exports', 'scheduled'); // the preview host has no folder dialog
    expect(await core.dispatch('saveView', { name: 'All', filters: {}, sort: { key: 'lastEventAt', dir: 'desc' }, columns: ['status'] })).toMatchObject({ ok: true });
    const saved = await core.dispatch('saveScheduledExport', { viewName: 'All', format: 'csv', cadence: { every: 'day' }, time: '07:00', enabled: true });
    expect(saved).toMatchObject({ ok: true, value: [{ viewName: 'All', lastRun: null, folder }] });
    expect(await core.runDueExports()).toBe(0);
    now = new Date(2026, 10, 23, 7, 0);
    // a tick while the last one still runs joins it: one file, not two
    expect(await Promise.all([core.runDueExports(), core.runDueExports()])).toEqual([1, 1]);
    expect(readdirSync(folder)).toEqual(['all-2026-11-23.csv']);
    expect(await core.runDueExports()).toBe(0);
  });
});
