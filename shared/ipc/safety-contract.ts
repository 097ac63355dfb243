// Data-safety calls: backups, restore, integrity. Spread into the main contract.
import { z } from 'zod';
import { BackupInfo, DataHealth, RebuildReport } from '../domain/safety.js';

export const safetyContract = {
  /** Backups on disk, any damage found at start-up, and the last integrity check. */
  getDataHealth: { input: z.void(), output: DataHealth },
  /** Takes a backup now. */
  createBackup: { input: z.void(), output: BackupInfo },
  /** Replaces the database with a named backup; the current file is kept aside. */
  restoreBackup: { input: z.object({ name: z.string().regex(/^claimtrail-[0-9TZ]+-[a-z-]+\.db$/) }), output: z.object({ restored: z.string() }) },
  /** Encrypts the database and its backups with a new key sealed by the OS keychain. Cannot be undone here. */
  enableDatabaseEncryption: { input: z.void(), output: z.object({ encrypted: z.literal(true) }) },
  /**
   * Rebuilds the whole cache by replaying every stored raw X12 transaction (salvaged from the damaged file set aside
   * at start-up when there is one, gaps filled from backups). The database in place is kept beside the new one.
   */
  rebuildFromRaw: { input: z.void(), output: RebuildReport },
  /** Runs a full integrity check (slower than the start-up quick check). */
  checkDataIntegrity: { input: z.void(), output: z.object({ ok: z.boolean(), problems: z.array(z.string()) }) },
} satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;
