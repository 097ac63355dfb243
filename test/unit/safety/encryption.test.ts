import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bootCore, type Core } from '../../../main/app/core.js';
import { createMemoryLogger } from '../../../main/log/logger.js';
import { listBackups } from '../../../main/safety/backup.js';
import type { KeySeal } from '../../../main/safety/db-key.js';
import { MIGRATIONS_DIR, tempDir } from '../../helpers/db.js';

const MARKER = 'PATIENT-NAME-MARKER-7731';
// A stand-in for the OS keychain: seals by XOR so the sealed file never holds the raw key.
const testSeal: KeySeal = { kind: 'keychain', seal: (k) => Buffer.from(k.map((b) => b ^ 0xa5)), unseal: (s) => Buffer.from(s.map((b) => b ^ 0xa5)) };

let core: Core | undefined;
let cleanup: (() => void) | undefined;
afterEach(() => { core?.close(); cleanup?.(); core = undefined; });

const boot = (dir: string) => bootCore({ dataDir: dir, migrationsDir: MIGRATIONS_DIR, runtime: 'preview', version: '1', log: createMemoryLogger(), keySeal: testSeal });
const fileHas = (file: string, text: string) => readFileSync(file).includes(text);

describe('database encryption', () => {
  it('encrypts the database and existing backups; data and backups stay usable with the sealed key', async () => {
    const tmp = tempDir(); cleanup = tmp.remove;
    core = boot(tmp.dir);
    core.db.$client.prepare(`INSERT INTO app_settings (key, value, updated_at) VALUES ('note', ?, 'x')`).run(JSON.stringify(MARKER));
    await core.dispatch('createBackup', undefined);
    core.db.$client.pragma('wal_checkpoint(TRUNCATE)');
    expect(fileHas(core.databaseFile, MARKER)).toBe(true); // plain before

    expect(await core.dispatch('enableDatabaseEncryption', undefined)).toEqual({ ok: true, value: { encrypted: true } });
    core.db.$client.pragma('wal_checkpoint(TRUNCATE)');
    expect(fileHas(core.databaseFile, MARKER)).toBe(false);
    for (const b of listBackups(tmp.dir)) expect(fileHas(b.file, MARKER)).toBe(false);
    expect(fileHas(join(tmp.dir, 'database-key.sealed'), MARKER)).toBe(false);

    const fresh = (await core.dispatch('createBackup', undefined)) as { value: { name: string } };
    expect(fileHas(join(tmp.dir, 'backups', fresh.value.name), MARKER)).toBe(false);
    expect(await core.dispatch('getDataHealth', undefined)).toMatchObject({ ok: true, value: { encrypted: true, keyStorage: 'keychain', damage: null } });

    core.close();
    core = boot(tmp.dir); // a restart reads the sealed key
    expect(core.db.$client.prepare(`SELECT value FROM app_settings WHERE key = 'note'`).pluck().get()).toBe(JSON.stringify(MARKER));
    const oldest = listBackups(tmp.dir).at(-1)!;
    expect(await core.dispatch('restoreBackup', { name: oldest.name })).toMatchObject({ ok: true });
    expect(core.db.$client.prepare(`SELECT count(*) FROM app_settings`).pluck().get()).toBe(1);
  });

  it('finishes an encryption that a crash interrupted after the key was written', () => {
    const tmp = tempDir(); cleanup = tmp.remove;
    core = boot(tmp.dir);
    core.db.$client.prepare(`INSERT INTO app_settings (key, value, updated_at) VALUES ('note', ?, 'x')`).run(JSON.stringify(MARKER));
    core.close();
    writeFileSync(join(tmp.dir, 'database-key.sealed'), testSeal.seal(Buffer.alloc(32, 7)), { mode: 0o600 });
    core = boot(tmp.dir);
    expect(core.damage).toBeNull();
    expect(core.db.$client.prepare(`SELECT value FROM app_settings WHERE key = 'note'`).pluck().get()).toBe(JSON.stringify(MARKER));
    core.db.$client.pragma('wal_checkpoint(TRUNCATE)');
    expect(fileHas(core.databaseFile, MARKER)).toBe(false);
  });

  it('refuses to encrypt twice', async () => {
    const tmp = tempDir(); cleanup = tmp.remove;
    core = boot(tmp.dir);
    await core.dispatch('enableDatabaseEncryption', undefined);
    expect(await core.dispatch('enableDatabaseEncryption', undefined)).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });
});
