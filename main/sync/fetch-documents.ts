// Downloads the raw X12 of a page's relevant transactions, a few at a time. A failure of one document is that
// transaction's problem (recorded, retried later); a rejected key, lost network or cancel stops the whole page.
import type { StediClient } from '../stedi/client.js';
import { isStediError } from '../stedi/errors.js';
import type { TransactionSummary } from '../stedi/responses.js';
import { planFor, type Plan } from './relevance.js';

export type Fetched =
  | { kind: 'skip'; tx: TransactionSummary; plan: Extract<Plan, { action: 'skip' }> }
  | { kind: 'document'; tx: TransactionSummary; plan: Extract<Plan, { action: 'ingest' }>; text: string }
  | { kind: 'failed'; tx: TransactionSummary; plan: Extract<Plan, { action: 'ingest' }>; error: string };

/** Errors that say nothing about one transaction and everything about the run. */
export function isRunStopper(err: unknown): boolean {
  return isStediError(err, 'key_rejected') || isStediError(err, 'offline') || isStediError(err, 'cancelled');
}

export async function fetchDocuments(
  client: StediClient, items: readonly TransactionSummary[], mode: 'test' | 'production', concurrency: number, signal: AbortSignal,
): Promise<Fetched[]> {
  const stop = new AbortController();
  const linked = AbortSignal.any([signal, stop.signal]);
  let fatal: unknown = null;
  const results = await mapConcurrent(items, concurrency, async (tx): Promise<Fetched> => {
    const plan = planFor(tx, mode);
    if (plan.action === 'skip') return { kind: 'skip', tx, plan };
    try {
      return { kind: 'document', tx, plan, text: await client.downloadDocument(tx.transactionId, plan.usage, linked) };
    } catch (err) {
      if (isRunStopper(err) || signal.aborted) {
        fatal ??= err;
        stop.abort();
        return { kind: 'failed', tx, plan, error: 'stopped' };
      }
      return { kind: 'failed', tx, plan, error: err instanceof Error ? err.message : 'download failed' };
    }
  });
  if (fatal) throw fatal;
  return results;
}

/** Runs `fn` over `items` with at most `limit` at once, keeping input order in the result. */
export async function mapConcurrent<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return out;
}
