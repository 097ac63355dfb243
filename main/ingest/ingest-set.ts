// One transaction set in: dedupe, keep the raw text, store evidence, re-derive touched claims — in one savepoint.
// A failure rolls back only this set; the raw text is then kept with an exception so it can be reprocessed later.
import type { Db } from '../../db/open.js';
import { addException } from '../../db/queries/exceptions.js';
import { insertRaw, rawIdByHash, setRawOutcome } from '../../db/queries/raw.js';
import { inTransaction } from '../../db/queries/statements.js';
import type { TransactionSet } from '../edi/index.js';
import { newSeeds, recomputeClaims, type Seeds, type Tally } from './recompute.js';
import { stageSet, type StagedSet } from './stage.js';
import { databaseSink, PartyNotes, storeContent, type EvidenceSink } from './store-set.js';
import { isStorageFailure } from '../safety/storage-errors.js';
import { sourceRef, type IngestSource, type IngestSummary } from './types.js';

export interface SetContext {
  source: IngestSource;
  now: string;
  summary: IngestSummary;
  tally: Tally;
  /** Bulk imports collect touched keys here and re-derive once per window (see import-paths.ts); otherwise per set. */
  pending?: Seeds;
}

/** The processed-at time recorded for the set: Stedi's own, or the import time. */
export const processedAtOf = (source: IngestSource, now: string): string => (source.kind === 'stedi' ? source.processedAt : now);

/** Why a set failed, without any of its data: the engine's errors name positions only. */
export function failureReason(err: unknown): string {
  if (err && typeof err === 'object' && 'code' in err && err instanceof Error) return `${String(err.code)}: ${err.message}`;
  // Store-side errors (SQLite constraints, our own bugs) carry no record data; JSON SyntaxErrors might, so they are named only.
  if (err instanceof Error && !(err instanceof SyntaxError)) return `could not store the transaction set: ${err.message.slice(0, 200)}`;
  return `could not store the transaction set: ${err instanceof Error ? err.name : 'unknown error'}`;
}

export interface SetOptions {
  existingRawId?: number; // the raw row is already kept (reprocessing, rebuild): no dedupe, no new raw row
  onFailure?: (reason: string, location: unknown) => void; // reprocessing updates its exception instead of adding one
}

/** Stores `set`, or records why it could not be stored. */
export function ingestTransactionSet(db: Db, set: TransactionSet, ctx: SetContext, opts: SetOptions = {}): 'stored' | 'duplicate' | 'exception' {
  return ingestStaged(db, stageSet(set, processedAtOf(ctx.source, ctx.now)), ctx, opts);
}

/** Where a staged set's evidence goes and how party names are noted; bulk imports pass their window. */
export interface StoreTarget { sink: EvidenceSink & { commit?(): void; rollback?(): void }; parties: PartyNotes }

export function ingestStaged(db: Db, staged: StagedSet, ctx: SetContext, opts: SetOptions = {}, target?: StoreTarget): 'stored' | 'duplicate' | 'exception' {
  const { existingRawId } = opts;
  if (existingRawId === undefined && rawIdByHash(db, staged.contentHash) !== undefined) {
    ctx.summary.duplicates++;
    return 'duplicate';
  }
  ctx.summary.transactions++;
  if (staged.warnings.length) ctx.summary.warnings++;
  const processedAt = ctx.source.kind === 'stedi' ? ctx.source.processedAt : staged.processedAt;
  const raw = (outcome: 'ok' | 'exception' | 'unsupported') => existingRawId ?? insertRaw(db, {
    contentHash: staged.contentHash, transactionSetId: staged.transactionSetId, version: staged.version, controlNumber: staged.controlNumber,
    sourceKind: ctx.source.kind, sourceRef: sourceRef(ctx.source), stediTransactionId: ctx.source.kind === 'stedi' ? ctx.source.transactionId : null,
    processedAt, importedAt: ctx.now, location: JSON.stringify(staged.location), outcome, text: staged.text,
    warnings: staged.warnings.length ? JSON.stringify(staged.warnings) : null,
  });
  const { sink, parties }: StoreTarget = target ?? { sink: databaseSink(db), parties: new PartyNotes(db) };
  let failure = staged.failure;
  if (!failure) {
    const content = staged.content!;
    try {
      inTransaction(db, () => {
        const seeds = ctx.pending ?? newSeeds();
        const unsupported = content.kind === 'unsupported';
        const rawId = raw(unsupported ? 'unsupported' : 'ok');
        if (unsupported && existingRawId !== undefined) setRawOutcome(db, rawId, 'unsupported');
        storeContent(db, content, rawId, seeds, sink, parties);
        if (!ctx.pending) recomputeClaims(db, seeds, ctx.tally);
      });
      sink.commit?.();
      return 'stored';
    } catch (err) {
      sink.rollback?.();
      parties.forget();
      if (isStorageFailure(err)) throw err; // disk full, I/O error…: not this set's fault, and the transaction is gone
      failure = err;
    }
  }
  inTransaction(db, () => {
    const rawId = raw('exception');
    if (existingRawId !== undefined) setRawOutcome(db, rawId, 'exception');
    const location = failure instanceof Error && 'location' in failure ? (failure as { location: unknown }).location : staged.location;
    if (opts.onFailure) return opts.onFailure(failureReason(failure), location);
    addException(db, {
      sourceKind: ctx.source.kind, sourceRef: sourceRef(ctx.source), rawId, transactionSetId: staged.transactionSetId === '?' ? null : staged.transactionSetId,
      location: JSON.stringify(location), reason: failureReason(failure), at: ctx.now,
    });
  });
  ctx.summary.exceptions++;
  return 'exception';
}
