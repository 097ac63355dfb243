// Boots everything that is not Electron: data folder, database (checked, backed up, migrated), handlers, dispatch.
// Shared by the desktop shell, the preview host and tests, so all three run the same app.
import { chmodSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { closeDb, openDb, type Db } from '../../db/open.js';
import type { Api } from '../../shared/ipc/contract.js';
import { AppError } from '../../shared/ipc/errors.js';
import { createDispatch, type Dispatch } from '../ipc/dispatch.js';
import { createHandlers } from '../ipc/handlers.js';
import { appendAudit } from '../../db/queries/audit.js';
import type { ExportShell } from '../export/export-path.js';
import { createExportScheduler } from '../export/schedule/export-scheduler.js';
import type { CredentialsFacade, Emit, HandlerDeps, SafetyOps, SyncFacade } from '../ipc/handlers/deps.js';
import type { Logger } from '../log/logger.js';
import { backupDatabase, backupDatabaseInBackground, backupsDir, clearInterruptedBackups, dailyBackupDue, listBackups, restoreBackup } from '../safety/backup.js';
import { clearIntegrityProblems, integrityProblemsNoted, noteIntegrityProblems } from '../safety/check-marker.js';
import { checkIntegrity, type IntegrityResult } from '../safety/integrity.js';
import { runDbJob } from '../safety/run-db-job.js';
import { enableEncryption, fileSeal, finishInterruptedEncryption, isEncryptionEnabled, readDbKey, type KeySeal } from '../safety/db-key.js';
import { openSafely, type DamageReport } from '../safety/open-safely.js';
import { rebuildDatabaseFromRaw, type RebuildFromRawReport } from '../safety/rebuild-from-raw.js';
import { recoverInterruptedImports } from '../ingest/import-journal.js';
import { DATABASE_FILE_NAME } from './paths.js';
import { markStoreOpen } from './presence.js';

export interface CoreOptions {
  dataDir: string;
  migrationsDir: string;
  runtime: 'electron' | 'preview' | 'cli';
  version: string;
  log: Logger;
  now?: () => Date;
  keepBackups?: number;
  /** Seals the database key: the OS keychain in the desktop app, an owner-only file elsewhere. */
  keySeal?: KeySeal;
  /** Stedi key handling for Settings (the app host builds it; tests may leave it out). */
  credentials?: CredentialsFacade;
  /** Native save dialog and "Show in folder" (desktop only). */
  exportShell?: ExportShell;
  /** Window events; read at send time, so the preview host can attach after boot. */
  emit?: Emit;
  /** The bundled demo dataset's folder. */
  demoDir?: string;
  /** Settings saved new preferences. */
  onPreferencesChanged?: () => void;
  /** Stops background writers (the sync) before the database is swapped; resolves with a function that resumes them. */
  quiesce?: () => Promise<() => void>;
  /** A database at least this large is checked page by page in the background after start-up, not before it
   *  (a quick check of 5 GB takes over a minute on a cold disk). Default 256 MB. */
  checkInBackgroundFromBytes?: number;
}

export interface Core {
  /** The open database. Changes after a restore: read it at use time, never keep it. */
  readonly db: Db;
  readonly api: Api;
  dispatch: Dispatch;
  dataDir: string;
  databaseFile: string;
  damage: DamageReport | null;
  /** Installs the sync service once a key is configured (or removes it with null). */
  setSync(sync: SyncFacade | null): void;
  /** Takes the daily backup in a worker thread when one is due; resolves when it is written (or failed, logged). */
  backupIfDue(): Promise<void>;
  /** The page-by-page check start-up left for later (large stores), in a worker thread; problems are noted for the
   *  next start, which sets the file aside. Resolves at once when start-up already checked. */
  checkIfDeferred(): Promise<void>;
  /** Runs the scheduled exports whose time has come (Settings → Scheduled exports). Resolves with how many ran. */
  runDueExports(): Promise<number>;
  /** Schedules the deferred check, the daily backups (a while after start, so the first screen never waits for
   *  them, then hourly) and the scheduled exports (checked every minute); returns what stops them. */
  startHousekeeping(): () => void;
  close(): void;
}

const CHECK_IN_BACKGROUND_FROM_BYTES = 256 * 1024 * 1024;
const CHECK_DELAY_MS = 20_000;
const BACKUP_DELAY_MS = 60_000;
const BACKUP_EVERY_MS = 60 * 60_000; // the daily backup is taken at the first hourly look after it falls due
const EXPORTS_DELAY_MS = 45_000; // exports missed while the computer was off run a little after start
const EXPORTS_EVERY_MS = 60_000;

const fromCheck = (r: IntegrityResult) => ({ ok: true as const, problems: r.ok ? [] : r.problems });

export function bootCore(options: CoreOptions): Core {
  const now = options.now ?? (() => new Date());
  const keep = options.keepBackups ?? 7;
  ensurePrivateDir(options.dataDir);
  const databaseFile = join(options.dataDir, DATABASE_FILE_NAME);
  const seal = options.keySeal ?? fileSeal;
  let key = readDbKey(options.dataDir, seal);
  let backupRunning: Promise<void> | null = null;
  clearInterruptedBackups(options.dataDir);
  if (key) finishInterruptedEncryption([databaseFile, ...listBackups(options.dataDir).map((b) => b.file)], key);
  const fullCheckAtStart = integrityProblemsNoted(options.dataDir) || !existsSync(databaseFile)
    || statSync(databaseFile).size < (options.checkInBackgroundFromBytes ?? CHECK_IN_BACKGROUND_FROM_BYTES);
  const opened = openSafely(databaseFile, options.dataDir, options.migrationsDir, now(), key, fullCheckAtStart ? 'quick' : 'open');
  if (fullCheckAtStart) clearIntegrityProblems(options.dataDir); // checked now: damage (if any) took the usual path
  restrictFile(databaseFile);
  if (opened.damage) options.log.error('database was damaged at start-up and has been set aside', { problems: opened.damage.problems });
  let db = opened.db;
  let damage = opened.damage; // cleared once a restore or rebuild has put good data back
  const finished = recoverInterruptedImports(db, now()); // an import killed between storing and deriving
  if (finished.recovered > 0) options.log.warn(`finished ${finished.recovered} interrupted import(s)`);
  let sync: SyncFacade | null = null;
  let lastCheck: { at: string; mode: 'quick' | 'full'; ok: boolean; problems: string[] } | null = fullCheckAtStart
    ? { at: now().toISOString(), mode: 'quick', ok: opened.damage === null, problems: opened.damage?.problems ?? [] } : null;
  let checkRunning: Promise<void> | null = null;
  const unmarkOpen = markStoreOpen(options.dataDir); // a CLI bulk import then keeps the indexes our queries use
  const cancels = new Set<() => void>(); // stops what runs in worker threads

  const safety: SafetyOps = {
    health: () => ({
      damage: damage && { quarantinedFile: damage.quarantinedFile, problems: damage.problems, detectedAt: damage.detectedAt },
      encrypted: isEncryptionEnabled(options.dataDir),
      keyStorage: seal.kind,
      backups: listBackups(options.dataDir).map(({ name, reason, createdAt, bytes }) => ({ name, reason, createdAt, bytes })),
      lastCheck,
    }),
    backupNow: () => {
      const { name, reason, createdAt, bytes } = backupDatabase(db.$client, options.dataDir, 'manual', now(), keep);
      return { name, reason, createdAt, bytes };
    },
    restore: async (name) => {
      const backup = listBackups(options.dataDir).find((b) => b.name === name);
      if (!backup) throw new AppError('not_found', `There is no backup called ${name}.`);
      backupDatabase(db.$client, options.dataDir, 'pre-restore', now(), keep + 1); // the restore itself can be undone
      await swapping(() => restoreBackup(databaseFile, join(backupsDir(options.dataDir), backup.name), now(), key));
      audit('restore', backup.name, { backup: backup.name, createdAt: backup.createdAt, reason: backup.reason });
      damage = null;
      options.log.info(`database restored from backup ${backup.name}`);
    },
    enableEncryption: async () => {
      if (isEncryptionEnabled(options.dataDir)) throw new AppError('conflict', 'The database is already encrypted.');
      await swapping(() => { key = enableEncryption(options.dataDir, databaseFile, listBackups(options.dataDir).map((b) => b.file), seal); });
      audit('key_change', 'database encryption key', { change: 'encryption enabled', keyStorage: seal.kind });
      options.log.info('database encryption enabled');
    },
    rebuildFromRaw: async () => {
      let r!: RebuildFromRawReport; // writes its own audit entry
      await swapping(() => {
        r = rebuildDatabaseFromRaw({ databaseFile, dataDir: options.dataDir, migrationsDir: options.migrationsDir, now: now(), key, damagedFile: damage?.quarantinedFile ?? null });
      });
      damage = null;
      options.log.info(`database rebuilt from raw X12: ${r.raw.recovered} transactions recovered, ${r.raw.unreadable} unreadable`);
      return {
        complete: r.complete, recovered: r.raw.recovered, fromBackups: r.raw.fromBackups, fromCurrent: r.raw.fromCurrent,
        unreadable: r.raw.unreadable, claims: r.claims, exceptions: r.exceptions, notesRestored: r.notesRestored,
      };
    },
    fullCheck: () => {
      const result = checkIntegrity(db.$client, 'full');
      const problems = result.ok ? [] : result.problems;
      lastCheck = { at: now().toISOString(), mode: 'full', ok: result.ok, problems };
      return { ok: result.ok, problems };
    },
  };

  /** Safety actions go in the tamper-evident audit log; a failure to record one is logged, never fatal. */
  function audit(action: 'restore' | 'key_change', subject: string, detail: Record<string, unknown>): void {
    try { appendAudit(db, { action, subject, detail }, now()); } catch (err) { options.log.warn(`could not record ${action} in the audit log`, err); }
  }

  /** Background writers stop while the file is swapped, and resume on whatever is in place afterwards. */
  async function swapping(change: () => void): Promise<void> {
    // background work reads the file a swap replaces through its own connection: stop it first (a cancelled check
    // runs again on the next start; the daily backup at the next hourly look)
    for (const cancel of cancels) cancel();
    cancels.clear();
    await Promise.all([backupRunning, checkRunning]);
    const resume = await options.quiesce?.();
    try { reopenAround(change); } finally { resume?.(); }
  }

  /** Closes the database, runs `change`, and reopens whatever is then in place, with handlers rebuilt on it. */
  function reopenAround(change: () => void): void {
    closeDb(db);
    try {
      change();
    } finally {
      db = openDb(databaseFile, options.migrationsDir, { key });
      api = createHandlers(deps());
    }
  }

  const exportScheduler = createExportScheduler({ db: () => db, now, log: options.log });
  let exportsRunning: Promise<number> | null = null;
  const deps = (): HandlerDeps => ({
    db, log: options.log, runtime: options.runtime, version: options.version, dataDir: options.dataDir,
    databaseFile, now, sync: () => sync, safety, credentials: options.credentials, exportShell: options.exportShell, demoDir: options.demoDir,
    preferencesChanged: () => options.onPreferencesChanged?.(),
    emit: (name, payload) => options.emit?.(name, payload), exportScheduler,
  });
  let api = createHandlers(deps());
  // Dispatch goes through a stable facade, so a restore that swaps the database swaps the handlers too.
  const facade = new Proxy({} as Api, { get: (_t, key) => api[key as keyof Api] });

  const core: Core = {
    get db() { return db; },
    get api() { return api; },
    dispatch: createDispatch(facade, options.log),
    dataDir: options.dataDir,
    databaseFile,
    damage: opened.damage,
    setSync: (s) => { sync = s; },
    backupIfDue: () => {
      if (backupRunning || !dailyBackupDue(options.dataDir, now())) return backupRunning ?? Promise.resolve();
      let cancel: (() => void) | null = null;
      backupRunning = backupDatabaseInBackground(db.$client, databaseFile, key, options.dataDir, 'daily', now(), keep, (c) => { cancels.add(cancel = c); })
        .then(() => undefined, (err: unknown) => {
          // a full disk must not stop the app (Settings shows the last backup); a swap cancelling it is no failure
          if ((err as Error).name !== 'AbortError') options.log.warn('daily backup failed', err);
        })
        .then(() => options.emit?.('dataHealthChanged', { reason: 'backup' }))
        .finally(() => { backupRunning = null; if (cancel) cancels.delete(cancel); });
      return backupRunning;
    },
    checkIfDeferred: () => {
      if (lastCheck || checkRunning) return checkRunning ?? Promise.resolve();
      const at = now().toISOString();
      const running = runDbJob(databaseFile, key, { kind: 'quick-check' });
      if (running) cancels.add(running.cancel);
      checkRunning = (running?.reply ?? Promise.resolve(fromCheck(checkIntegrity(db.$client, 'quick'))))
        .then((reply) => {
          if (!reply.ok) {
            if (!('cancelled' in reply)) options.log.warn('the background integrity check could not run', reply.message);
            return;
          }
          lastCheck = { at, mode: 'quick', ok: reply.problems.length === 0, problems: reply.problems };
          options.emit?.('dataHealthChanged', { reason: 'check' }); // the banner appears without waiting for a reload
          if (reply.problems.length === 0) return;
          noteIntegrityProblems(options.dataDir, reply.problems, at); // the next start sets the file aside
          options.log.error('the background integrity check found the database damaged', { problems: reply.problems });
        })
        .finally(() => { checkRunning = null; if (running) cancels.delete(running.cancel); });
      return checkRunning;
    },
    runDueExports: () => {
      exportsRunning ??= exportScheduler.runDue()
        .catch((err: unknown) => { options.log.error('scheduled exports could not be checked', err); return 0; })
        .finally(() => { exportsRunning = null; });
      return exportsRunning;
    },
    startHousekeeping: () => {
      const timers = [
        setTimeout(() => void core.runDueExports(), EXPORTS_DELAY_MS),
        setInterval(() => void core.runDueExports(), EXPORTS_EVERY_MS),
        setTimeout(() => void core.checkIfDeferred(), CHECK_DELAY_MS),
        setTimeout(() => void core.backupIfDue(), BACKUP_DELAY_MS),
        setInterval(() => void core.backupIfDue(), BACKUP_EVERY_MS),
      ];
      for (const t of timers) t.unref();
      return () => { for (const t of timers) clearTimeout(t); };
    },
    close: () => { closeDb(db); unmarkOpen(); },
  };
  return core;
}

/** SQLite creates the -wal and -shm files with the database file's mode, so restricting it covers all three. */
function restrictFile(file: string): void {
  for (const f of [file, `${file}-wal`, `${file}-shm`]) {
    if (existsSync(f)) try { chmodSync(f, 0o600); } catch { /* not ours to change (e.g. Windows); logged nowhere by design */ }
  }
}

/** PHI lives here: owner-only permissions, on every platform that has them. */
function ensurePrivateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  try { chmodSync(dir, 0o700); } catch { /* Windows ACLs: the user profile already restricts it */ }
}
