// Stedi sync bookkeeping: the durable checkpoint, run history, the cross-process lock and every transaction seen.
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** One row per stream ('transactions'): where polling resumes. Written in the same transaction as the page's data. */
export const syncState = sqliteTable('sync_state', {
  stream: text('stream').primaryKey(),
  pageToken: text('page_token'), // Stedi's opaque nextPageToken; null until the first page is committed
  watermark: text('watermark'), // latest processedAt committed (ISO), for progress and as a fallback start
  backfillFrom: text('backfill_from'), // ISO start of the first-run backfill
  backfillDoneAt: text('backfill_done_at'),
  lastSuccessAt: text('last_success_at'),
  lastReconcileAt: text('last_reconcile_at'),
  updatedAt: text('updated_at').notNull(),
});

/** History shown on the Sync page: one row per run, with outcome and counts. */
export const syncRuns = sqliteTable('sync_runs', {
  id: text('id').primaryKey(),
  trigger: text('trigger').notNull(), // schedule | manual | cli
  startedAt: text('started_at').notNull(),
  finishedAt: text('finished_at'),
  outcome: text('outcome').notNull(), // running | ok | ok_with_exceptions | failed | cancelled | key_rejected | offline | busy
  error: text('error'),
  phase: text('phase'),
  pages: integer('pages').notNull().default(0),
  seen: integer('seen').notNull().default(0),
  ingested: integer('ingested').notNull().default(0),
  skipped: integer('skipped').notNull().default(0),
  failed: integer('failed').notNull().default(0),
  lastProcessedAt: text('last_processed_at'),
}, (t) => [index('sync_runs_started_idx').on(t.startedAt)]);

/** Single-flight across processes on one data folder: the holder refreshes expires_at while it runs. */
export const syncLock = sqliteTable('sync_lock', {
  name: text('name').primaryKey(),
  owner: text('owner').notNull(), // host:pid:nonce
  acquiredAt: text('acquired_at').notNull(),
  heartbeatAt: text('heartbeat_at').notNull(),
  expiresAtMs: integer('expires_at_ms').notNull(),
});

/**
 * Every Stedi transaction the sync has met, and what became of it. `raw_x12` is kept only while an ingest
 * failure is outstanding, so a fix can reprocess it without downloading again.
 */
export const stediTransactions = sqliteTable('stedi_transactions', {
  transactionId: text('transaction_id').primaryKey(),
  processedAt: text('processed_at').notNull(),
  direction: text('direction').notNull(),
  mode: text('mode').notNull(),
  status: text('status').notNull(),
  transactionSet: text('transaction_set'), // 837 | 999 | 277 | 835 | other ST01 | null
  fileExecutionId: text('file_execution_id'),
  disposition: text('disposition').notNull(), // ingested | exception (store logged it) | skipped | failed (sync retries)
  reason: text('reason'), // why skipped, or the last failure (no PHI, no key)
  attempts: integer('attempts').notNull().default(0),
  nextAttemptAt: text('next_attempt_at'),
  rawX12: text('raw_x12'),
  firstSeenAt: text('first_seen_at').notNull(),
  updatedAt: text('updated_at').notNull(),
}, (t) => [
  index('stedi_transactions_disposition_idx').on(t.disposition, t.nextAttemptAt),
  index('stedi_transactions_processed_idx').on(t.processedAt),
]);
