// Writes one page: every transaction's outcome (ingested, skipped, failed), the run's counts and the new
// checkpoint, all in ONE database transaction. A crash before COMMIT leaves the previous page's state intact.
import type { Db } from '../../db/open.js';
import {
  getStediTransaction, logStediFailure, resolveStediFailure, updateRunCounts, updateSyncState, upsertStediTransaction,
  type NewStediTransactionRow, type RunCounts,
} from '../../db/queries/sync.js';
import type { TransactionSummary } from '../stedi/responses.js';
import { nextAttemptAt } from './backoff.js';
import type { Fetched } from './fetch-documents.js';
import { isStorageFailure } from '../safety/storage-errors.js';
import type { Counts, IngestFn } from './types.js';

export interface CommitDeps {
  db: Db;
  ingest: IngestFn;
  now: Date;
  maxAttempts: number;
}

export interface PageCommit {
  fetched: readonly Fetched[];
  /** Present for poll pages: where the stream resumes. Reconciliation pages leave the checkpoint alone. */
  checkpoint?: { pageToken: string | null; watermark: string | null };
  run?: { id: string; counts: RunCounts };
}

/** Commits the page and returns what it added to the counts. */
export function commitPage(deps: CommitDeps, page: PageCommit): Omit<Counts, 'pages' | 'seen'> {
  const added = { ingested: 0, skipped: 0, failed: 0 };
  const { db } = deps;
  const commit = db.$client.transaction(() => {
    for (const item of page.fetched) {
      const outcome = recordOne(deps, item);
      added[outcome] += 1;
    }
    if (page.checkpoint) updateSyncState(db, { ...page.checkpoint, updatedAt: deps.now.toISOString() });
    if (page.run) {
      const c = page.run.counts;
      updateRunCounts(db, page.run.id, {
        ...c, ingested: (c.ingested ?? 0) + added.ingested, skipped: (c.skipped ?? 0) + added.skipped, failed: (c.failed ?? 0) + added.failed,
      });
    }
  });
  commit.immediate(); // take the write lock up front: no deadlock with another process's reader upgrading
  return added;
}

/**
 * Ingests (or records) one transaction. The ingest runs in a savepoint so a throw undoes only itself. Sets the
 * store could not take in are in its exception log already (it keeps their raw X12 and retries them); the sync
 * logs there too what only it knows about: documents it could not download.
 */
export function recordOne(deps: CommitDeps, item: Fetched): 'ingested' | 'skipped' | 'failed' {
  const now = deps.now.toISOString();
  const base = baseRow(item.tx, item.plan.transactionSet, now);
  if (item.kind === 'skip') {
    upsertStediTransaction(deps.db, { ...base, disposition: 'skipped', reason: item.plan.reason });
    return 'skipped';
  }
  if (item.kind === 'failed') return recordFailure(deps, base, item.error, null);
  const text = item.text;
  let exceptions = 0;
  try {
    const source = { kind: 'stedi' as const, transactionId: item.tx.transactionId, processedAt: item.tx.processedAt };
    exceptions = deps.db.$client.transaction(() => deps.ingest(deps.db, text, source, now))().exceptions;
  } catch (err) {
    if (isStorageFailure(err)) throw err; // the page's transaction is gone: fail the run, never half-commit the page
    return recordFailure(deps, base, `ingest failed: ${err instanceof Error ? err.message : 'unknown error'}`, text);
  }
  resolveStediFailure(deps.db, base.transactionId, now);
  const reason = exceptions > 0 ? `${exceptions} transaction set${exceptions > 1 ? 's' : ''} in the exception log` : null;
  upsertStediTransaction(deps.db, { ...base, disposition: exceptions > 0 ? 'exception' : 'ingested', reason, rawX12: null, nextAttemptAt: null });
  return exceptions > 0 ? 'failed' : 'ingested';
}

function recordFailure(deps: CommitDeps, base: NewStediTransactionRow, reason: string, raw: string | null): 'failed' {
  const previous = getStediTransaction(deps.db, base.transactionId);
  const attempts = (previous?.attempts ?? 0) + 1;
  const retryAt = attempts < deps.maxAttempts ? nextAttemptAt(deps.now, attempts) : null;
  const clipped = reason.slice(0, 500);
  upsertStediTransaction(deps.db, {
    ...base, disposition: 'failed', reason: clipped, attempts, nextAttemptAt: retryAt, rawX12: raw ?? previous?.rawX12 ?? null,
  });
  logStediFailure(deps.db, { transactionId: base.transactionId, transactionSet: base.transactionSet ?? null, reason: clipped, at: base.updatedAt, nextRetryAt: retryAt });
  return 'failed';
}

function baseRow(tx: TransactionSummary, transactionSet: string | null, now: string): NewStediTransactionRow {
  return {
    transactionId: tx.transactionId, processedAt: tx.processedAt, direction: tx.direction, mode: tx.mode, status: tx.status,
    transactionSet, fileExecutionId: tx.fileExecutionId ?? null, disposition: 'skipped', firstSeenAt: now, updatedAt: now,
  };
}
