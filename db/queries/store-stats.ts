// Store figures for Settings and `cli stats`: claim/evidence counts, open exceptions, last import and sync times.
import type { Db } from '../open.js';
import { databaseBytes, tableRowCounts } from './app-info.js';
import { stmt } from './statements.js';

export interface StoreStats {
  rowCounts: Record<string, number>;
  claimsByStatus: Record<string, number>;
  openExceptions: number;
  lastImportAt: string | null;
  lastSyncAt: string | null;
  databaseBytes: number;
}

export function storeStats(db: Db): StoreStats {
  const byStatus = stmt(db, 'SELECT status, count(*) AS n FROM claims GROUP BY status').all() as Array<{ status: string; n: number }>;
  const hasSyncRuns = stmt(db, "SELECT 1 FROM sqlite_master WHERE name = 'sync_runs'").get() !== undefined;
  return {
    rowCounts: tableRowCounts(db),
    claimsByStatus: Object.fromEntries(byStatus.map((r) => [r.status, r.n])),
    openExceptions: stmt(db, 'SELECT count(*) FROM ingest_exceptions WHERE resolved = 0').pluck().get() as number,
    lastImportAt: stmt(db, "SELECT max(imported_at) FROM raw_transactions WHERE source_kind <> 'stedi'").pluck().get() as string | null,
    lastSyncAt: hasSyncRuns
      ? db.$client.prepare("SELECT max(finished_at) FROM sync_runs WHERE outcome IN ('ok', 'ok_with_exceptions')").pluck().get() as string | null
      : null,
    databaseBytes: databaseBytes(db),
  };
}
