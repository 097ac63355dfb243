// A parsed transaction set turned into exactly the rows ingest will write: the raw row's fields and the evidence
// drafts. Pure (no database), so it can run ahead of the writer; a set that cannot be staged carries why.
import type { ProviderAdjustment, TransactionSet, Warning } from '../edi/index.js';
import {
  ackDrafts, effectiveAt, paymentDraft, reportDraft, sortKeyOf, submissionDraft,
  type AckDraft, type PaymentDraft, type ReportDraft, type SubmissionDraft,
} from '../store/from-model.js';
import { normalizeId } from '../store/keys.js';
import type { StoredRawText } from '../../db/queries/raw-text.js';

export interface RemittanceDraft {
  sortKey: string; payerId: string | null; payerName: string | null; payeeNpi: string | null; payeeName: string | null;
  traceNumber: string; paymentCents: number; handlingCode: string; paymentMethod: string | null; paymentDate: string | null;
  productionDate: string | null; at: string; claimCount: number; findings: string; providerAdjustments: ProviderAdjustment[];
}

export type StagedContent =
  | { kind: '837'; submissions: SubmissionDraft[] }
  | { kind: '277'; reports: ReportDraft[] }
  | { kind: '835'; remittance: RemittanceDraft; payments: PaymentDraft[] }
  | { kind: '999'; acks: AckDraft[] }
  | { kind: 'unsupported' };

export interface StagedSet {
  contentHash: string;
  transactionSetId: string; // ST01, '?' when unknown
  version: string | null;
  controlNumber: string | null;
  processedAt: string; // the import time the drafts were made with (a file's sets carry no processing time of their own)
  location: unknown; // where the set sits in its file
  text: StoredRawText; // the set verbatim, or already packed for storage (the import worker packs it: wire.ts)
  warnings: Warning[]; // the engine's warnings about the set itself (envelope counts and control numbers)
  content: StagedContent | null; // null when `failure` is set
  failure: unknown;
}

export function stageSet(set: TransactionSet, processedAt: string): StagedSet {
  const base = {
    contentHash: set.contentHash, transactionSetId: set.envelope.transactionSetId || '?', version: set.envelope.version || null,
    controlNumber: set.envelope.transactionControlNumber || null, processedAt, location: set.location, text: set.raw, warnings: [...set.warnings],
  };
  const failure: unknown = set.error ?? (set.mapped ? null : new Error('transaction set could not be mapped'));
  if (failure) return { ...base, content: null, failure };
  try {
    return { ...base, content: contentOf(set, processedAt), failure: null };
  } catch (err) {
    return { ...base, content: null, failure: err };
  }
}

function contentOf(set: TransactionSet, processedAt: string): StagedContent {
  const mapped = set.mapped!;
  const hash = set.contentHash;
  switch (mapped.kind) {
    case '837': return { kind: '837', submissions: mapped.claims.map((c, i) => submissionDraft(c, hash, i, processedAt)) };
    case '277': return { kind: '277', reports: mapped.reports.map((r, i) => reportDraft(r, hash, i, processedAt)) };
    case '999': return { kind: '999', acks: ackDrafts(mapped.acknowledgment, hash, processedAt) };
    case '835': {
      const rem = mapped.remittance;
      const remittance: RemittanceDraft = {
        sortKey: sortKeyOf(hash, 0), payerId: normalizeId(rem.payer.id), payerName: rem.payer.name || null, payeeNpi: normalizeId(rem.payee.npi),
        payeeName: rem.payee.name || null, traceNumber: rem.traceNumber, paymentCents: rem.paymentCents, handlingCode: rem.handlingCode,
        paymentMethod: rem.paymentMethod, paymentDate: rem.paymentDate, productionDate: rem.productionDate,
        at: effectiveAt(processedAt, rem.paymentDate, rem.productionDate, rem.envelope.interchangeDate), claimCount: rem.claims.length,
        findings: JSON.stringify(rem.findings), providerAdjustments: rem.providerAdjustments,
      };
      return { kind: '835', remittance, payments: rem.claims.map((p, i) => paymentDraft(rem, p, hash, i, processedAt)) };
    }
    default: return { kind: 'unsupported' };
  }
}

/** Claim-level records a staged set holds (837 claims, 277 entries, 835 payments; 1 for anything else). */
export function recordsOf(s: StagedSet): number {
  const c = s.content;
  return !c ? 1 : c.kind === '837' ? c.submissions.length : c.kind === '277' ? c.reports.length : c.kind === '835' ? c.payments.length : 1;
}
