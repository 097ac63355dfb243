// Retries transactions that failed on earlier runs, once their backoff has passed. Ones whose raw X12 is stored
// are re-ingested without downloading; the rest are fetched again.
import { dueFailures, type StediTransactionRow } from '../../db/queries/sync.js';
import { retryDueExceptions } from '../ingest/index.js';
import type { TransactionSummary } from '../stedi/responses.js';
import { MAX_RETRY_DELAY_MS } from './backoff.js';
import { commitPage } from './commit-page.js';
import { fetchDocuments, isRunStopper, mapConcurrent, type Fetched } from './fetch-documents.js';
import { commitDeps, runCounts, type PassContext } from './pass-context.js';
import { planFor } from './relevance.js';

const BATCH = 100;

export async function retryPass(ctx: PassContext): Promise<void> {
  const now = ctx.now().toISOString();
  // Sets the store could not take in are retried from their kept raw X12 by the store itself, on our schedule.
  ctx.db.$client.transaction(() => retryDueExceptions(ctx.db, now)).immediate();
  const clockSetBackAfter = new Date(ctx.now().getTime() + 2 * MAX_RETRY_DELAY_MS).toISOString();
  const due = dueFailures(ctx.db, { now, maxAttempts: ctx.options.maxAttempts, limit: BATCH, clockSetBackAfter });
  if (due.length === 0) return;
  ctx.report('retry', null);
  const fetched = (await mapConcurrent(due, ctx.options.downloadConcurrency, (row) => refetch(ctx, row))).flat();
  const added = commitPage(commitDeps(ctx), { fetched, run: runCounts(ctx, 'retry', null) });
  Object.assign(ctx.counts, { ingested: ctx.counts.ingested + added.ingested, skipped: ctx.counts.skipped + added.skipped, failed: ctx.counts.failed + added.failed });
  ctx.report('retry', null);
}

async function refetch(ctx: PassContext, row: StediTransactionRow): Promise<Fetched[]> {
  if (row.rawX12 !== null) {
    const tx = summaryOf(row);
    const plan = planFor(tx, ctx.options.mode);
    return plan.action === 'ingest' ? [{ kind: 'document', tx, plan, text: row.rawX12 }] : [{ kind: 'skip', tx, plan }];
  }
  let tx: TransactionSummary;
  try {
    tx = await ctx.client.getTransaction(row.transactionId, ctx.signal);
  } catch (err) {
    if (isRunStopper(err)) throw err;
    const tx0 = summaryOf(row);
    const plan = planFor(tx0, ctx.options.mode);
    return plan.action === 'ingest' ? [{ kind: 'failed', tx: tx0, plan, error: err instanceof Error ? err.message : 'lookup failed' }] : [{ kind: 'skip', tx: tx0, plan }];
  }
  return fetchDocuments(ctx.client, [tx], ctx.options.mode, 1, ctx.signal);
}

/** Enough of a transaction summary, rebuilt from the ledger row, to plan and record it again. */
function summaryOf(row: StediTransactionRow): TransactionSummary {
  return {
    transactionId: row.transactionId, fileExecutionId: row.fileExecutionId ?? undefined, status: row.status,
    direction: row.direction as TransactionSummary['direction'], mode: row.mode, processedAt: row.processedAt, artifacts: [],
    x12: row.transactionSet ? { metadata: { transaction: { transactionSetIdentifier: row.transactionSet } } } : undefined,
  };
}
