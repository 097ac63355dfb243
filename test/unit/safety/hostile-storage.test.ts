// Hostile storage conditions through the real dispatch path: each gets a clear message and loses nothing stored.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDb } from '../../../db/open.js';
import { createDispatch } from '../../../main/ipc/dispatch.js';
import { createHandlers } from '../../../main/ipc/handlers.js';
import { createMemoryLogger } from '../../../main/log/logger.js';
import { backupDatabase, dailyBackupDue } from '../../../main/safety/backup.js';
import { MIGRATIONS_DIR, tempDir } from '../../helpers/db.js';
import { testDeps } from '../../helpers/handler-deps.js';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

function seededFile() {
  const tmp = tempDir(); cleanup = tmp.remove;
  const file = join(tmp.dir, 'claimtrail.db');
  const db = openDb(file, MIGRATIONS_DIR);
  db.$client.prepare(`INSERT INTO app_settings (key, value, updated_at) VALUES ('kept', '"yes"', 'x')`).run();
  return { dir: tmp.dir, file, db };
}

/** A dispatch whose backup call performs a real write: the cheapest handler that writes through SQLite. */
function dispatchFor(db: ReturnType<typeof openDb>, dir: string) {
  const deps = testDeps({ db, dataDir: dir });
  deps.safety.backupNow = () => {
    db.$client.prepare(`INSERT INTO app_settings (key, value, updated_at) VALUES (?, ?, 'x')`).run(`k${Math.random()}`, 'x'.repeat(100_000));
    return backupDatabase(db.$client, dir, 'manual', new Date());
  };
  return createDispatch(createHandlers(deps), createMemoryLogger());
}

const kept = (db: ReturnType<typeof openDb>) => db.$client.prepare(`SELECT value FROM app_settings WHERE key = 'kept'`).pluck().get();

describe('hostile storage conditions', () => {
  it('disk full: a clear message, stored data intact', async () => {
    const { dir, db } = seededFile();
    const pages = db.$client.pragma('page_count', { simple: true }) as number;
    db.$client.pragma(`max_page_count = ${pages + 2}`); // SQLite's own way to make the disk "full" here
    const reply = await dispatchFor(db, dir)('createBackup', undefined);
    expect(reply).toMatchObject({ ok: false, error: { code: 'unavailable', message: expect.stringContaining('disk is full') } });
    expect(kept(db)).toBe('"yes"');
  });

  it('read-only data: a clear message, data still readable', async () => {
    const { dir, file, db } = seededFile();
    db.$client.close();
    const readonly = openDb(file, MIGRATIONS_DIR, { readonly: true });
    const reply = await dispatchFor(readonly, dir)('createBackup', undefined);
    expect(reply).toMatchObject({ ok: false, error: { code: 'unavailable', message: expect.stringContaining('read-only') } });
    expect(kept(readonly)).toBe('"yes"');
    expect(await dispatchFor(readonly, dir)('appInfo', undefined)).toMatchObject({ ok: true });
  });

  it('locked by another process: a clear message after waiting, nothing changed', async () => {
    const { dir, file, db } = seededFile();
    db.$client.pragma('busy_timeout = 200');
    const holder = spawn(process.execPath, ['-e', `
      const D = require('better-sqlite3'); const d = new D(${JSON.stringify(file)});
      d.exec('BEGIN EXCLUSIVE'); d.prepare("INSERT INTO app_settings VALUES ('other', '1', 'x')").run();
      process.stdout.write('locked\\n'); setTimeout(() => { d.exec('ROLLBACK'); process.exit(0); }, 3000);`], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve) => holder.stdout!.once('data', () => resolve()));
    const reply = await dispatchFor(db, dir)('createBackup', undefined);
    holder.kill();
    expect(reply).toMatchObject({ ok: false, error: { code: 'unavailable', message: expect.stringContaining('busy') } });
    expect(kept(db)).toBe('"yes"');
  });

  it('clock set back: daily backups do not stop until the clock catches up', () => {
    const { dir, db } = seededFile();
    backupDatabase(db.$client, dir, 'daily', new Date('2027-06-01T00:00:00Z')); // taken while the clock ran ahead
    expect(dailyBackupDue(dir, new Date('2026-11-23T10:00:00Z'))).toBe(true);
    backupDatabase(db.$client, dir, 'daily', new Date('2026-11-23T10:00:00Z'));
    expect(dailyBackupDue(dir, new Date('2026-11-23T12:00:00Z'))).toBe(false);
    expect(dailyBackupDue(dir, new Date('2026-11-24T10:00:00Z'))).toBe(true);
  });
});
