// Evidence rows: inserted once per transaction set, found again by correlation key, and regrouped onto claims.
import type { AckDraft, PaymentDraft, ReportDraft, SubmissionDraft } from '../../main/store/from-model.js';
import type { AckEvidence, ClaimEvidence, PaymentEvidence, ReportEvidence, SubmissionEvidence } from '../../main/store/evidence.js';
import type { Db } from '../open.js';
import { codecs } from './evidence-codec.js';
import { stmt } from './statements.js';

const COMMON_COLS = 'raw_id, claim_id, sort_key, pcn, pcn_key, payer_id, payer_name, npi, patient_name, patient_last, member_id, patient_id, charge_cents, service_from, service_to, at';
const marks = (n: number) => Array.from({ length: n }, () => '?').join(', ');
type Common = Omit<ClaimEvidence, 'id' | 'rawId' | 'claimId' | 'kind'>;
/** Positional values in COMMON_COLS order: bulk imports insert hundreds of thousands of rows, and positional
 *  binding with no intermediate object is the cheapest way better-sqlite3 offers. */
const common = (rawId: number, claimId: number | null, d: Common): unknown[] => [rawId, claimId, d.sortKey, d.pcn, d.pcnKey, d.payerId, d.payerName,
  d.npi, d.patientName, d.patientLast, d.memberId, d.patientId, d.chargeCents, d.serviceFrom, d.serviceTo, d.at];

const INSERT_SUBMISSION = `INSERT INTO submissions (${COMMON_COLS}, ordinal, claim_type, frequency_code, original_pcc, rendering_npi, rendering_name,
  billing_name, group_control_number, transaction_control_number, detail) VALUES (${marks(26)})`;
const INSERT_REPORT = `INSERT INTO status_reports (${COMMON_COLS}, ordinal, variant, pcc, statuses, detail) VALUES (${marks(21)})`;
const INSERT_PAYMENT = `INSERT INTO claim_payments (${COMMON_COLS}, remittance_id, ordinal, pcc, rendering_npi, status_code, paid_cents,
  patient_resp_cents, frequency_code, trace_number, duplicate, unbalanced, adjustments, lines, detail) VALUES (${marks(30)})`;

/** The JSON columns of each kind of evidence row, in column order. A bulk import's worker thread encodes them while
 *  it parses (main/ingest/wire.ts), so the writer, the import's bottleneck, only binds them. */
export const encodedColumns = {
  submission: (d: SubmissionDraft): string[] => [codecs.submissionDetail.encode(d.detail)],
  report: (d: ReportDraft): string[] => [codecs.statuses.encode(d.statuses), codecs.reportDetail.encode(d.detail)],
  payment: (d: PaymentDraft): string[] => [codecs.adjustments.encode(d.adjustments), codecs.paymentLines.encode(d.lines), codecs.paymentDetail.encode(d.detail)],
};

/** `claimId`: known when a bulk import correlates before it writes; null when correlation runs afterwards. */
export function insertSubmission(db: Db, rawId: number, ordinal: number, d: SubmissionDraft, claimId: number | null = null): number {
  const [detail] = d.encoded ?? encodedColumns.submission(d);
  return Number(stmt(db, INSERT_SUBMISSION).run(...common(rawId, claimId, d), ordinal, d.claimType, d.frequencyCode, d.originalPcc, d.renderingNpi,
    d.renderingName, d.billingName, d.groupControlNumber, d.transactionControlNumber, detail).lastInsertRowid);
}

export function insertReport(db: Db, rawId: number, ordinal: number, d: ReportDraft, claimId: number | null = null): number {
  const [statuses, detail] = d.encoded ?? encodedColumns.report(d);
  return Number(stmt(db, INSERT_REPORT).run(...common(rawId, claimId, d), ordinal, d.variant, d.pcc, statuses, detail).lastInsertRowid);
}

export function insertAck(db: Db, rawId: number, ordinal: number, d: AckDraft): void {
  stmt(db, `INSERT INTO set_acknowledgments (raw_id, ordinal, sort_key, group_control_number, transaction_control_number, status,
    status_code, group_status, errors, at) VALUES (${marks(10)})`)
    .run(rawId, ordinal, d.sortKey, d.groupControlNumber, d.transactionControlNumber, d.status, d.statusCode, d.status, codecs.ackErrors.encode(d.errors), d.at);
}

