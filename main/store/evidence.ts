// The store's view of what one transaction said about one claim: the rows correlation groups and derivation reads.
// Built from engine records at ingest (from-model.ts) and read back from the evidence tables later.
import type { AckError, Adjustment, StatusEntry } from '../edi/model.js';

/** Fields every claim-level piece of evidence has: the correlation keys and the facts shared by all kinds. */
export interface EvidenceCommon {
  id: number;
  rawId: number;
  sortKey: string; // content hash + position: orders evidence identically whatever the import order
  claimId: number | null;
  pcn: string;
  pcnKey: string;
  payerId: string | null;
  payerName: string | null;
  npi: string | null; // billing provider (837, 277) or payee (835)
  patientName: string | null;
  patientLast: string | null;
  memberId: string | null;
  patientId: string | null;
  chargeCents: number | null;
  serviceFrom: string | null;
  serviceTo: string | null;
  at: string;
}

export interface SubmissionLineDetail {
  lineNumber: number;
  procedure: string | null; // "HC:99213:25"
  revenueCode: string | null;
  chargeCents: number;
  units: string | null;
  serviceFrom: string | null;
  serviceTo: string | null;
  lineControlNumber: string | null;
}

export interface SubmissionEvidence extends EvidenceCommon {
  kind: 'submission';
  claimType: string;
  frequencyCode: string;
  originalPcc: string | null;
  renderingNpi: string | null;
  renderingName: string | null;
  billingName: string | null;
  groupControlNumber: string;
  transactionControlNumber: string;
  detail: { lines: SubmissionLineDetail[]; diagnosisCodes: string[]; clearinghouseTrace: string | null; batchReference: string | null };
}

export interface ReportEvidence extends EvidenceCommon {
  kind: 'report';
  variant: '277CA' | '277';
  pcc: string | null;
  statuses: StatusEntry[];
  detail: { batchReference: string | null; clearinghouseTrace: string | null; lineCount: number };
}

export interface PaymentLineDetail {
  procedure: string | null;
  chargeCents: number;
  paidCents: number;
  allowedCents: number | null;
  unitsPaid: string | null;
  serviceFrom: string | null;
  serviceTo: string | null;
  lineControlNumber: string | null;
  adjustments: Adjustment[];
  remarkCodes: string[];
}

export interface PaymentEvidence extends EvidenceCommon {
  kind: 'payment';
  remittanceId: number;
  ordinal: number;
  pcc: string | null;
  statusCode: string; // CLP02
  chargeCents: number;
  paidCents: number;
  patientRespCents: number;
  renderingNpi: string | null;
  frequencyCode: string | null;
  traceNumber: string;
  duplicate: boolean;
  unbalanced: boolean;
  adjustments: Adjustment[]; // claim-level CAS
  lines: PaymentLineDetail[];
  detail: { remarkCodes: string[]; findings: string[] };
}

export type ClaimEvidence = SubmissionEvidence | ReportEvidence | PaymentEvidence;

/** A 999 answer to one 837 transaction set (GS06 + ST02). Not a claim by itself: it attaches to submissions. */
export interface AckEvidence {
  kind: 'ack';
  id: number;
  rawId: number;
  sortKey: string;
  groupControlNumber: string;
  transactionControlNumber: string;
  status: 'accepted' | 'accepted_with_errors' | 'rejected';
  statusCode: string;
  errors: AckError[];
  at: string;
}

export const isResponse = (e: ClaimEvidence): e is ReportEvidence | PaymentEvidence => e.kind !== 'submission';
export const pccOf = (e: ClaimEvidence): string | null => (e.kind === 'submission' ? null : e.pcc);
export const bySortKey = (a: { sortKey: string }, b: { sortKey: string }): number =>
  a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0;
