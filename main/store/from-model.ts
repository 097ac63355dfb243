// Engine records → evidence rows (without database ids). Pure: decides each record's correlation keys and the
// time it takes effect — from the document's own dates, so the timeline never depends on when a file was imported.
import type {
  Acknowledgment, ClaimPayment, ClaimStatusReport, ClaimSubmission, Person, Procedure, Remittance, ServicePayment,
} from '../edi/model.js';
import type { AckEvidence, PaymentEvidence, PaymentLineDetail, ReportEvidence, SubmissionEvidence } from './evidence.js';
import { normalizeId, pcnKeyOf } from './keys.js';

/** `encoded`: the row's JSON columns, encoded ahead of the writer by the import worker (db/queries/evidence.ts). */
type Draft<T> = Omit<T, 'id' | 'rawId' | 'claimId'> & { encoded?: string[] };
export type SubmissionDraft = Draft<SubmissionEvidence>;
export type ReportDraft = Draft<ReportEvidence>;
export type PaymentDraft = Omit<Draft<PaymentEvidence>, 'remittanceId'>;
export type AckDraft = Omit<AckEvidence, 'id' | 'rawId'>;

/** The set's content hash (its first 80 bits: unique among any realistic number of sets) and the record's position. */
export const sortKeyOf = (contentHash: string, ordinal: number): string => `${contentHash.slice(0, 20)}:${String(ordinal).padStart(6, '0')}`;
/** A document date as an ISO date-time; the raw's processed-at time when the document carries none. */
export const effectiveAt = (processedAt: string, ...dates: Array<string | null | undefined>): string => {
  const d = dates.find((x) => x && /^\d{4}-\d{2}-\d{2}$/.test(x));
  return d ? `${d}T00:00:00.000Z` : processedAt;
};
export const procedureText = (p: Procedure | null): string | null =>
  p ? [p.qualifier, p.code, ...p.modifiers].join(':').replace(/:+$/, '') : null;

const minDate = (xs: Array<string | null>): string | null => xs.filter((x): x is string => !!x).sort()[0] ?? null;
const maxDate = (xs: Array<string | null>): string | null => xs.filter((x): x is string => !!x).sort().at(-1) ?? null;
const personId = (p: Person | null | undefined): string | null => normalizeId(p?.memberId ?? p?.id);

export function submissionDraft(c: ClaimSubmission, contentHash: string, ordinal: number, processedAt: string): SubmissionDraft {
  const lineFrom = c.lines.map((l) => l.serviceDateFrom);
  const lineTo = c.lines.map((l) => l.serviceDateTo ?? l.serviceDateFrom);
  const rendering = c.renderingProvider ?? c.lines.find((l) => l.renderingProvider)?.renderingProvider ?? null;
  const patientIsSubscriber = c.patient === c.subscriber || (c.relationshipCode ?? '18') === '18';
  return {
    kind: 'submission',
    sortKey: sortKeyOf(contentHash, ordinal),
    pcn: c.patientControlNumber,
    pcnKey: pcnKeyOf(c.patientControlNumber),
    payerId: normalizeId(c.payer.id),
    payerName: c.payer.name || null,
    npi: normalizeId(c.billingProvider.npi),
    patientName: c.patient.name || null,
    patientLast: c.patient.lastOrOrgName || null,
    memberId: personId(c.subscriber),
    patientId: patientIsSubscriber ? null : normalizeId(c.patient.memberId ?? c.patient.id),
    chargeCents: c.chargeCents,
    serviceFrom: c.statementFrom ?? minDate(lineFrom),
    serviceTo: c.statementTo ?? maxDate(lineTo),
    at: effectiveAt(processedAt, c.createdDate, c.envelope.interchangeDate),
    claimType: c.claimType,
    frequencyCode: c.frequencyCode || '1',
    originalPcc: normalizeId(c.originalPayerClaimNumber),
    renderingNpi: normalizeId(rendering?.npi),
    renderingName: rendering?.name || null,
    billingName: c.billingProvider.name || null,
    groupControlNumber: c.envelope.groupControlNumber,
    transactionControlNumber: c.envelope.transactionControlNumber,
    detail: {
      lines: c.lines.map((l) => ({
        lineNumber: l.lineNumber, procedure: procedureText(l.procedure), revenueCode: l.revenueCode, chargeCents: l.chargeCents,
        units: l.units, serviceFrom: l.serviceDateFrom, serviceTo: l.serviceDateTo, lineControlNumber: l.lineControlNumber,
      })),
      diagnosisCodes: c.diagnosisCodes.map((d) => `${d.qualifier}:${d.code}`),
      clearinghouseTrace: c.clearinghouseTraceNumber,
      batchReference: c.batchReference,
    },
  };
}