export function insertPayment(db: Db, rawId: number, remittanceId: number, d: PaymentDraft, claimId: number | null = null): number {
  const [adjustments, lines, detail] = d.encoded ?? encodedColumns.payment(d);
  return Number(stmt(db, INSERT_PAYMENT).run(...common(rawId, claimId, d), remittanceId, d.ordinal, d.pcc, d.renderingNpi, d.statusCode, d.paidCents,
    d.patientRespCents, d.frequencyCode, d.traceNumber, d.duplicate ? 1 : 0, d.unbalanced ? 1 : 0, adjustments, lines, detail).lastInsertRowid);
}

// ---------- reading back ----------

const COMMON_SELECT = `id, raw_id AS rawId, sort_key AS sortKey, claim_id AS claimId, pcn, pcn_key AS pcnKey, payer_id AS payerId,
  payer_name AS payerName, npi, patient_name AS patientName, patient_last AS patientLast, member_id AS memberId, patient_id AS patientId,
  charge_cents AS chargeCents, service_from AS serviceFrom, service_to AS serviceTo, at`;

type Row = Record<string, unknown>;
const toSubmission = (r: Row): SubmissionEvidence => ({ ...r, kind: 'submission', detail: codecs.submissionDetail.decode(r.detail as string) } as SubmissionEvidence);
const toReport = (r: Row): ReportEvidence => ({
  ...r, kind: 'report', statuses: codecs.statuses.decode(r.statuses as string), detail: codecs.reportDetail.decode(r.detail as string),
} as ReportEvidence);
const toPayment = (r: Row): PaymentEvidence => ({
  ...r, kind: 'payment', duplicate: r.duplicate === 1, unbalanced: r.unbalanced === 1, adjustments: codecs.adjustments.decode(r.adjustments as string),
  lines: codecs.paymentLines.decode(r.lines as string), detail: codecs.paymentDetail.decode(r.detail as string),
} as PaymentEvidence);

const SUB_SELECT = `SELECT ${COMMON_SELECT}, claim_type AS claimType, frequency_code AS frequencyCode, original_pcc AS originalPcc,
  rendering_npi AS renderingNpi, rendering_name AS renderingName, billing_name AS billingName, group_control_number AS groupControlNumber,
  transaction_control_number AS transactionControlNumber, detail FROM submissions`;
const REPORT_SELECT = `SELECT ${COMMON_SELECT}, variant, pcc, statuses, detail FROM status_reports`;
const PAYMENT_SELECT = `SELECT ${COMMON_SELECT}, remittance_id AS remittanceId, ordinal, pcc, status_code AS statusCode, paid_cents AS paidCents,
  patient_resp_cents AS patientRespCents, rendering_npi AS renderingNpi, frequency_code AS frequencyCode, trace_number AS traceNumber,
  duplicate, unbalanced, adjustments, lines, detail FROM claim_payments`;

const IN_JSON = 'IN (SELECT value FROM json_each(?))';

/** Every piece of evidence whose patient control number key or payer claim number is among the given keys. */
export function evidenceByKeys(db: Db, pcnKeys: readonly string[], pccs: readonly string[]): ClaimEvidence[] {
  const k = JSON.stringify(pcnKeys), c = JSON.stringify(pccs);
  // UNION ALL and a dedupe by id here: a SQL UNION would sort whole rows, JSON columns included.
  const unique = (rows: Row[]) => { const seen = new Set<unknown>(); return rows.filter((r) => !seen.has(r.id) && seen.add(r.id)); };
  const subs = unique(stmt(db, `${SUB_SELECT} WHERE pcn_key ${IN_JSON} UNION ALL ${SUB_SELECT} WHERE original_pcc ${IN_JSON}`).all(k, c) as Row[]);
  const reports = unique(stmt(db, `${REPORT_SELECT} WHERE pcn_key ${IN_JSON} UNION ALL ${REPORT_SELECT} WHERE pcc ${IN_JSON}`).all(k, c) as Row[]);
  const pays = unique(stmt(db, `${PAYMENT_SELECT} WHERE pcn_key ${IN_JSON} UNION ALL ${PAYMENT_SELECT} WHERE pcc ${IN_JSON}`).all(k, c) as Row[]);
  return [...subs.map(toSubmission), ...reports.map(toReport), ...pays.map(toPayment)];
}

