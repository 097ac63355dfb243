import { z } from 'zod';

export const BackupInfo = z.object({
  name: z.string(),
  reason: z.string(), // daily, pre-migration, manual, pre-restore
  createdAt: z.string(),
  bytes: z.number().int().nonnegative(),
});
export type BackupInfo = z.infer<typeof BackupInfo>;

/** Set when start-up found the database damaged: the file was set aside and a fresh one opened. */
export const DamageNotice = z.object({
  quarantinedFile: z.string(),
  problems: z.array(z.string()),
  detectedAt: z.string(),
});
export type DamageNotice = z.infer<typeof DamageNotice>;

export const DataHealth = z.object({
  damage: DamageNotice.nullable(),
  encrypted: z.boolean(),
  keyStorage: z.enum(['keychain', 'file']), // where the database key is (or would be) sealed
  backups: z.array(BackupInfo),
  lastCheck: z.object({ at: z.string(), mode: z.enum(['quick', 'full']), ok: z.boolean(), problems: z.array(z.string()) }).nullable(),
});
export type DataHealth = z.infer<typeof DataHealth>;

/** What "Rebuild from stored X12" did: how many raw transactions it recovered and from where, and what it made. */
export const RebuildReport = z.object({
  /** False when some raw X12 could not be read anywhere: the rebuilt store lacks those transactions. */
  complete: z.boolean(),
  recovered: z.number().int(),
  fromBackups: z.number().int(),
  fromCurrent: z.number().int(),
  unreadable: z.number().int(),
  claims: z.number().int(),
  exceptions: z.number().int(),
  notesRestored: z.number().int(),
});
export type RebuildReport = z.infer<typeof RebuildReport>;
