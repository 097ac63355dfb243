// Retries an exception from the raw text kept for it — no download, no file needed.
import type { Db } from '../../db/open.js';
import { getException, markExceptionResolved, recordRetryFailure } from '../../db/queries/exceptions.js';
import { getRawTransaction, setRawOutcome } from '../../db/queries/raw.js';
import { inTransaction, stmt } from '../../db/queries/statements.js';
import { parseX12Text } from '../edi/index.js';
import { failureReason, ingestTransactionSet } from './ingest-set.js';
import { emptySummary, type IngestSource, type IngestSummary } from './types.js';

export type ReprocessResult =
  | { outcome: 'resolved'; summary: IngestSummary }
  | { outcome: 'failed'; reason: string; nextRetryAt: string }
  | { outcome: 'not_found' | 'already_resolved' | 'nothing_kept' };

/** Waits 15 min, 30 min, 1 h … up to a day between automatic retries. */
export function retryDelayMs(attempts: number): number {
  return Math.min(15 * 60_000 * 2 ** Math.max(0, attempts - 1), 24 * 3_600_000);
}

export function reprocessException(db: Db, exceptionId: number, now: string): ReprocessResult {
  const ex = getException(db, exceptionId);
  if (!ex) return { outcome: 'not_found' };
  if (ex.resolved) return { outcome: 'already_resolved' };
  const raw = ex.rawId === null ? null : getRawTransaction(db, ex.rawId);
  if (!raw) return { outcome: 'nothing_kept' };
  const source: IngestSource = raw.sourceKind === 'stedi'
    ? { kind: 'stedi', transactionId: raw.sourceRef, processedAt: raw.processedAt }
    : { kind: raw.sourceKind as 'file' | 'demo', path: raw.sourceRef };
  const ctx = { source, now, summary: emptySummary(), tally: { created: new Set<number>(), updated: new Set<number>() } };
  let failure: string | null = null;
  const fail = (reason: string) => { failure ??= reason; };
  try {
    const sets = parseX12Text(raw.text, { file: raw.sourceRef }).sets;
    inTransaction(db, () => {
      if (raw.transactionSetId !== '?' && sets.length === 1) {
        ingestTransactionSet(db, sets[0]!, ctx, { existingRawId: raw.id, onFailure: fail });
      } else {
        // A whole text that could not be split before: its sets become raw rows of their own.
        for (const set of sets) ingestTransactionSet(db, set, ctx, { onFailure: fail });
        if (!failure) setRawOutcome(db, raw.id, 'split');
      }
    });
  } catch (err) {
    fail(failureReason(err));
  }
  if (failure) {
    const nextRetryAt = new Date(Date.parse(now) + retryDelayMs(ex.attempts + 1)).toISOString();
    recordRetryFailure(db, ex.id, failure, now, nextRetryAt);
    return { outcome: 'failed', reason: failure, nextRetryAt };
  }
  if (raw.transactionSetId !== '?') setRawOutcome(db, raw.id, 'ok');
  markExceptionResolved(db, ex.id, now);
  return { outcome: 'resolved', summary: { ...ctx.summary, claimsCreated: ctx.tally.created.size, claimsUpdated: ctx.tally.updated.size } };
}

/** Retries every open exception with kept raw text whose retry time has come. Returns how many were resolved. */
export function retryDueExceptions(db: Db, now: string): { tried: number; resolved: number } {
  // A retry time more than two maximum delays ahead was set by a clock that has since gone back: due now, not in months.
  const clockSetBackAfter = new Date(Date.parse(now) + 2 * retryDelayMs(Infinity)).toISOString();
  const due = stmt(db, `SELECT id FROM ingest_exceptions WHERE resolved = 0 AND raw_id IS NOT NULL
    AND (next_retry_at IS NULL OR next_retry_at <= ? OR next_retry_at > ?) ORDER BY id`).pluck().all(now, clockSetBackAfter) as number[];
  let resolved = 0;
  for (const id of due) if (reprocessException(db, id, now).outcome === 'resolved') resolved++;
  return { tried: due.length, resolved };
}