export function reportDraft(r: ClaimStatusReport, contentHash: string, ordinal: number, processedAt: string): ReportDraft {
  const fromPayer = r.senderLevel === 'payer';
  return {
    kind: 'report',
    sortKey: sortKeyOf(contentHash, ordinal),
    pcn: r.patientControlNumber,
    pcnKey: pcnKeyOf(r.patientControlNumber),
    payerId: fromPayer ? normalizeId(r.source?.id) : null, // a clearinghouse 277CA does not name the payer
    payerName: fromPayer ? r.source?.name || null : null,
    npi: normalizeId(r.billingProvider?.npi),
    patientName: r.patient?.name || null,
    patientLast: r.patient?.lastOrOrgName || null,
    memberId: personId(r.patient),
    patientId: null,
    chargeCents: r.statuses.find((s) => s.chargeCents !== null)?.chargeCents ?? null,
    serviceFrom: r.serviceDateFrom,
    serviceTo: r.serviceDateTo,
    at: effectiveAt(processedAt, r.statuses[0]?.effectiveDate, r.envelope.interchangeDate),
    variant: r.variant,
    pcc: normalizeId(r.payerClaimControlNumber),
    statuses: r.statuses,
    detail: { batchReference: r.batchReference, clearinghouseTrace: r.clearinghouseTraceNumber, lineCount: r.lines.length },
  };
}

const lineDetail = (l: ServicePayment): PaymentLineDetail => ({
  procedure: procedureText(l.procedure), chargeCents: l.chargeCents, paidCents: l.paidCents, allowedCents: l.allowedCents,
  unitsPaid: l.unitsPaid, serviceFrom: l.serviceDateFrom, serviceTo: l.serviceDateTo, lineControlNumber: l.lineControlNumber,
  adjustments: l.adjustments, remarkCodes: l.remarkCodes,
});

export function paymentDraft(rem: Remittance, p: ClaimPayment, contentHash: string, ordinal: number, processedAt: string): PaymentDraft {
  return {
    kind: 'payment',
    ordinal,
    sortKey: sortKeyOf(contentHash, ordinal),
    pcn: p.patientControlNumber,
    pcnKey: pcnKeyOf(p.patientControlNumber),
    payerId: normalizeId(rem.payer.id),
    payerName: rem.payer.name || null,
    npi: normalizeId(rem.payee.npi),
    patientName: p.patient?.name || null,
    patientLast: p.patient?.lastOrOrgName || null,
    memberId: personId(p.insured),
    patientId: personId(p.patient),
    chargeCents: p.chargeCents,
    serviceFrom: p.statementFrom ?? minDate(p.lines.map((l) => l.serviceDateFrom)),
    serviceTo: p.statementTo ?? maxDate(p.lines.map((l) => l.serviceDateTo ?? l.serviceDateFrom)),
    at: effectiveAt(processedAt, rem.paymentDate, rem.productionDate, rem.envelope.interchangeDate),
    pcc: normalizeId(p.payerClaimControlNumber),
    statusCode: p.statusCode,
    paidCents: p.paidCents,
    patientRespCents: p.patientResponsibilityCents,
    renderingNpi: normalizeId(p.renderingProvider?.npi),
    frequencyCode: p.frequencyCode,
    traceNumber: rem.traceNumber,
    duplicate: false,
    unbalanced: p.findings.length > 0,
    adjustments: p.adjustments,
    lines: p.lines.map(lineDetail),
    detail: { remarkCodes: p.remarkCodes, findings: p.findings.map((f) => f.message) },
  };
}

export function ackDrafts(a: Acknowledgment, contentHash: string, processedAt: string): AckDraft[] {
  return a.sets.map((s, i) => ({
    kind: 'ack',
    sortKey: sortKeyOf(contentHash, i),
    groupControlNumber: a.groupControlNumber,
    transactionControlNumber: s.transactionControlNumber,
    status: s.status,
    statusCode: s.statusCode,
    errors: s.errors,
    at: effectiveAt(processedAt, a.envelope.interchangeDate),
  }));
}
