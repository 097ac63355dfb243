// The exception log: transaction sets (or whole files) that could not be taken in, and their retry state.
import type { Db } from '../open.js';
import { stmt } from './statements.js';

export interface NewException {
  sourceKind: 'file' | 'stedi' | 'demo';
  sourceRef: string;
  rawId: number | null;
  transactionSetId: string | null;
  location: string | null; // JSON Location
  reason: string;
  at: string;
}

export interface ExceptionRow {
  id: number; sourceKind: string; sourceRef: string; rawId: number | null; transactionSetId: string | null;
  location: unknown; reason: string; attempts: number; nextRetryAt: string | null; resolved: boolean; resolvedAt: string | null;
  createdAt: string; updatedAt: string;
}

const COLUMNS = `id, source_kind AS sourceKind, source_ref AS sourceRef, raw_id AS rawId, transaction_set_id AS transactionSetId, location,
  reason, attempts, next_retry_at AS nextRetryAt, resolved, resolved_at AS resolvedAt, created_at AS createdAt, updated_at AS updatedAt`;
const toRow = (r: Record<string, unknown>): ExceptionRow =>
  ({ ...r, resolved: r.resolved === 1, location: r.location ? JSON.parse(r.location as string) : null } as ExceptionRow);

export function addException(db: Db, e: NewException): number {
  return Number(stmt(db, `INSERT INTO ingest_exceptions (source_kind, source_ref, raw_id, transaction_set_id, location, reason, created_at, updated_at)
    VALUES (@sourceKind, @sourceRef, @rawId, @transactionSetId, @location, @reason, @at, @at)`).run(e).lastInsertRowid);
}

export function getException(db: Db, id: number): ExceptionRow | null {
  const r = stmt(db, `SELECT ${COLUMNS} FROM ingest_exceptions WHERE id = ?`).get(id) as Record<string, unknown> | undefined;
  return r ? toRow(r) : null;
}

/** Open exceptions first, newest first; keyset on id. */
export function listExceptions(db: Db, q: { resolved?: boolean; afterId?: number; limit?: number } = {}): ExceptionRow[] {
  return (stmt(db, `SELECT ${COLUMNS} FROM ingest_exceptions WHERE resolved = ? AND id < ? ORDER BY id DESC LIMIT ?`)
    .all(q.resolved ? 1 : 0, q.afterId ?? Number.MAX_SAFE_INTEGER, q.limit ?? 100) as Array<Record<string, unknown>>).map(toRow);
}

export const openExceptionCount = (db: Db): number =>
  stmt(db, 'SELECT count(*) FROM ingest_exceptions WHERE resolved = 0').pluck().get() as number;

export function markExceptionResolved(db: Db, id: number, at: string): void {
  stmt(db, 'UPDATE ingest_exceptions SET resolved = 1, resolved_at = ?, next_retry_at = NULL, updated_at = ? WHERE id = ?').run(at, at, id);
}

export function recordRetryFailure(db: Db, id: number, reason: string, at: string, nextRetryAt: string): void {
  stmt(db, `UPDATE ingest_exceptions SET attempts = attempts + 1, reason = ?, next_retry_at = ?, updated_at = ? WHERE id = ?`)
    .run(reason, nextRetryAt, at, id);
}

/** Exceptions tied to a raw set are recreated by a rebuild; file-level ones (no raw) stay. */
export const clearRawExceptions = (db: Db): void => { stmt(db, 'DELETE FROM ingest_exceptions WHERE raw_id IS NOT NULL AND resolved = 0').run(); };
