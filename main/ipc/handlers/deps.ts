// What the handlers need from the outside world. The Electron shell, the preview host and tests each build one.
import type { Db } from '../../../db/open.js';
import type { BackupInfo, DataHealth, RebuildReport } from '../../../shared/domain/safety.js';
import type { StediKeyInfo } from '../../../shared/domain/settings.js';
import type { SyncStatus } from '../../../shared/domain/sync-status.js';
import type { EventName, EventPayload } from '../../../shared/ipc/events.js';
import type { ExportShell } from '../../export/export-path.js';
import type { ExportScheduler } from '../../export/schedule/export-scheduler.js';
import type { Logger } from '../../log/logger.js';

/** The part of the sync service the UI drives. Absent until a Stedi key is configured. */
export interface SyncFacade {
  getStatus(): SyncStatus;
  runNow(): string;
  cancel(runId: string): void;
}

/** Key handling for Settings. The key goes in and never comes back out: replies carry `StediKeyInfo` only. */
export interface CredentialsFacade {
  info(): StediKeyInfo;
  set(key: string): Promise<StediKeyInfo>;
  test(): Promise<{ ok: boolean; message: string }>;
  remove(): Promise<StediKeyInfo>;
}

/** Backup, restore and integrity operations; the core owns them because a restore swaps the database. */
export interface SafetyOps {
  health(): DataHealth;
  backupNow(): BackupInfo;
  restore(name: string): Promise<void>;
  fullCheck(): { ok: boolean; problems: string[] };
  enableEncryption(): Promise<void>;
  rebuildFromRaw(): Promise<RebuildReport>;
}

export interface HandlerDeps {
  db: Db;
  log: Logger;
  runtime: 'electron' | 'preview' | 'cli';
  version: string;
  dataDir: string;
  databaseFile: string;
  now: () => Date;
  /** Returns the live sync service, or null while no Stedi key is set. */
  sync: () => SyncFacade | null;
  safety: SafetyOps;
  /** Absent until the credentials module is wired in. */
  credentials?: CredentialsFacade;
  /** Sends an event to every open window (Electron IPC or the preview host's SSE). Absent in tests and the CLI. */
  emit?: Emit;
  /** Native save dialog and "Show in folder"; only the desktop shell has them. */
  exportShell?: ExportShell;
  /** Told when Settings saved new preferences (the sync schedule follows them). */
  preferencesChanged?: () => void;
  /** Runs scheduled exports; the core shares one with its timer. Tests may leave it out (the handlers make their own). */
  exportScheduler?: ExportScheduler;
  /** Where the bundled demo dataset lives (the packaged app's resources folder); the source tree's when absent. */
  demoDir?: string;
}

export type Emit = <E extends EventName>(name: E, payload: EventPayload<E>) => void;
