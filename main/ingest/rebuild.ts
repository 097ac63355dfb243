// Rebuilds every derived table by replaying the kept raw transactions, e.g. after a correlation fix.
// Workflow notes survive: each is re-attached to whichever claim now holds the evidence it was anchored to.
import { basename } from 'node:path';
import type { Db } from '../../db/open.js';
import { addException, clearRawExceptions } from '../../db/queries/exceptions.js';
import { allRawIds, getRawTransaction } from '../../db/queries/raw.js';
import { inTransaction, stmt } from '../../db/queries/statements.js';
import { parseX12Text } from '../edi/index.js';
import { failureReason, ingestTransactionSet, type SetContext } from './ingest-set.js';
import { isStorageFailure } from '../safety/storage-errors.js';
import { rebaseLocations } from './replay-locations.js';
import { emptySummary, type IngestSource, type IngestSummary } from './types.js';

const DERIVED_AND_EVIDENCE = ['claim_timelines', 'claim_adjustments', 'claim_flags', 'claims', 'submissions', 'status_reports',
  'set_acknowledgments', 'claim_payments', 'provider_adjustments', 'remittances', 'payers', 'providers'];

export interface SavedWorkflow { anchor: string; note: string | null; followUpOn: string | null; worked: number; updatedAt: string }

export function rebuildFromRaw(db: Db, now: string): IngestSummary {
  return inTransaction(db, () => {
    const saved = stmt(db, `SELECT anchor, note, follow_up_on AS followUpOn, worked, updated_at AS updatedAt FROM claim_workflow`).all() as SavedWorkflow[];
    for (const table of DERIVED_AND_EVIDENCE) db.$client.exec(`DELETE FROM ${table}`);
    db.$client.exec("INSERT INTO claims_fts (claims_fts) VALUES ('delete-all')");
    db.$client.exec('DELETE FROM claim_workflow');
    clearRawExceptions(db);
    const ctx: SetContext = { source: { kind: 'file', path: '' }, now, summary: emptySummary(), tally: { created: new Set(), updated: new Set() } };
    for (const id of allRawIds(db)) replayRawSet(db, id, ctx, now);
    reattachWorkflow(db, saved);
    return { ...ctx.summary, files: 0, claimsCreated: ctx.tally.created.size, claimsUpdated: 0 };
  });
}

/**
 * One kept transaction set through the ingestion path again, as it first came in: same source, same locations, and
 * for a file the time it was first imported. A set that fails goes to the exception log; a full disk stops the replay.
 */
export function replayRawSet(db: Db, id: number, ctx: SetContext, nowIso: string): void {
  const raw = getRawTransaction(db, id)!;
  if (raw.outcome === 'split') return; // its sets live in rows of their own
  ctx.source = raw.sourceKind === 'stedi'
    ? { kind: 'stedi', transactionId: raw.sourceRef, processedAt: raw.processedAt }
    : { kind: raw.sourceKind as IngestSource['kind'] & ('file' | 'demo'), path: raw.sourceRef };
  ctx.now = raw.sourceKind === 'stedi' ? nowIso : raw.processedAt;
  try {
    const sets = parseX12Text(raw.text, { file: fileLabel(raw.sourceKind, raw.sourceRef) }).sets;
    if (sets.length !== 1 || raw.transactionSetId === '?') throw new Error('kept text is not a single transaction set');
    rebaseLocations(sets[0]!, raw.location);
    ingestTransactionSet(db, sets[0]!, ctx, { existingRawId: raw.id });
  } catch (err) {
    if (isStorageFailure(err)) throw err;
    addException(db, { sourceKind: ctx.source.kind, sourceRef: raw.sourceRef, rawId: raw.id, transactionSetId: null, location: null, reason: failureReason(err), at: nowIso });
    ctx.summary.exceptions++;
  }
}

/** Puts each saved note back on whichever claim now holds the evidence it was anchored to. Returns how many found one. */
export function reattachWorkflow(db: Db, saved: readonly SavedWorkflow[]): number {
  let attached = 0;
  const find = stmt(db, `SELECT claim_id FROM submissions WHERE sort_key = ? UNION ALL SELECT claim_id FROM status_reports WHERE sort_key = ?
    UNION ALL SELECT claim_id FROM claim_payments WHERE sort_key = ? LIMIT 1`).pluck();
  const insert = stmt(db, `INSERT OR IGNORE INTO claim_workflow (claim_id, anchor, note, follow_up_on, worked, updated_at)
    SELECT id, anchor, ?, ?, ?, ? FROM claims WHERE id = ?`);
  for (const w of saved) {
    const claimId = find.get(w.anchor, w.anchor, w.anchor) as number | null | undefined;
    if (claimId != null) attached += insert.run(w.note, w.followUpOn, w.worked, w.updatedAt, claimId).changes;
  }
  return attached;
}

/** The name a set's locations carry, as at first ingest: a file's base name (folders can name patients), or the Stedi id. */
export const fileLabel = (sourceKind: string, sourceRef: string): string => (sourceKind === 'stedi' ? `stedi:${sourceRef}` : basename(sourceRef));
