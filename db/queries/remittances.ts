// 835 remittance headers and PLB rows, and the duplicate-ERA bookkeeping: the same payer, trace number and amount
// arriving in a new transaction is one payment, counted once.
import type { ProviderAdjustment } from '../../main/edi/model.js';
import type { Db } from '../open.js';
import { stmt } from './statements.js';

export interface NewRemittance {
  rawId: number; sortKey: string; payerId: string | null; payerName: string | null; payeeNpi: string | null; payeeName: string | null;
  traceNumber: string; paymentCents: number; handlingCode: string; paymentMethod: string | null; paymentDate: string | null;
  productionDate: string | null; at: string; claimCount: number; findings: string;
}

export function insertRemittance(db: Db, r: NewRemittance, plb: readonly ProviderAdjustment[]): number {
  const id = Number(stmt(db, `INSERT INTO remittances (raw_id, sort_key, payer_id, payer_name, payee_npi, payee_name, trace_number,
    payment_cents, handling_code, payment_method, payment_date, production_date, at, claim_count, findings)
    VALUES (@rawId, @sortKey, @payerId, @payerName, @payeeNpi, @payeeName, @traceNumber, @paymentCents, @handlingCode, @paymentMethod,
    @paymentDate, @productionDate, @at, @claimCount, @findings)`).run(r).lastInsertRowid);
  const insertPlb = stmt(db, `INSERT INTO provider_adjustments (remittance_id, provider_id, fiscal_period_date, reason_code, reference, amount_cents)
    VALUES (?, ?, ?, ?, ?, ?)`);
  for (const p of plb) insertPlb.run(id, p.providerId, p.fiscalPeriodDate, p.reasonCode, p.reference, p.amountCents);
  return id;
}

/**
 * Re-decides which copy of a payment is the original among remittances with this payer, trace number and amount:
 * the one that sorts first (content hash), so the answer is the same in any import order. Updates the stored marks
 * and returns the remittances whose mark changed (a bulk import also marks the payments it holds in memory).
 */
export function reconcileDuplicates(db: Db, payerId: string | null, traceNumber: string, paymentCents: number): Array<{ remittanceId: number; duplicate: boolean }> {
  const group = stmt(db, `SELECT id, duplicate_of AS duplicateOf FROM remittances
    WHERE trace_number = ? AND payment_cents = ? AND coalesce(payer_id, '') = coalesce(?, '') ORDER BY sort_key`)
    .all(traceNumber, paymentCents, payerId) as Array<{ id: number; duplicateOf: number | null }>;
  if (group.length < 2 && group[0]?.duplicateOf == null) return [];
  const original = group[0]?.id;
  const changed: Array<{ remittanceId: number; duplicate: boolean }> = [];
  for (const r of group) {
    const want = r.id === original ? null : original!;
    if (r.duplicateOf === want) continue;
    stmt(db, 'UPDATE remittances SET duplicate_of = ? WHERE id = ?').run(want, r.id);
    stmt(db, 'UPDATE claim_payments SET duplicate = ? WHERE remittance_id = ?').run(want === null ? 0 : 1, r.id);
    changed.push({ remittanceId: r.id, duplicate: want !== null });
  }
  return changed;
}

/** reconcileDuplicates, answered as the patient control number keys of the stored payments whose mark changed. */
export function resolveDuplicateRemittances(db: Db, payerId: string | null, traceNumber: string, paymentCents: number): string[] {
  return reconcileDuplicates(db, payerId, traceNumber, paymentCents)
    .flatMap((c) => stmt(db, 'SELECT DISTINCT pcn_key FROM claim_payments WHERE remittance_id = ?').pluck().all(c.remittanceId) as string[]);
}

/** A freshly inserted remittance starts as original; mark its payments when it turns out to be a copy. */
export const remittanceIsDuplicate = (db: Db, id: number): boolean =>
  (stmt(db, 'SELECT duplicate_of FROM remittances WHERE id = ?').pluck().get(id) ?? null) !== null;
