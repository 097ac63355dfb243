// The compact JSON of the evidence columns gives back exactly what was written, for any values.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codecs } from '../../../db/queries/evidence-codec.js';

const str = fc.option(fc.string({ maxLength: 6 }), { nil: null });
const cents = fc.option(fc.integer({ min: -1e7, max: 1e7 }), { nil: null });
const adjustment = fc.record({ group: fc.constantFrom('CO', 'PR', 'OA'), reason: fc.string({ minLength: 1, maxLength: 3 }), amountCents: fc.integer(), quantity: str });
const status = fc.record({
  categoryCode: fc.string({ maxLength: 2 }), statusCode: fc.string({ maxLength: 3 }), entityCode: str, codeListQualifier: str, effectiveDate: str,
  actionCode: str, chargeCents: cents, paidCents: cents, adjudicationDate: str, checkDate: str, checkNumber: str, message: str,
  additional: fc.array(fc.record({ categoryCode: fc.string(), statusCode: fc.string(), entityCode: str }), { maxLength: 2 }),
});
const submissionDetail = fc.record({
  lines: fc.array(fc.record({ lineNumber: fc.nat(), procedure: str, revenueCode: str, chargeCents: fc.integer(), units: str, serviceFrom: str, serviceTo: str, lineControlNumber: str }), { maxLength: 3 }),
  diagnosisCodes: fc.array(fc.string(), { maxLength: 3 }), clearinghouseTrace: str, batchReference: str,
});
const paymentLine = fc.record({
  procedure: str, chargeCents: fc.integer(), paidCents: fc.integer(), allowedCents: cents, unitsPaid: str, serviceFrom: str, serviceTo: str,
  lineControlNumber: str, adjustments: fc.array(adjustment, { maxLength: 3 }), remarkCodes: fc.array(fc.string(), { maxLength: 2 }),
});
const ackError = fc.record({ segmentId: str, segmentPosition: str, loopId: str, segmentErrorCode: str, elementPosition: str, elementErrorCode: str, badValue: str, patientControlNumber: str });

describe('evidence codecs', () => {
  it.each([
    ['submission detail', codecs.submissionDetail, submissionDetail],
    ['statuses', codecs.statuses, fc.array(status, { maxLength: 3 })],
    ['report detail', codecs.reportDetail, fc.record({ batchReference: str, clearinghouseTrace: str, lineCount: fc.nat() })],
    ['adjustments', codecs.adjustments, fc.array(adjustment, { maxLength: 4 })],
    ['payment lines', codecs.paymentLines, fc.array(paymentLine, { maxLength: 3 })],
    ['payment detail', codecs.paymentDetail, fc.record({ remarkCodes: fc.array(fc.string(), { maxLength: 2 }), findings: fc.array(fc.string(), { maxLength: 2 }) })],
    ['999 errors', codecs.ackErrors, fc.array(ackError, { maxLength: 2 })],
  ] as const)('%s round-trip', (_name, codec, arb) => {
    fc.assert(fc.property(arb as fc.Arbitrary<never>, (v) => {
      expect((codec as { decode(s: string): unknown }).decode((codec as { encode(v: unknown): string }).encode(v))).toEqual(v);
    }), { numRuns: 200 });
  });

  it('writes payment columns as tuples and still reads the keyed objects earlier versions wrote', () => {
    const line = { procedure: 'HC:99213', chargeCents: 100, paidCents: 80, allowedCents: null, unitsPaid: null, serviceFrom: '2026-01-01',
      serviceTo: null, lineControlNumber: null, adjustments: [{ group: 'CO', reason: '45', amountCents: 20, quantity: null }], remarkCodes: [] };
    expect(JSON.parse(codecs.paymentLines.encode([line]))).toEqual([['HC:99213', 100, 80, null, null, '2026-01-01', null, null, [['CO', '45', 20]]]]);
    const keyed = '[{"procedure":"HC:99213","chargeCents":100,"paidCents":80,"serviceFrom":"2026-01-01","adjustments":[{"group":"CO","reason":"45","amountCents":20}]}]';
    expect(codecs.paymentLines.decode(keyed)).toEqual([line]);
    expect(codecs.adjustments.decode('[{"group":"PR","reason":"1","amountCents":500}]')).toEqual([{ group: 'PR', reason: '1', amountCents: 500, quantity: null }]);
    expect(codecs.paymentDetail.decode('{"remarkCodes":["N130"]}')).toEqual({ remarkCodes: ['N130'], findings: [] });
  });
});
