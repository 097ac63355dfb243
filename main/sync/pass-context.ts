// What every pass of a run (poll, retry, reconcile) shares: the database, the client, the clock and the counters.
import type { Db } from '../../db/open.js';
import { knownTransactions } from '../../db/queries/sync.js';
import type { StediClient } from '../stedi/client.js';
import type { TransactionSummary } from '../stedi/responses.js';
import type { CommitDeps } from './commit-page.js';
import type { Counts, IngestFn, Phase, SyncOptions } from './types.js';

export interface PassContext {
  db: Db;
  client: StediClient;
  ingest: IngestFn;
  now: () => Date;
  options: SyncOptions;
  signal: AbortSignal;
  runId: string;
  counts: Counts;
  /** Reports progress; also the moment the run refreshes its lock. */
  report(phase: Phase, processedAt: string | null): void;
}

export const commitDeps = (ctx: PassContext): CommitDeps =>
  ({ db: ctx.db, ingest: ctx.ingest, now: ctx.now(), maxAttempts: ctx.options.maxAttempts });

export const runCounts = (ctx: PassContext, phase: Phase, lastProcessedAt: string | null) =>
  ({ id: ctx.runId, counts: { ...ctx.counts, phase, lastProcessedAt } });

/** The items of a page not met before (a replayed or duplicated id is never downloaded twice), first copy wins. */
export function freshItems(db: Db, items: readonly TransactionSummary[]): TransactionSummary[] {
  const unique = new Map<string, TransactionSummary>();
  for (const tx of items) if (!unique.has(tx.transactionId)) unique.set(tx.transactionId, tx);
  const known = knownTransactions(db, [...unique.keys()]);
  return [...unique.values()].filter((tx) => !known.has(tx.transactionId));
}

export const laterOf = (a: string | null, b: string | null): string | null =>
  a === null ? b : b === null ? a : Date.parse(a) >= Date.parse(b) ? a : b;
