import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineWaterfalls } from '../../../main/store/line-waterfall.js';
import { waterfall } from '../../../main/store/waterfall.js';

const adj = (group: string, reason: string, amountCents: number) => ({ group, reason, amountCents, quantity: null });

describe('waterfall', () => {
  it('splits charge into contractual, allowed, patient responsibility by type, other and paid', () => {
    const w = waterfall([{ chargeCents: 10000, paidCents: 5500, adjustments: [adj('CO', '45', 2000), adj('PR', '1', 1000), adj('PR', '2', 500), adj('PR', '3', 300), adj('PR', '96', 200), adj('OA', '23', 500)] }]);
    expect(w).toMatchObject({ chargeCents: 10000, contractualCents: 2000, allowedCents: 8000, deductibleCents: 1000, coinsuranceCents: 500,
      copayCents: 300, otherPatientCents: 200, patientResponsibilityCents: 2000, otherAdjustmentCents: 500, paidCents: 5500, imbalanceCents: 0 });
    expect(w.otherAdjustments).toEqual([{ group: 'OA', reason: '23', amountCents: 500 }]);
  });

  it('nets a reversal out completely and keeps the correction', () => {
    const original = { chargeCents: 10000, paidCents: 9000, adjustments: [adj('CO', '45', 1000)] };
    const reversal = { chargeCents: -10000, paidCents: -9000, adjustments: [adj('CO', '45', -1000)] };
    const correction = { chargeCents: 10000, paidCents: 7000, adjustments: [adj('CO', '45', 2500), adj('PR', '2', 500)] };
    const w = waterfall([original, reversal, correction]);
    expect(w).toMatchObject({ chargeCents: 10000, paidCents: 7000, contractualCents: 2500, patientResponsibilityCents: 500, imbalanceCents: 0 });
    expect(w.adjustments).toEqual([{ group: 'CO', reason: '45', amountCents: 2500 }, { group: 'PR', reason: '2', amountCents: 500 }]);
  });

  it('always adds up: charge − CO − PR − other − paid = imbalance, for any balanced payments and reversals', () => {
    const payment = fc.record({
      adjustments: fc.array(fc.record({ group: fc.constantFrom('CO', 'PR', 'OA', 'PI'), reason: fc.constantFrom('1', '2', '3', '45', '23', '96'), amountCents: fc.integer({ min: -5000, max: 50000 }) }), { maxLength: 6 }),
      paidCents: fc.integer({ min: 0, max: 100000 }),
      reversed: fc.boolean(),
    });
    fc.assert(fc.property(fc.array(payment, { minLength: 1, maxLength: 5 }), (ps) => {
      const records = ps.flatMap((p) => {
        const adjustments = p.adjustments.map((a) => ({ ...a, quantity: null }));
        const charge = p.paidCents + adjustments.reduce((s, a) => s + a.amountCents, 0); // balanced by construction
        const rec = { chargeCents: charge, paidCents: p.paidCents, adjustments };
        const neg = { chargeCents: -charge, paidCents: -p.paidCents, adjustments: adjustments.map((a) => ({ ...a, amountCents: -a.amountCents })) };
        return p.reversed ? [rec, neg] : [rec];
      });
      const w = waterfall(records);
      expect(w.imbalanceCents).toBe(0);
      expect(w.chargeCents - w.contractualCents - w.patientResponsibilityCents - w.otherAdjustmentCents - w.paidCents).toBe(0);
      expect(w.paidCents).toBe(ps.filter((p) => !p.reversed).reduce((s, p) => s + p.paidCents, 0));
    }), { numRuns: 200 });
  });

  it('matches paid lines to billed lines by line control number, then procedure + date + charge', () => {
    const billed = [
      { lineNumber: 1, procedure: 'HC:99213', revenueCode: null, chargeCents: 6000, units: '1', serviceFrom: '2026-01-01', serviceTo: null, lineControlNumber: 'L1' },
      { lineNumber: 2, procedure: 'HC:85025', revenueCode: null, chargeCents: 4000, units: '1', serviceFrom: '2026-01-01', serviceTo: null, lineControlNumber: null },
    ];
    const line = (procedure: string, charge: number, paid: number, lcn: string | null) => ({
      procedure, chargeCents: charge, paidCents: paid, allowedCents: null, unitsPaid: null, serviceFrom: '2026-01-01', serviceTo: null,
      lineControlNumber: lcn, adjustments: [adj('CO', '45', charge - paid)], remarkCodes: [],
    });
    const rows = lineWaterfalls(billed, [line('HC:99214', 6000, 5000, 'L1'), line('HC:85025:QW', 4000, 3000, null)]);
    expect(rows.map((r) => [r.lineNumber, r.billedCents, r.paidCents, r.contractualCents, r.imbalanceCents])).toEqual([[1, 6000, 5000, 1000, 0], [2, 4000, 3000, 1000, 0]]);
  });
});