/** The evidence correlation put on one claim. */
export function evidenceOfClaim(db: Db, claimId: number): ClaimEvidence[] {
  return [
    ...(stmt(db, `${SUB_SELECT} WHERE claim_id = ?`).all(claimId) as Row[]).map(toSubmission),
    ...(stmt(db, `${REPORT_SELECT} WHERE claim_id = ?`).all(claimId) as Row[]).map(toReport),
    ...(stmt(db, `${PAYMENT_SELECT} WHERE claim_id = ?`).all(claimId) as Row[]).map(toPayment),
  ];
}

/** All evidence currently grouped under these claims (used when evidence is removed). */
export function evidenceKeysOfClaims(db: Db, claimIds: readonly number[]): { pcnKeys: string[]; pccs: string[] } {
  const ids = JSON.stringify(claimIds);
  const rows = stmt(db, `SELECT pcn_key AS k, original_pcc AS c FROM submissions WHERE claim_id ${IN_JSON}
    UNION SELECT pcn_key, pcc FROM status_reports WHERE claim_id ${IN_JSON}
    UNION SELECT pcn_key, pcc FROM claim_payments WHERE claim_id ${IN_JSON}`).all(ids, ids, ids) as Array<{ k: string; c: string | null }>;
  return { pcnKeys: [...new Set(rows.map((r) => r.k))], pccs: [...new Set(rows.flatMap((r) => (r.c ? [r.c] : [])))] };
}

const ACK_SELECT = `SELECT id, raw_id AS rawId, sort_key AS sortKey, group_control_number AS groupControlNumber,
  transaction_control_number AS transactionControlNumber, status, status_code AS statusCode, errors, at FROM set_acknowledgments`;

export function acksFor(db: Db, groupControlNumber: string, transactionControlNumber: string): AckEvidence[] {
  return (stmt(db, `${ACK_SELECT} WHERE group_control_number = ? AND transaction_control_number = ?`)
    .all(groupControlNumber, transactionControlNumber) as Row[])
    .map((r) => ({ ...r, kind: 'ack', errors: codecs.ackErrors.decode(r.errors as string) } as AckEvidence));
}

/** Patient control number keys of the 837 claims a 999 answers. */
export const pcnKeysForEnvelope = (db: Db, groupControlNumber: string, transactionControlNumber: string): string[] =>
  stmt(db, 'SELECT DISTINCT pcn_key FROM submissions WHERE group_control_number = ? AND transaction_control_number = ?')
    .pluck().all(groupControlNumber, transactionControlNumber) as string[];

const TABLE = { submission: 'submissions', report: 'status_reports', payment: 'claim_payments' } as const;

export function setEvidenceClaim(db: Db, kind: ClaimEvidence['kind'], id: number, claimId: number): void {
  stmt(db, `UPDATE ${TABLE[kind]} SET claim_id = ? WHERE id = ?`).run(claimId, id);
}

export interface EvidenceMarks { submissions: number; reports: number; payments: number }

/** The highest evidence id of each table (ids are never reused): how much is stored, and where new rows start. */
export const evidenceMarks = (db: Db): EvidenceMarks => stmt(db, `SELECT coalesce((SELECT max(id) FROM submissions), 0) AS submissions,
  coalesce((SELECT max(id) FROM status_reports), 0) AS reports, coalesce((SELECT max(id) FROM claim_payments), 0) AS payments`).get() as EvidenceMarks;

/** Correlation keys of evidence stored after `after`, as 'k:' + patient control number key and 'c:' + payer claim number. */
export function storedKeysAfter(db: Db, after: EvidenceMarks): Set<string> {
  const keys = new Set<string>();
  const rows = stmt(db, `SELECT pcn_key AS k, original_pcc AS c FROM submissions WHERE id > ?
    UNION ALL SELECT pcn_key, pcc FROM status_reports WHERE id > ? UNION ALL SELECT pcn_key, pcc FROM claim_payments WHERE id > ?`)
    .raw().all(after.submissions, after.reports, after.payments) as Array<[string, string | null]>;
  for (const [k, c] of rows) {
    keys.add(`k:${k}`);
    if (c) keys.add(`c:${c}`);
  }
  return keys;
}
