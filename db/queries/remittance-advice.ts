// Loads one remittance (or one claim payment within it) with its claims, lines and PLB rows: the remittance
// advice PDF's input. Reads the store's tables; JSON columns are decoded defensively (a bad row prints empty, never throws).
import type { RemitAdjustment, RemitLine, RemittanceAdvice } from '../../main/export/pdf/remittance-model.js';
import type { Db } from '../open.js';
import { codecs } from './evidence-codec.js';

interface RemittanceRow {
  id: number; payerName: string | null; payerId: string | null; payeeName: string | null; payeeNpi: string | null; traceNumber: string;
  paymentMethod: string | null; paymentDate: string | null; productionDate: string | null; paymentCents: number; duplicateOf: number | null;
}

interface PaymentRow {
  id: number; claimId: number | null; patientName: string | null; memberId: string | null; pcn: string; pcc: string | null; statusCode: string;
  renderingNpi: string | null; serviceFrom: string | null; serviceTo: string | null; chargeCents: number; paidCents: number;
  patientRespCents: number; adjustments: string; lines: string; detail: string;
}

/** The advice for remittance `remittanceId`, or just its payment for claim `claimId` when given. Null when unknown. */
export function loadRemittanceAdvice(db: Db, remittanceId: number, claimId: number | null = null): RemittanceAdvice | null {
  const remittance = db.$client.prepare(`SELECT id, payer_name AS payerName, payer_id AS payerId, payee_name AS payeeName,
    payee_npi AS payeeNpi, trace_number AS traceNumber, payment_method AS paymentMethod, payment_date AS paymentDate,
    production_date AS productionDate, payment_cents AS paymentCents, duplicate_of AS duplicateOf FROM remittances WHERE id = ?`)
    .get(remittanceId) as RemittanceRow | undefined;
  if (!remittance) return null;
  const payments = db.$client.prepare(`SELECT id, claim_id AS claimId, patient_name AS patientName, member_id AS memberId, pcn, pcc,
    status_code AS statusCode, rendering_npi AS renderingNpi, service_from AS serviceFrom, service_to AS serviceTo,
    charge_cents AS chargeCents, paid_cents AS paidCents, patient_resp_cents AS patientRespCents, adjustments, lines, detail
    FROM claim_payments WHERE remittance_id = ? ${claimId === null ? '' : 'AND claim_id = ?'} ORDER BY ordinal`)
    .all(...(claimId === null ? [remittanceId] : [remittanceId, claimId])) as PaymentRow[];
  if (claimId !== null && payments.length === 0) return null;
  const plb = db.$client.prepare(`SELECT provider_id AS providerId, fiscal_period_date AS fiscalPeriodDate, reason_code AS reasonCode,
    reference, amount_cents AS amountCents FROM provider_adjustments WHERE remittance_id = ? ORDER BY id`).all(remittanceId) as RemittanceAdvice['providerAdjustments'];
  return {
    ...remittance,
    onlyClaimId: claimId,
    providerAdjustments: plb,
    claims: payments.map((p) => ({
      id: p.id, patientName: p.patientName, memberId: p.memberId, patientControlNumber: p.pcn, payerClaimNumber: p.pcc,
      statusCode: p.statusCode, renderingNpi: p.renderingNpi, serviceFrom: p.serviceFrom, serviceTo: p.serviceTo,
      chargeCents: p.chargeCents, paidCents: p.paidCents, patientRespCents: p.patientRespCents,
      adjustments: adjustmentsOf(decoded(() => codecs.adjustments.decode(p.adjustments))),
      remarkCodes: stringsOf(decoded(() => codecs.paymentDetail.decode(p.detail))?.remarkCodes),
      lines: (decoded(() => codecs.paymentLines.decode(p.lines)) ?? []).map((l) => lineOf(l as unknown as Record<string, unknown>)),
    })),
  };
}

/** Remittances that paid a claim, newest first: which advice to offer on a claim's page. */
export function remittancesForClaim(db: Db, claimId: number): { remittanceId: number; traceNumber: string; at: string }[] {
  return db.$client.prepare(`SELECT DISTINCT remittance_id AS remittanceId, trace_number AS traceNumber, at FROM claim_payments
    WHERE claim_id = ? ORDER BY at DESC`).all(claimId) as { remittanceId: number; traceNumber: string; at: string }[];
}

function lineOf(l: Record<string, unknown>): RemitLine {
  return {
    procedure: str(l.procedure), serviceFrom: str(l.serviceFrom), serviceTo: str(l.serviceTo), unitsPaid: str(l.unitsPaid),
    chargeCents: int(l.chargeCents), paidCents: int(l.paidCents), allowedCents: typeof l.allowedCents === 'number' ? l.allowedCents : null,
    adjustments: adjustmentsOf(l.adjustments), remarkCodes: stringsOf(l.remarkCodes),
  };
}

function decoded<T>(decode: () => T): T | null {
  try { return decode(); } catch { return null; }
}

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const int = (v: unknown): number => (typeof v === 'number' && Number.isSafeInteger(v) ? v : 0);
const stringsOf = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const adjustmentsOf = (v: unknown): RemitAdjustment[] => (Array.isArray(v) ? v : [])
  .filter((a): a is Record<string, unknown> => typeof a === 'object' && a !== null)
  .map((a) => ({ group: String(a.group ?? ''), reason: String(a.reason ?? ''), amountCents: int(a.amountCents) }));
