// The sync's vocabulary: options with their defaults, progress counters, and the ingest port it feeds.
import type { Db } from '../../db/open.js';

export interface StediSource { kind: 'stedi'; transactionId: string; processedAt: string }

/** What the sync needs back from an ingest: how many sets went to the store's exception log. */
export interface IngestOutcome { exceptions: number }

/** The lifecycle store's entry point (main/ingest ingestX12Text). Called inside the sync's page transaction. */
export type IngestFn = (db: Db, text: string, source: StediSource, now: string) => IngestOutcome;

export type Phase = 'starting' | 'backfill' | 'poll' | 'retry' | 'reconcile' | 'done';

export interface Counts {
  pages: number;
  seen: number;
  ingested: number;
  skipped: number;
  failed: number;
}

export interface Progress extends Counts {
  runId: string;
  phase: Phase;
  processedAt: string | null; // the watermark: how far the stream has been read
}

export interface SyncOptions {
  /** Scheduled run interval. */
  intervalMs: number;
  /** First run reads this far back. */
  backfillDays: number;
  /** Reconciliation lists this many days back... */
  reconcileDays: number;
  /** ...this often. */
  reconcileEveryMs: number;
  pageSize: number;
  /** Documents downloaded at once within a page (the client's own limiter also applies). */
  downloadConcurrency: number;
  /** A failed transaction is retried on later runs up to this many attempts, then waits for a person. */
  maxAttempts: number;
  lockTtlMs: number;
  /** Which Stedi mode this local store holds; transactions of the other mode are recorded and skipped. */
  mode: 'test' | 'production';
}

export const DEFAULT_SYNC_OPTIONS: SyncOptions = {
  intervalMs: 15 * 60_000,
  backfillDays: 90,
  reconcileDays: 7,
  reconcileEveryMs: 24 * 3_600_000,
  pageSize: 100,
  downloadConcurrency: 4,
  maxAttempts: 8,
  lockTtlMs: 60_000,
  mode: 'production',
};

export const zeroCounts = (): Counts => ({ pages: 0, seen: 0, ingested: 0, skipped: 0, failed: 0 });
