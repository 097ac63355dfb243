// The audit log's only writer and reader. Entries form a hash chain: hash = sha256(prev_hash + this entry's
// content), so an edited, inserted, reordered or deleted row breaks verification from that row on.
import { createHash } from 'node:crypto';
import { and, desc, eq, lt, type SQL } from 'drizzle-orm';
import type { Db } from '../open.js';
import { auditLog } from '../schema/audit.js';

/** prev_hash of the first entry. */
export const AUDIT_GENESIS = '0'.repeat(64);

export type AuditAction = 'export' | 'print' | 'key_change' | 'restore' | 'reprocess' | (string & {});

export interface AuditInput {
  action: AuditAction;
  subject: string;
  actor?: string | null;
  /** Plain JSON: what, how many rows, which filters, where to. Stored and hashed as one JSON string. */
  detail: Record<string, unknown>;
}

export interface AuditEntry {
  seq: number;
  at: string;
  action: string;
  subject: string;
  actor: string | null;
  detail: Record<string, unknown>;
  prevHash: string;
  hash: string;
}

type AuditRow = typeof auditLog.$inferSelect;

/** The chain step. Fields go in as a JSON array so no two different entries can produce the same text. */
export function auditHash(prevHash: string, row: Omit<AuditRow, 'prevHash' | 'hash'>): string {
  const content = JSON.stringify([row.seq, row.at, row.action, row.subject, row.actor, row.detail]);
  return createHash('sha256').update(prevHash).update('\n').update(content).digest('hex');
}

/** Appends one entry. IMMEDIATE, so two processes (the app and a scheduled CLI) never fork the chain. */
export function appendAudit(db: Db, input: AuditInput, now: Date): AuditEntry {
  return db.transaction((tx) => {
    const last = tx.select({ seq: auditLog.seq, hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.seq)).limit(1).get();
    const base = {
      seq: (last?.seq ?? 0) + 1,
      at: now.toISOString(),
      action: input.action,
      subject: input.subject,
      actor: input.actor ?? null,
      detail: JSON.stringify(input.detail),
    };
    const prevHash = last?.hash ?? AUDIT_GENESIS;
    const row: AuditRow = { ...base, prevHash, hash: auditHash(prevHash, base) };
    tx.insert(auditLog).values(row).run();
    return toEntry(row);
  }, { behavior: 'immediate' });
}

export interface AuditListQuery {
  /** Keyset cursor: entries with a smaller seq than this. */
  beforeSeq?: number;
  limit: number;
  action?: string;
}

/** Newest first, one keyset page (Settings → Audit log). */
export function listAudit(db: Db, q: AuditListQuery): AuditEntry[] {
  const where: (SQL | undefined)[] = [
    q.beforeSeq === undefined ? undefined : lt(auditLog.seq, q.beforeSeq),
    q.action === undefined ? undefined : eq(auditLog.action, q.action),
  ];
  return db.select().from(auditLog).where(and(...where)).orderBy(desc(auditLog.seq)).limit(q.limit).all().map(toEntry);
}

/** Every entry in chain order, streamed (for exporting the log itself). */
export function* iterateAudit(db: Db): Generator<AuditEntry> {
  const statement = db.$client.prepare('SELECT seq, at, action, subject, actor, detail, prev_hash AS prevHash, hash FROM audit_log ORDER BY seq');
  for (const row of statement.iterate() as IterableIterator<AuditRow>) yield toEntry(row);
}

export type AuditVerification =
  | { ok: true; entries: number; headHash: string }
  | { ok: false; entries: number; badSeq: number; problem: 'gap' | 'link' | 'content'; message: string };

/** Walks the whole chain. The first broken link is reported; everything before it is trustworthy. */
export function verifyAudit(db: Db): AuditVerification {
  let expectedSeq = 1;
  let prevHash = AUDIT_GENESIS;
  const rows = db.$client.prepare('SELECT seq, at, action, subject, actor, detail, prev_hash AS prevHash, hash FROM audit_log ORDER BY seq');
  for (const row of rows.iterate() as IterableIterator<AuditRow>) {
    const entries = expectedSeq - 1;
    if (row.seq !== expectedSeq) {
      return { ok: false, entries, badSeq: row.seq, problem: 'gap', message: `Audit entry ${expectedSeq} is missing (next entry is ${row.seq}).` };
    }
    if (row.prevHash !== prevHash) {
      return { ok: false, entries, badSeq: row.seq, problem: 'link', message: `Audit entry ${row.seq} does not follow entry ${row.seq - 1}: an entry before it was changed or removed.` };
    }
    if (auditHash(row.prevHash, row) !== row.hash) {
      return { ok: false, entries, badSeq: row.seq, problem: 'content', message: `Audit entry ${row.seq} was changed after it was written.` };
    }
    prevHash = row.hash;
    expectedSeq += 1;
  }
  return { ok: true, entries: expectedSeq - 1, headHash: prevHash };
}

function toEntry(row: AuditRow): AuditEntry {
  let detail: Record<string, unknown>;
  try { detail = JSON.parse(row.detail) as Record<string, unknown>; } catch { detail = { unreadable: row.detail }; }
  return { ...row, detail };
}
