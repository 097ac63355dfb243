// Public ingestion API: X12 text (sync), files and folders (import, demo), reprocessing and rebuilding from raw.
// Every path goes parse → keep raw → store evidence → correlate → derive, one savepoint per transaction set.
import { createHash } from 'node:crypto';
import type { Db } from '../../db/open.js';
import { addException } from '../../db/queries/exceptions.js';
import { hasStediTransaction, insertRaw, rawIdByHash } from '../../db/queries/raw.js';
import { inTransaction } from '../../db/queries/statements.js';
import { parseX12Text } from '../edi/index.js';
import { failureReason, ingestTransactionSet, processedAtOf, type SetContext } from './ingest-set.js';
import { emptySummary, sourceRef, type IngestSource, type IngestSummary } from './types.js';

export type { IngestSource, IngestSummary } from './types.js';
export { importPaths, type ImportOptions, type ImportProgress } from './import-paths.js';
export { reprocessException, retryDueExceptions, type ReprocessResult } from './reprocess.js';
export { rebuildFromRaw } from './rebuild.js';
export { loadDemoDataset, removeDemoDataset } from './demo.js';

export const newContext = (source: IngestSource, now: string): SetContext =>
  ({ source, now, summary: emptySummary(), tally: { created: new Set(), updated: new Set() } });

export function finishSummary(ctx: SetContext): IngestSummary {
  return { ...ctx.summary, claimsCreated: ctx.tally.created.size, claimsUpdated: ctx.tally.updated.size };
}

/**
 * Ingests one X12 text. Safe inside a caller's transaction (the sync wraps each page): it only uses savepoints.
 * The same Stedi transaction id, or the same set content, is never taken in twice.
 */
export function ingestX12Text(db: Db, text: string, source: IngestSource, now: string): IngestSummary {
  const ctx = newContext(source, now);
  ctx.summary.files = 1;
  if (source.kind === 'stedi' && hasStediTransaction(db, source.transactionId)) {
    ctx.summary.duplicates = 1;
    return ctx.summary;
  }
  let sets;
  try {
    sets = parseX12Text(text, { file: source.kind === 'stedi' ? `stedi:${source.transactionId}` : source.path }).sets;
  } catch (err) {
    keepUnreadable(db, text, source, now, err);
    ctx.summary.exceptions = 1;
    return ctx.summary;
  }
  inTransaction(db, () => { for (const set of sets) ingestTransactionSet(db, set, ctx); });
  return finishSummary(ctx);
}

/** Text that is not X12 at all is still kept (hash-deduped), so a later engine fix can reprocess it offline. */
function keepUnreadable(db: Db, text: string, source: IngestSource, now: string, err: unknown): void {
  const contentHash = createHash('sha256').update(text).digest('hex');
  inTransaction(db, () => {
    const rawId = rawIdByHash(db, contentHash) ?? insertRaw(db, {
      contentHash, transactionSetId: '?', version: null, controlNumber: null, sourceKind: source.kind, sourceRef: sourceRef(source),
      stediTransactionId: source.kind === 'stedi' ? source.transactionId : null, processedAt: processedAtOf(source, now), importedAt: now,
      location: null, outcome: 'exception', text,
    });
    const location = err && typeof err === 'object' && 'location' in err ? JSON.stringify(err.location) : null;
    addException(db, { sourceKind: source.kind, sourceRef: sourceRef(source), rawId, transactionSetId: null, location, reason: failureReason(err), at: now });
  });
}
