import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openDb } from '../../../db/open.js';
import { backupDatabase, dailyBackupDue, listBackups, restoreBackup } from '../../../main/safety/backup.js';
import { checkFile } from '../../../main/safety/integrity.js';
import { openSafely } from '../../../main/safety/open-safely.js';
import { MIGRATIONS_DIR, tempDir } from '../../helpers/db.js';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

function seeded() {
  const tmp = tempDir(); cleanup = tmp.remove;
  const file = join(tmp.dir, 'claimtrail.db');
  const db = openDb(file, MIGRATIONS_DIR);
  const put = db.$client.prepare(`INSERT INTO app_settings (key, value, updated_at) VALUES (?, ?, '2026-11-23')`);
  for (let i = 0; i < 200; i++) put.run(`k${i}`, JSON.stringify('v'.repeat(200)));
  return { dir: tmp.dir, file, db };
}

const settingsOf = (file: string) => {
  const s = new Database(file, { readonly: true });
  try { return s.prepare('SELECT key, value FROM app_settings ORDER BY key').all(); } finally { s.close(); }
};

describe('backups', () => {
  it('writes a consistent copy, lists it, and keeps only the newest N', () => {
    const { dir, db } = seeded();
    for (let i = 0; i < 4; i++) backupDatabase(db.$client, dir, 'manual', new Date(Date.UTC(2026, 10, 20 + i)), 3);
    const backups = listBackups(dir);
    expect(backups.map((b) => b.createdAt)).toEqual(['2026-11-23T00:00:00.000Z', '2026-11-22T00:00:00.000Z', '2026-11-21T00:00:00.000Z']);
    expect(checkFile(backups[0]!.file, 'full')).toEqual({ ok: true });
    expect(settingsOf(backups[0]!.file)).toHaveLength(200);
  });

  it('knows when the daily backup is due', () => {
    const { dir, db } = seeded();
    const t = new Date('2026-11-23T08:00:00Z');
    expect(dailyBackupDue(dir, t)).toBe(true);
    backupDatabase(db.$client, dir, 'daily', t);
    expect(dailyBackupDue(dir, new Date('2026-11-23T20:00:00Z'))).toBe(false);
    expect(dailyBackupDue(dir, new Date('2026-11-24T08:00:01Z'))).toBe(true);
  });

  it('restores a backup and keeps the replaced file aside', () => {
    const { dir, file, db } = seeded();
    const backup = backupDatabase(db.$client, dir, 'manual', new Date('2026-11-23T08:00:00Z'));
    db.$client.prepare(`DELETE FROM app_settings`).run();
    db.$client.close();
    const { setAside } = restoreBackup(file, backup.file, new Date('2026-11-23T09:00:00Z'));
    expect(settingsOf(file)).toHaveLength(200);
    expect(setAside && existsSync(setAside)).toBe(true);
    expect(settingsOf(setAside!)).toHaveLength(0);
  });

  it('refuses to restore a damaged backup', () => {
    const { dir, file, db } = seeded();
    const backup = backupDatabase(db.$client, dir, 'manual', new Date('2026-11-23T08:00:00Z'));
    db.$client.close();
    writeFileSync(backup.file, 'not a database at all, just text');
    expect(() => restoreBackup(file, backup.file, new Date())).toThrow(/damaged/);
    expect(settingsOf(file)).toHaveLength(200);
  });
});

describe('opening a damaged database', () => {
  it('sets the damaged file aside, opens a fresh one and reports the problem', () => {
    const { dir, file, db } = seeded();
    db.$client.pragma('wal_checkpoint(TRUNCATE)');
    db.$client.close();
    const bytes = readFileSync(file);
    bytes.fill(0x5a, 4096, 4096 * 3); // scribble over the first table pages, past the header
    writeFileSync(file, bytes);

    const opened = openSafely(file, dir, MIGRATIONS_DIR, new Date('2026-11-23T10:00:00Z'));
    expect(opened.damage).not.toBeNull();
    expect(opened.damage!.problems.length).toBeGreaterThan(0);
    expect(existsSync(opened.damage!.quarantinedFile)).toBe(true);
    expect(readFileSync(opened.damage!.quarantinedFile).equals(bytes)).toBe(true); // kept byte for byte
    expect(opened.db.$client.prepare('SELECT count(*) FROM app_settings').pluck().get()).toBe(0);
    opened.db.$client.close();
  });

  it('backs up an existing database before applying new migrations', () => {
    const { dir, file, db } = seeded();
    db.$client.prepare('DELETE FROM __drizzle_migrations').run(); // pretend it predates every migration
    db.$client.prepare('DROP TABLE app_settings').run();
    db.$client.prepare(`CREATE TABLE app_settings (key text primary key, value text not null, updated_at text not null)`).run();
    db.$client.prepare(`INSERT INTO app_settings VALUES ('old', '1', 'x')`).run();
    db.$client.close();
    expect(() => openSafely(file, dir, MIGRATIONS_DIR, new Date('2026-11-23T10:00:00Z'))).toThrow(/Your data is unchanged/);
    const [backup] = listBackups(dir);
    expect(backup?.reason).toBe('pre-migration');
    expect(settingsOf(backup!.file)).toEqual([{ key: 'old', value: '1' }]);
    expect(settingsOf(file)).toEqual([{ key: 'old', value: '1' }]);
  });
});
