// Start-up path for the database: integrity check, backup before any migration, migrate, and a plain answer
// when the file is damaged (set aside, never deleted) so the app can offer restore or rebuild.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openRaw, type DbKey } from '../../db/driver.js';
import { MigrationError, openDb, type Db } from '../../db/open.js';
import { backupDatabase, listBackups, quarantineDatabase, type BackupInfo } from './backup.js';
import { checkFile } from './integrity.js';

export interface DamageReport { quarantinedFile: string; problems: string[]; backups: BackupInfo[]; detectedAt: string; }
export interface SafeOpen { db: Db; damage: DamageReport | null; backupBeforeMigration: BackupInfo | null; }

/** Opens `databaseFile`; if it is damaged, sets it aside and opens a fresh one, reporting what happened. `checkMode`
 *  'quick' reads every page first; 'open' only the header and schema (large stores are checked in the background). */
export function openSafely(databaseFile: string, dataDir: string, migrationsDir: string, now: Date, key: DbKey = null, checkMode: 'open' | 'quick' = 'quick'): SafeOpen {
  let damage: DamageReport | null = null;
  if (existsSync(databaseFile)) {
    const check = checkFile(databaseFile, checkMode, key);
    if (!check.ok) {
      const quarantinedFile = quarantineDatabase(databaseFile, dataDir, now);
      damage = { quarantinedFile, problems: check.problems, backups: listBackups(dataDir), detectedAt: now.toISOString() };
    }
  }
  const backupBeforeMigration = !damage && pendingMigrations(databaseFile, migrationsDir, key) > 0 ? backupExisting(databaseFile, dataDir, now, key) : null;
  try {
    return { db: openDb(databaseFile, migrationsDir, { key }), damage, backupBeforeMigration };
  } catch (err) {
    if (err instanceof MigrationError && backupBeforeMigration) {
      throw new MigrationError(`${err.message} Your data is unchanged; a copy taken just before the upgrade is at ${backupBeforeMigration.file}.`, err.cause);
    }
    throw err;
  }
}

/** Migrations in the folder that the database file has not applied yet (0 for a new file). */
export function pendingMigrations(databaseFile: string, migrationsDir: string, key: DbKey = null): number {
  const journal = JSON.parse(readFileSync(join(migrationsDir, 'meta', '_journal.json'), 'utf8')) as { entries: unknown[] };
  if (!existsSync(databaseFile)) return 0; // a new database has nothing to protect
  const sqlite = openRaw(databaseFile, key, { readonly: true, fileMustExist: true });
  try {
    const hasTable = sqlite.prepare(`SELECT 1 FROM sqlite_master WHERE name = '__drizzle_migrations'`).get();
    const applied = hasTable ? (sqlite.prepare('SELECT count(*) FROM __drizzle_migrations').pluck().get() as number) : 0;
    return Math.max(0, journal.entries.length - applied);
  } finally {
    sqlite.close();
  }
}

function backupExisting(databaseFile: string, dataDir: string, now: Date, key: DbKey): BackupInfo {
  const sqlite = openRaw(databaseFile, key, { fileMustExist: true });
  try {
    return backupDatabase(sqlite, dataDir, 'pre-migration', now);
  } finally {
    sqlite.close();
  }
}
