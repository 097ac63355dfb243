// The office's own state on claims: note, follow-up date, worked flag. Never touched by ingest or rebuild.
import type { Db } from '../open.js';
import { inTransaction, stmt } from './statements.js';

export interface ClaimWorkflow { claimId: number; note: string | null; followUpOn: string | null; worked: boolean; updatedAt: string }

const upsert = (column: 'note' | 'follow_up_on' | 'worked') => `INSERT INTO claim_workflow (claim_id, anchor, ${column}, updated_at)
  SELECT id, anchor, ?, ? FROM claims WHERE id = ? ON CONFLICT (claim_id) DO UPDATE SET ${column} = excluded.${column}, updated_at = excluded.updated_at`;

/** Returns false when the claim does not exist. */
export function setClaimNote(db: Db, claimId: number, note: string | null, now: string): boolean {
  return stmt(db, upsert('note')).run(note?.trim() ? note : null, now, claimId).changes > 0;
}

export function setFollowUp(db: Db, claimId: number, followUpOn: string | null, now: string): boolean {
  return stmt(db, upsert('follow_up_on')).run(followUpOn, now, claimId).changes > 0;
}

/** Marks many claims worked (or not) at once; returns how many existed. */
export function setWorked(db: Db, claimIds: readonly number[], worked: boolean, now: string): number {
  return inTransaction(db, () => claimIds.reduce((n, id) => n + stmt(db, upsert('worked')).run(worked ? 1 : 0, now, id).changes, 0));
}

export function getWorkflow(db: Db, claimId: number): ClaimWorkflow | null {
  const r = stmt(db, `SELECT claim_id AS claimId, note, follow_up_on AS followUpOn, worked, updated_at AS updatedAt FROM claim_workflow
    WHERE claim_id = ?`).get(claimId) as (Omit<ClaimWorkflow, 'worked'> & { worked: number }) | undefined;
  return r ? { ...r, worked: r.worked === 1 } : null;
}
