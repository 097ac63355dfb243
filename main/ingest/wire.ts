// Staged transaction sets in transit from the import worker to the writer: one JSON string of positional tuples per
// batch, the sets' texts beside it already packed for storage (raw-text.ts), so the writer stores them as they come. Decoding costs the writer a few µs per claim instead of
// the ~50 µs of reading and mapping the X12 itself. Pure.
import { recordCodecs as r } from '../../db/queries/evidence-codec.js';
import { encodedColumns } from '../../db/queries/evidence.js';
import { packRawText, type StoredRawText } from '../../db/queries/raw-text.js';
import type { ProviderAdjustment, Warning } from '../edi/index.js';
import type { AckDraft, PaymentDraft, ReportDraft, SubmissionDraft } from '../store/from-model.js';
import { tupleCodec, type Field } from '../store/tuple-codec.js';
import type { RemittanceDraft, StagedContent, StagedSet } from './stage.js';

const COMMON: Field[] = ['sortKey', 'pcn', 'pcnKey', 'payerId', 'payerName', 'npi', 'patientName', 'patientLast', 'memberId', 'patientId', 'chargeCents',
  'serviceFrom', 'serviceTo', 'at'];
const submission = tupleCodec<SubmissionDraft>([...COMMON, 'claimType', 'frequencyCode', 'originalPcc', 'renderingNpi', 'renderingName', 'billingName',
  'groupControlNumber', 'transactionControlNumber', ['detail', r.submissionDetail, 'record']], { kind: 'submission' });
const report = tupleCodec<ReportDraft>([...COMMON, 'variant', 'pcc', ['statuses', r.status], ['detail', r.reportDetail, 'record']], { kind: 'report' });
const payment = tupleCodec<PaymentDraft>([...COMMON, 'ordinal', 'pcc', 'statusCode', 'paidCents', 'patientRespCents', 'renderingNpi', 'frequencyCode',
  'traceNumber', 'duplicate', 'unbalanced', ['adjustments', r.adjustment], ['lines', r.paymentLine], ['detail', r.paymentDetail, 'record']], { kind: 'payment' });
const ack = tupleCodec<AckDraft>(['sortKey', 'groupControlNumber', 'transactionControlNumber', 'status', 'statusCode', ['errors', r.ackError], 'at'], { kind: 'ack' });
const plb = tupleCodec<ProviderAdjustment>(['providerId', 'fiscalPeriodDate', 'reasonCode', 'reference', 'amountCents']);
const remittance = tupleCodec<RemittanceDraft>(['sortKey', 'payerId', 'payerName', 'payeeNpi', 'payeeName', 'traceNumber', 'paymentCents', 'handlingCode',
  'paymentMethod', 'paymentDate', 'productionDate', 'at', 'claimCount', 'findings', ['providerAdjustments', plb]]);

/** What survives of a failure: enough for failureReason() and the exception's location, never record data. */
export interface WireFailure { name: string; message: string; code?: unknown; location?: unknown }

function packContent(c: StagedContent): unknown[] {
  switch (c.kind) {
    case '837': return ['837', c.submissions.map((d) => submission.pack(d))];
    case '277': return ['277', c.reports.map((d) => report.pack(d))];
    case '835': return ['835', remittance.pack(c.remittance), c.payments.map((d) => payment.pack(d))];
    case '999': return ['999', c.acks.map((d) => ack.pack(d))];
    default: return ['unsupported'];
  }
}

function unpackContent(t: unknown[]): StagedContent {
  const rows = (i: number) => t[i] as unknown[][];
  switch (t[0]) {
    case '837': return { kind: '837', submissions: rows(1).map((x) => submission.unpack(x)) };
    case '277': return { kind: '277', reports: rows(1).map((x) => report.unpack(x)) };
    case '835': return { kind: '835', remittance: remittance.unpack(t[1] as unknown[]), payments: rows(2).map((x) => payment.unpack(x)) };
    case '999': return { kind: '999', acks: rows(1).map((x) => ack.unpack(x)) };
    default: return { kind: 'unsupported' };
  }
}

export function packFailure(err: unknown): WireFailure {
  const e = err instanceof Error ? err : new Error(String(err));
  const out: WireFailure = { name: e.name, message: e.message };
  if ('code' in e) out.code = e.code;
  if ('location' in e) out.location = e.location;
  return out;
}

const ERRORS: Record<string, ErrorConstructor> = { SyntaxError, TypeError, RangeError };

export function unpackFailure(f: WireFailure): Error {
  const e = new (ERRORS[f.name] ?? Error)(f.message) as Error & { code?: unknown; location?: unknown }; // failureReason() tells them apart
  e.name = f.name;
  if ('code' in f) e.code = f.code;
  if ('location' in f) e.location = f.location;
  return e;
}

/** `columns`: every evidence row's JSON columns (encodedColumns), in set and record order, so the writer binds them as
 *  they are instead of encoding them again. */
export interface WireBatch { json: string; texts: StoredRawText[]; columns: string[][] }

type Draft = SubmissionDraft | ReportDraft | PaymentDraft;
type Encode = (d: Draft) => string[];

/** A set's evidence drafts (its own list, in order) and what encodes their JSON columns; null for a set without any.
 *  Plain arrays, no iterator: the writer walks every draft of every batch. */
function evidenceOf(c: StagedContent | null): { drafts: readonly Draft[]; encode: Encode } | null {
  switch (c?.kind) {
    case '837': return { drafts: c.submissions, encode: encodedColumns.submission as Encode };
    case '277': return { drafts: c.reports, encode: encodedColumns.report as Encode };
    case '835': return { drafts: c.payments, encode: encodedColumns.payment as Encode };
    default: return null;
  }
}

function columnsOf(sets: readonly StagedSet[]): string[][] {
  const out: string[][] = [];
  for (const s of sets) {
    const e = evidenceOf(s.content);
    if (e) for (const d of e.drafts) out.push(e.encode(d));
  }
  return out;
}

export function encodeBatch(sets: readonly StagedSet[]): WireBatch {
  const rows = sets.map((s) => [s.contentHash, s.transactionSetId, s.version, s.controlNumber, s.processedAt, s.location,
    s.failure ? packFailure(s.failure) : null, s.content ? packContent(s.content) : null, s.warnings.length ? s.warnings : 0]);
  return { json: JSON.stringify(rows), texts: sets.map((s) => (typeof s.text === 'string' ? packRawText(s.text) : s.text)), columns: columnsOf(sets) };
}

export function decodeBatch(batch: WireBatch): StagedSet[] {
  const sets = (JSON.parse(batch.json) as unknown[][]).map((t, i): StagedSet => ({
    contentHash: t[0] as string, transactionSetId: t[1] as string, version: t[2] as string | null, controlNumber: t[3] as string | null,
    processedAt: t[4] as string, location: t[5], failure: t[6] ? unpackFailure(t[6] as WireFailure) : null,
    content: t[7] ? unpackContent(t[7] as unknown[]) : null, text: batch.texts[i]!, warnings: t[8] ? (t[8] as Warning[]) : [],
  }));
  let at = 0;
  for (const s of sets) {
    const e = evidenceOf(s.content);
    if (e) for (const d of e.drafts) d.encoded = batch.columns[at++];
  }
  return sets;
}
