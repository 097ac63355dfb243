// The JSON columns of the evidence tables, compacted: positional tuples instead of keyed objects (a third of the bytes
// to write and parse on every import), trailing nulls and empty lists left out and given back as null / [] when read.
// claim_payments rows written by earlier versions hold keyed objects instead (nulls and empty lists left out); reading
// accepts both, record by record, so no migration rewrites them.
// Each record type lists its fields once. Pure.
import type { Adjustment, AckError, StatusEntry } from '../../main/edi/model.js';
import type { PaymentLineDetail, ReportEvidence, SubmissionEvidence, SubmissionLineDetail, PaymentEvidence } from '../../main/store/evidence.js';
import { tupleCodec, type Codec, type Field as TupleField } from '../../main/store/tuple-codec.js';

type Field = TupleField;

/** Keyed objects without their null / empty-list fields; read back with those fields restored. */
export function sparseCodec<T extends object>(fields: readonly Field[]): Codec<T> & { packObject(value: T): object; unpackObject(o: object): T } {
  const names = fields.map((f) => (typeof f === 'string' ? f : f[0]));
  const lists = fields.map((f) => (typeof f === 'string' ? null : f[1]));
  const self = {
    packObject(value: T): object {
      const o = value as Record<string, unknown>;
      const out: Record<string, unknown> = {};
      for (let i = 0; i < names.length; i++) {
        const v = o[names[i]!];
        if (v === null || v === undefined || (Array.isArray(v) && v.length === 0)) continue;
        const list = lists[i];
        out[names[i]!] = list && !Array.isArray(list) ? (v as object[]).map((x) => (list as ReturnType<typeof sparseCodec>).packObject(x)) : v;
      }
      return out;
    },
    unpackObject(o: object): T {
      const src = o as Record<string, unknown>;
      const out: Record<string, unknown> = {};
      for (let i = 0; i < names.length; i++) {
        const v = src[names[i]!];
        const list = lists[i];
        if (list) out[names[i]!] = Array.isArray(v) ? (Array.isArray(list) ? v : v.map((x) => (list as ReturnType<typeof sparseCodec>).unpackObject(x as object))) : [];
        else out[names[i]!] = v ?? null;
      }
      return out as T;
    },
    pack: (value: T) => [self.packObject(value)],
    unpack: (tuple: unknown[]) => self.unpackObject(tuple[0] as object),
  };
  return self;
}

const submissionLine = tupleCodec<SubmissionLineDetail>(['lineNumber', 'procedure', 'revenueCode', 'chargeCents', 'units', 'serviceFrom', 'serviceTo', 'lineControlNumber']);
const submissionDetail = tupleCodec<SubmissionEvidence['detail']>([['lines', submissionLine], ['diagnosisCodes', []], 'clearinghouseTrace', 'batchReference']);
const additionalStatus = tupleCodec<StatusEntry['additional'][number]>(['categoryCode', 'statusCode', 'entityCode']);
const status = tupleCodec<StatusEntry>(['categoryCode', 'statusCode', 'entityCode', 'codeListQualifier', 'effectiveDate', 'actionCode', 'chargeCents',
  'paidCents', 'adjudicationDate', 'checkDate', 'checkNumber', 'message', ['additional', additionalStatus]]);
const reportDetail = tupleCodec<ReportEvidence['detail']>(['batchReference', 'clearinghouseTrace', 'lineCount']);
const adjustment = tupleCodec<Adjustment>(['group', 'reason', 'amountCents', 'quantity']);
const paymentLineTuple = tupleCodec<PaymentLineDetail>(['procedure', 'chargeCents', 'paidCents', 'allowedCents', 'unitsPaid', 'serviceFrom', 'serviceTo',
  'lineControlNumber', ['adjustments', adjustment], ['remarkCodes', []]]);
const paymentDetailTuple = tupleCodec<PaymentEvidence['detail']>([['remarkCodes', []], ['findings', []]]);

const keyedAdjustment = sparseCodec<Adjustment>(['group', 'reason', 'amountCents', 'quantity']);
const keyedPaymentLine = sparseCodec<PaymentLineDetail>(['procedure', 'chargeCents', 'paidCents', 'allowedCents', 'unitsPaid', 'serviceFrom', 'serviceTo',
  'lineControlNumber', ['adjustments', keyedAdjustment], ['remarkCodes', []]]);
const keyedPaymentDetail = sparseCodec<PaymentEvidence['detail']>([['remarkCodes', []], ['findings', []]]);
const ackError = tupleCodec<AckError>(['segmentId', 'segmentPosition', 'loopId', 'segmentErrorCode', 'elementPosition', 'elementErrorCode', 'badValue',
  'patientControlNumber']);

const one = <T>(c: Codec<T>) => ({ encode: (v: T) => JSON.stringify(c.pack(v)), decode: (s: string) => c.unpack(JSON.parse(s) as unknown[]) });
const many = <T>(c: Codec<T>) => ({
  encode: (v: readonly T[]) => JSON.stringify(v.map((x) => c.pack(x))),
  decode: (s: string) => (JSON.parse(s) as unknown[][]).map((t) => c.unpack(t)),
});
/** Tuples written, tuples or the older keyed objects read. A keyed record's nested records are keyed too. */
const eitherOne = <T extends object>(tuples: Codec<T>, keyed: ReturnType<typeof sparseCodec<T>>) => ({
  encode: (v: T) => JSON.stringify(tuples.pack(v)),
  decode: (s: string) => { const x = JSON.parse(s) as unknown; return Array.isArray(x) ? tuples.unpack(x) : keyed.unpackObject(x as object); },
});
const eitherMany = <T extends object>(tuples: Codec<T>, keyed: ReturnType<typeof sparseCodec<T>>) => ({
  encode: (v: readonly T[]) => JSON.stringify(v.map((x) => tuples.pack(x))),
  decode: (s: string) => (JSON.parse(s) as unknown[]).map((x) => (Array.isArray(x) ? tuples.unpack(x) : keyed.unpackObject(x as object))),
});

export const codecs = {
  submissionDetail: one(submissionDetail),
  statuses: many(status),
  reportDetail: one(reportDetail),
  adjustments: eitherMany(adjustment, keyedAdjustment),
  paymentLines: eitherMany(paymentLineTuple, keyedPaymentLine),
  paymentDetail: eitherOne(paymentDetailTuple, keyedPaymentDetail),
  ackErrors: many(ackError),
};

/** Tuple codecs of the records inside evidence, for other compact formats (the import worker's wire format). */
export const recordCodecs = { submissionDetail, status, reportDetail, ackError, adjustment, paymentLine: paymentLineTuple, paymentDetail: paymentDetailTuple };
