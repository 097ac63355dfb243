// SQL for the Stedi sync: checkpoint, run history, the cross-process lock and the seen-transaction ledger.
import { and, asc, desc, eq, gt, inArray, isNotNull, isNull, lte, or, sql } from 'drizzle-orm';
import type { Db } from '../open.js';
import { ingestExceptions } from '../schema/exceptions.js';
import { stediTransactions, syncLock, syncRuns, syncState } from '../schema/sync.js';

export const TRANSACTIONS_STREAM = 'transactions';
export type SyncStateRow = typeof syncState.$inferSelect;
export type SyncRunRow = typeof syncRuns.$inferSelect;
export type StediTransactionRow = typeof stediTransactions.$inferSelect;
export type NewStediTransactionRow = typeof stediTransactions.$inferInsert;

export function getSyncState(db: Db, stream = TRANSACTIONS_STREAM): SyncStateRow | null {
  return db.select().from(syncState).where(eq(syncState.stream, stream)).get() ?? null;
}

/** Creates the stream's row on first use, remembering where the backfill starts. */
export function ensureSyncState(db: Db, args: { backfillFrom: string; now: string; stream?: string }): SyncStateRow {
  const stream = args.stream ?? TRANSACTIONS_STREAM;
  db.insert(syncState).values({ stream, backfillFrom: args.backfillFrom, updatedAt: args.now }).onConflictDoNothing().run();
  return getSyncState(db, stream)!;
}

export function updateSyncState(db: Db, patch: Partial<Omit<SyncStateRow, 'stream'>> & { updatedAt: string }, stream = TRANSACTIONS_STREAM): void {
  db.update(syncState).set(patch).where(eq(syncState.stream, stream)).run();
}

// ---- run history -------------------------------------------------------------------------------------------

export function insertRun(db: Db, args: { id: string; trigger: string; startedAt: string }): void {
  db.insert(syncRuns).values({ ...args, outcome: 'running' }).run();
}

export type RunCounts = Pick<SyncRunRow, 'pages' | 'seen' | 'ingested' | 'skipped' | 'failed' | 'lastProcessedAt' | 'phase'>;

export function updateRunCounts(db: Db, id: string, counts: RunCounts): void {
  db.update(syncRuns).set(counts).where(eq(syncRuns.id, id)).run();
}

export function finishRun(db: Db, id: string, args: RunCounts & { outcome: string; error: string | null; finishedAt: string }): void {
  db.update(syncRuns).set(args).where(eq(syncRuns.id, id)).run();
}

export function listRuns(db: Db, limit = 50): SyncRunRow[] {
  return db.select().from(syncRuns).orderBy(desc(syncRuns.startedAt), desc(syncRuns.id)).limit(limit).all();
}

/** Runs left 'running' by a process that died: closed so the history does not show them running forever. */
export function closeAbandonedRuns(db: Db, args: { finishedAt: string; exceptId?: string }): number {
  const rows = db.select({ id: syncRuns.id }).from(syncRuns).where(eq(syncRuns.outcome, 'running')).all()
    .filter((r) => r.id !== args.exceptId);
  for (const r of rows) {
    db.update(syncRuns).set({ outcome: 'failed', error: 'The app stopped before this run finished.', finishedAt: args.finishedAt })
      .where(eq(syncRuns.id, r.id)).run();
  }
  return rows.length;
}

// ---- lock ----------------------------------------------------------------------------------------------------

export interface LockArgs {
  name: string;
  owner: string;
  nowMs: number;
  ttlMs: number;
  /** True when the current holder is known to be dead (same host, pid gone): no need to wait for expiry. */
  holderIsDead?: (owner: string) => boolean;
}

/** Takes the lock if it is free, expired, ours, or held by a dead process. Atomic (BEGIN IMMEDIATE). */
export function tryAcquireLock(db: Db, args: LockArgs): { acquired: true } | { acquired: false; owner: string } {
  return db.transaction((tx) => {
    const row = tx.select().from(syncLock).where(eq(syncLock.name, args.name)).get();
    const free = !row || row.owner === args.owner || row.expiresAtMs <= args.nowMs || (args.holderIsDead?.(row.owner) ?? false);
    if (!free) return { acquired: false as const, owner: row.owner };
    const at = new Date(args.nowMs).toISOString();
    const values = { name: args.name, owner: args.owner, acquiredAt: at, heartbeatAt: at, expiresAtMs: args.nowMs + args.ttlMs };
    tx.insert(syncLock).values(values).onConflictDoUpdate({ target: syncLock.name, set: values }).run();
    return { acquired: true as const };
  }, { behavior: 'immediate' });
}

