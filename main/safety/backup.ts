// Consistent copies of the live database (VACUUM INTO: compact, transactionally consistent, WAL included, and
// encrypted with the database's own key when the database is encrypted), kept as the last N, and restore that sets the current file aside instead of deleting it.
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type Database from 'better-sqlite3';
import type { DbKey } from '../../db/driver.js';
import { checkFile } from './integrity.js';
import { runDbJob } from './run-db-job.js';

export type BackupReason = 'daily' | 'pre-migration' | 'manual' | 'pre-restore';
export interface BackupInfo { file: string; name: string; reason: string; createdAt: string; bytes: number; }

const NAME = /^claimtrail-(\d{8}T\d{6}(?:\d{3})?Z)-([a-z-]+)\.db$/;

export const backupsDir = (dataDir: string): string => join(dataDir, 'backups');

/** Writes a backup of the open database; returns its info. Keeps the newest `keep` backups. */
export function backupDatabase(sqlite: Database.Database, dataDir: string, reason: BackupReason, now: Date, keep = 7): BackupInfo {
  const { partial, file } = backupTarget(dataDir, reason, now);
  rmSync(partial, { force: true });
  sqlite.prepare('VACUUM INTO ?').run(partial);
  return keepBackup(partial, file, dataDir, keep);
}

/** The same backup made in a worker thread with its own connection, so the app stays responsive while gigabytes are
 *  copied; in this thread (through `sqlite`) where no worker can be started. `onCancel` receives what stops it (the
 *  promise then rejects with an AbortError and leaves no file). */
export async function backupDatabaseInBackground(
  sqlite: Database.Database, databaseFile: string, key: DbKey, dataDir: string, reason: BackupReason, now: Date, keep = 7,
  onCancel?: (cancel: () => void) => void,
): Promise<BackupInfo> {
  const { partial, file } = backupTarget(dataDir, reason, now);
  rmSync(partial, { force: true });
  const running = runDbJob(databaseFile, key, { kind: 'backup', target: partial });
  if (!running) sqlite.prepare('VACUUM INTO ?').run(partial);
  else {
    onCancel?.(running.cancel);
    const reply = await running.reply;
    if (!reply.ok) {
      rmSync(partial, { force: true });
      const err = new Error(`The backup could not be written: ${reply.message}`);
      if ('cancelled' in reply) err.name = 'AbortError';
      throw err;
    }
  }
  return keepBackup(partial, file, dataDir, keep);
}

/** Where a backup is written first (`partial`: a crash mid-backup never leaves something that looks like a backup)
 *  and the name it gets once complete. */
function backupTarget(dataDir: string, reason: BackupReason, now: Date): { partial: string; file: string } {
  const dir = backupsDir(dataDir);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const file = join(dir, `claimtrail-${stamp(now)}-${reason}.db`);
  return { partial: `${file}.partial`, file };
}

function keepBackup(partial: string, file: string, dataDir: string, keep: number): BackupInfo {
  chmodSync(partial, 0o600); // patient data: owner-only, whatever the process umask
  renameSync(partial, file);
  pruneBackups(dataDir, keep);
  return describe(file)!;
}

/** Removes what backups interrupted by a crash or a quit left behind (at start-up, before any backup runs). */
export function clearInterruptedBackups(dataDir: string): void {
  const dir = backupsDir(dataDir);
  if (existsSync(dir)) for (const name of readdirSync(dir)) if (name.endsWith('.partial')) rmSync(join(dir, name), { force: true });
}

export function listBackups(dataDir: string): BackupInfo[] {
  const dir = backupsDir(dataDir);
  if (!existsSync(dir)) return [];
  return readdirSync(dir).map((n) => describe(join(dir, n))).filter((b): b is BackupInfo => b !== null)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

export function pruneBackups(dataDir: string, keep: number): void {
  for (const old of listBackups(dataDir).slice(keep)) rmSync(old.file, { force: true });
}

/** True when the newest daily backup not dated in the future is a day old, or there is none. Backups dated
 *  ahead of the clock (it was set back) are ignored: waiting for the clock to catch up could mean months without one. */
export function dailyBackupDue(dataDir: string, now: Date): boolean {
  const last = listBackups(dataDir).find((b) => b.reason === 'daily' && Date.parse(b.createdAt) <= now.getTime());
  return !last || now.getTime() - Date.parse(last.createdAt) >= 24 * 3600 * 1000;
}

/**
 * Replaces the database file with a backup. The caller closes the database first and reopens it after.
 * The file being replaced is kept beside it (never deleted), and the backup is checked before it is used.
 */
export function restoreBackup(databaseFile: string, backupFile: string, now: Date, key: DbKey = null): { setAside: string | null } {
  const check = checkFile(backupFile, 'quick', key);
  if (!check.ok) throw new Error(`The backup ${basename(backupFile)} is damaged and was not restored: ${check.problems[0]}`);
  const setAside = existsSync(databaseFile) ? `${databaseFile}.replaced-${stamp(now)}` : null;
  if (setAside) renameSync(databaseFile, setAside);
  for (const side of ['-wal', '-shm']) rmSync(`${databaseFile}${side}`, { force: true });
  const staging = `${databaseFile}.restoring`;
  copyFileSync(backupFile, staging);
  renameSync(staging, databaseFile);
  return { setAside };
}

/** Moves a damaged database (and its WAL) into damaged/ so nothing is lost and a fresh start is possible. */
export function quarantineDatabase(databaseFile: string, dataDir: string, now: Date): string {
  const dir = join(dataDir, 'damaged');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const target = join(dir, `claimtrail-${stamp(now)}.db`);
  renameSync(databaseFile, target);
  for (const side of ['-wal', '-shm']) if (existsSync(`${databaseFile}${side}`)) renameSync(`${databaseFile}${side}`, `${target}${side}`);
  return target;
}

function describe(file: string): BackupInfo | null {
  const match = NAME.exec(basename(file));
  if (!match) return null;
  const s = match[1]!;
  const createdAt = `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}T${s.slice(9, 11)}:${s.slice(11, 13)}:${s.slice(13, 15)}.${s.length > 16 ? s.slice(15, 18) : '000'}Z`;
  return { file, name: basename(file), reason: match[2]!, createdAt, bytes: statSync(file).size };
}

const stamp = (d: Date): string => d.toISOString().replace(/[-:]/g, '').replace('.', '');
