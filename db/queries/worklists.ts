// Worklists: the claims and payments someone has to act on.
import type { Db } from '../open.js';
import { daysBefore } from './claim-filter.js';
import { listClaims, type ClaimListQuery, type ClaimListRow } from './claims-list.js';
import { stmt } from './statements.js';

const workedSql = (worked: boolean | undefined) =>
  (worked === undefined ? '' : `AND coalesce((SELECT worked FROM claim_workflow w WHERE w.claim_id = c.id), 0) = ${worked ? 1 : 0}`);

/** Rejected claims grouped by the status code behind the rejection (STC category:status:entity, or 999 IK5).
 *  Drill down with the claim filter { rejectionCode: statusCode ?? '' }. `worked: false` leaves worked claims out. */
export function rejectionsByReason(db: Db, q: { worked?: boolean } = {}): Array<{ statusCode: string | null; claims: number; chargeCents: number }> {
  return stmt(db, `SELECT status_code AS statusCode, count(*) AS claims, sum(charge_cents) AS chargeCents FROM claims c INDEXED BY claims_rejection_list
    WHERE status = 'rejected' ${workedSql(q.worked)} GROUP BY status_code ORDER BY claims DESC, statusCode`).all() as Array<{ statusCode: string | null; claims: number; chargeCents: number }>;
}

/**
 * Denied claims grouped by the adjustment that explains each denial (claims.denial_group / denial_reason, see
 * main/store/denial-reason.ts): every denied claim counts in exactly one group. Dollars at risk = charge − paid of
 * the group's claims. `worked: false` leaves worked claims out. Reads only the claims_denials index (and the workflow
 * table when `worked` is given): a million-claim store answers in a few tens of ms.
 * Drill down with the claim filter { denialReason: `${group}-${reason}` }.
 */
export function denialsByCarc(db: Db, q: { worked?: boolean } = {}): Array<{ group: string; reason: string; claims: number; atRiskCents: number }> {
  return stmt(db, `SELECT coalesce(c.denial_group, '') AS "group", coalesce(c.denial_reason, '') AS reason, count(*) AS claims,
    sum(c.charge_cents - c.paid_cents) AS atRiskCents FROM claims c INDEXED BY claims_denials WHERE c.status = 'denied' ${workedSql(q.worked)}
    GROUP BY c.denial_group, c.denial_reason ORDER BY atRiskCents DESC, claims DESC`)
    .all() as Array<{ group: string; reason: string; claims: number; atRiskCents: number }>;
}

export interface StaleQuery {
  today: string; // YYYY-MM-DD
  kind: 'no_acknowledgment' | 'no_payment';
  days?: number; // default threshold: 7 days for an acknowledgment, 30 for a payment
  perPayerDays?: Record<string, number>; // payer id → its own threshold
  worked?: boolean; // only claims the office has (true) or has not (false) marked worked
  cursor?: string | null;
  limit?: number;
}

/** Claims waiting too long: no 277CA / 999 after N days, or accepted but no ERA after N days (per-payer N). All of
 *  their ids, and their unpaid charges in all. */
export function staleClaimIds(db: Db, q: Omit<StaleQuery, 'cursor' | 'limit'>): { ids: number[]; amountCents: number } {
  const base = q.days ?? (q.kind === 'no_acknowledgment' ? 7 : 30);
  const overrides = Object.entries(q.perPayerDays ?? {});
  const cutoffs = JSON.stringify(overrides.map(([payer, days]) => [payer, daysBefore(q.today, days)]));
  const column = q.kind === 'no_acknowledgment' ? 'submitted_at' : 'coalesce(acknowledged_at, submitted_at)';
  const status = q.kind === 'no_acknowledgment' ? `status = 'submitted'` : `status IN ('accepted', 'pending')`;
  const found = stmt(db, `SELECT id, charge_cents - paid_cents AS unpaid FROM claims c WHERE ${status} AND ${column} IS NOT NULL AND ${column} < coalesce(
      (SELECT json_extract(value, '$[1]') FROM json_each(?) WHERE json_extract(value, '$[0]') = c.payer_id), ?) ${workedSql(q.worked)}`)
    .raw().all(cutoffs, daysBefore(q.today, base)) as Array<[number, number]>;
  return { ids: found.map(([id]) => id), amountCents: found.reduce((sum, [, unpaid]) => sum + unpaid, 0) };
}

/** One page of the stale claims, oldest submission first, and how many there are in all (the page alone would cap it). */
export function staleClaims(db: Db, q: StaleQuery): { rows: ClaimListRow[]; nextCursor: string | null; count: number; amountCents: number } {
  const { ids, amountCents } = staleClaimIds(db, q);
  // the ids lead the page however many there are: sorting them beats walking the whole submitted-at index
  const query: ClaimListQuery = { claimIds: ids, fewRows: ids.length, sort: { column: 'submittedAt', dir: 'asc' }, cursor: q.cursor ?? null, limit: q.limit ?? 100 };
  return { ...listClaims(db, query), count: ids.length, amountCents };
}

/** How many remittances are unbalanced and how many repeat an earlier one (the lists below show the newest 200). */
export const remittanceIssueCounts = (db: Db): { unbalanced: number; duplicates: number } =>
  stmt(db, `SELECT coalesce(sum(findings <> '[]'), 0) AS unbalanced, coalesce(sum(duplicate_of IS NOT NULL), 0) AS duplicates FROM remittances`).get() as { unbalanced: number; duplicates: number };

/** Remittances whose totals do not add up (BPR02 ≠ Σ CLP04 − Σ PLB), with the engine's findings. */
export function unbalancedRemittances(db: Db, limit = 200): Array<{ id: number; traceNumber: string; payerName: string | null; paymentCents: number; at: string; findings: unknown }> {
  return (stmt(db, `SELECT id, trace_number AS traceNumber, payer_name AS payerName, payment_cents AS paymentCents, at, findings FROM remittances
    WHERE findings <> '[]' ORDER BY at DESC, id DESC LIMIT ?`).all(limit) as Array<Record<string, unknown>>)
    .map((r) => ({ ...r, findings: JSON.parse(r.findings as string) })) as never;
}

/** ERAs that repeat an earlier one (same payer, trace number and amount): shown, never counted. */
export function duplicateRemittances(db: Db, limit = 200): Array<{ id: number; originalId: number; traceNumber: string; payerName: string | null; paymentCents: number; at: string }> {
  return stmt(db, `SELECT id, duplicate_of AS originalId, trace_number AS traceNumber, payer_name AS payerName, payment_cents AS paymentCents, at
    FROM remittances WHERE duplicate_of IS NOT NULL ORDER BY at DESC, id DESC LIMIT ?`).all(limit) as never;
}

/** Claims known only from responses (no 837 seen): ERAs for claims another system sent, or 837s not imported yet. */
export const orphanClaims = (db: Db, q: Pick<ClaimListQuery, 'cursor' | 'limit'> = {}) => listClaims(db, { ...q, flags: ['no_submission'] });