/** Extends our lease; false when someone else has taken the lock meanwhile (we must stop). */
export function heartbeatLock(db: Db, args: Omit<LockArgs, 'holderIsDead'>): boolean {
  const res = db.update(syncLock)
    .set({ heartbeatAt: new Date(args.nowMs).toISOString(), expiresAtMs: args.nowMs + args.ttlMs })
    .where(and(eq(syncLock.name, args.name), eq(syncLock.owner, args.owner))).run();
  return res.changes === 1;
}

export function releaseLock(db: Db, args: { name: string; owner: string }): void {
  db.delete(syncLock).where(and(eq(syncLock.name, args.name), eq(syncLock.owner, args.owner))).run();
}

export function getLock(db: Db, name: string): typeof syncLock.$inferSelect | null {
  return db.select().from(syncLock).where(eq(syncLock.name, name)).get() ?? null;
}

// ---- transactions seen -----------------------------------------------------------------------------------------

export function knownTransactions(db: Db, ids: readonly string[]): Map<string, StediTransactionRow> {
  const out = new Map<string, StediTransactionRow>();
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    for (const row of db.select().from(stediTransactions).where(inArray(stediTransactions.transactionId, chunk)).all()) {
      out.set(row.transactionId, row);
    }
  }
  return out;
}

export function getStediTransaction(db: Db, id: string): StediTransactionRow | null {
  return db.select().from(stediTransactions).where(eq(stediTransactions.transactionId, id)).get() ?? null;
}

/** Records the outcome for one transaction; the first-seen time survives later updates. */
export function upsertStediTransaction(db: Db, row: NewStediTransactionRow): void {
  const { transactionId: _id, firstSeenAt: _first, ...update } = row;
  db.insert(stediTransactions).values(row).onConflictDoUpdate({ target: stediTransactions.transactionId, set: update }).run();
}

/** Failed transactions whose retry time has come, oldest first. */
/** `clockSetBackAfter`: a retry time later than this was computed by a clock that has since been set back (no
 *  backoff is that long), so it is due now rather than months from now. */
export function dueFailures(db: Db, args: { now: string; maxAttempts: number; limit: number; clockSetBackAfter?: string }): StediTransactionRow[] {
  return db.select().from(stediTransactions)
    .where(and(
      eq(stediTransactions.disposition, 'failed'),
      isNotNull(stediTransactions.nextAttemptAt),
      or(lte(stediTransactions.nextAttemptAt, args.now), args.clockSetBackAfter ? gt(stediTransactions.nextAttemptAt, args.clockSetBackAfter) : undefined),
      sql`${stediTransactions.attempts} < ${args.maxAttempts}`,
    ))
    .orderBy(asc(stediTransactions.processedAt))
    .limit(args.limit)
    .all();
}

export function countByDisposition(db: Db): Record<string, number> {
  const rows = db.select({ d: stediTransactions.disposition, n: sql<number>`count(*)` }).from(stediTransactions)
    .groupBy(stediTransactions.disposition).all();
  return Object.fromEntries(rows.map((r) => [r.d, Number(r.n)]));
}

// ---- the exception log (the store's table): download failures the sync could not turn into raw X12 -------------

/** Opens, or bumps, the one open exception for a Stedi transaction whose document could not be fetched or stored. */
export function logStediFailure(db: Db, args: { transactionId: string; transactionSet: string | null; reason: string; at: string; nextRetryAt: string | null }): void {
  const open = db.select({ id: ingestExceptions.id }).from(ingestExceptions).where(and(
    eq(ingestExceptions.sourceKind, 'stedi'), eq(ingestExceptions.sourceRef, args.transactionId),
    isNull(ingestExceptions.rawId), eq(ingestExceptions.resolved, false),
  )).get();
  if (open) {
    db.update(ingestExceptions).set({
      attempts: sql`${ingestExceptions.attempts} + 1`, reason: args.reason, nextRetryAt: args.nextRetryAt, updatedAt: args.at,
    }).where(eq(ingestExceptions.id, open.id)).run();
    return;
  }
  db.insert(ingestExceptions).values({
    sourceKind: 'stedi', sourceRef: args.transactionId, rawId: null, transactionSetId: args.transactionSet, location: null,
    reason: args.reason, attempts: 1, nextRetryAt: args.nextRetryAt, createdAt: args.at, updatedAt: args.at,
  }).run();
}

/** Closes the sync's open exception for a transaction once it has been taken in. */
export function resolveStediFailure(db: Db, transactionId: string, at: string): void {
  db.update(ingestExceptions).set({ resolved: true, resolvedAt: at, nextRetryAt: null, updatedAt: at }).where(and(
    eq(ingestExceptions.sourceKind, 'stedi'), eq(ingestExceptions.sourceRef, transactionId),
    isNull(ingestExceptions.rawId), eq(ingestExceptions.resolved, false),
  )).run();
}
