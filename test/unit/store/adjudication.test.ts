import { describe, expect, it } from 'vitest';
import { paymentOutcome, type PaymentFacts } from '../../../main/store/adjudication.js';

const cas = (group: string, reason: string, amountCents: number) => ({ group, reason, amountCents, quantity: null });
const clp = (statusCode: string, paidCents: number, patientRespCents: number, adjustments: PaymentFacts['adjustments']): PaymentFacts =>
  ({ statusCode, paidCents, patientRespCents, adjustments });

describe('paymentOutcome', () => {
  it.each([
    ['CLP02 4', clp('4', 0, 0, [cas('CO', '31', 10000)]), 'denied'],
    ['CLP02 22', clp('22', -5000, 0, [cas('CO', '45', -5000)]), 'reversal'],
    ['CLP02 1 with money', clp('1', 7000, 2000, [cas('CO', '45', 1000), cas('PR', '2', 2000)]), 'paid'],
    ...['2', '3', '19', '20', '21'].map((c) => [`CLP02 ${c} with money`, clp(c, 100, 0, []), 'paid'] as const),
    ['CLP02 1, paid 0, CO-16 for the whole charge', clp('1', 0, 0, [cas('CO', '16', 10000)]), 'denied'],
    ['CLP02 1, paid 0, CO-50 on every line', clp('1', 0, 0, [cas('CO', '50', 6000), cas('CO', '50', 4000)]), 'denied'],
    ['CLP02 1, paid 0, OA-18 duplicate', clp('1', 0, 0, [cas('OA', '18', 10000)]), 'denied'],
    ['CLP02 1, paid 0, PR-204 not covered (patient owes, still a denial)', clp('1', 0, 10000, [cas('PR', '204', 10000)]), 'denied'],
    ['CLP02 1, paid 0, contractual only (allowed 0)', clp('1', 0, 0, [cas('CO', '45', 10000)]), 'denied'],
    ['CLP02 1, paid 0, all to the deductible', clp('1', 0, 8000, [cas('CO', '45', 2000), cas('PR', '1', 8000)]), 'paid'],
    ['CLP02 1, paid 0, copay covers the allowed amount', clp('1', 0, 2500, [cas('CO', '45', 7500), cas('PR', '3', 2500)]), 'paid'],
    ['CLP02 1, paid 0, PR-204 on one line and deductible on another', clp('1', 0, 10000, [cas('PR', '204', 6000), cas('PR', '1', 4000)]), 'paid'],
    ['CLP02 2, paid 0, prior payer covered it (OA-23)', clp('2', 0, 0, [cas('OA', '23', 10000)]), 'paid'],
    ['CLP02 1, paid 0, no CAS but CLP05 says the patient owes', clp('1', 0, 5000, []), 'paid'],
    ['CLP02 1, paid 0, nothing at all', clp('1', 0, 0, []), 'denied'],
    ['CLP02 25 (predetermination)', clp('25', 0, 0, []), 'other'],
  ] as const)('%s → %s', (_name, facts, outcome) => {
    expect(paymentOutcome(facts)).toBe(outcome);
  });
});
