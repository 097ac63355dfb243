// Every generated 835 balances at line, claim and transaction level, checked with our own arithmetic
// over the segments; only the payments flagged unbalanced in the truth break the transaction rule.
import { describe, expect, it } from 'vitest';
import { stream835 } from '../../../../main/edi/generate/index.js';
import { check835 } from './check-835.js';
import { indexDataset } from './dataset-index.js';
import { transactionSets } from './x12-lite.js';

const neg = (n: number) => (n === 0 ? 0 : -n);

describe('generated 835 balancing', () => {
  const ix = indexDataset({ seed: 21, claims: 1500, claimsPer837: 50, claimsPer835: 30, rates: { unbalancedEra: 0.05, duplicateEra: 0.03, interest: 0.2, recoupment: 0.2, reversal: 0.1 } });

  it('balances every line and claim of every payment', () => {
    const lineOrClaim = ix.remittances.flatMap((r) => r.checked.problems.filter((p) => !p.startsWith('transaction')).map((p) => `${r.file}: ${p}`));
    expect(lineOrClaim).toEqual([]);
    expect(ix.remittances.length).toBeGreaterThan(50);
  });

  it('breaks BPR02 = Σ CLP04 − Σ PLB only where the truth says so, by the stated amount', () => {
    const byKey = new Map(ix.payments.map((p) => [`${p.file}|${p.traceNumber}`, p]));
    let unbalanced = 0;
    for (const r of ix.remittances) {
      const truth = byKey.get(`${r.file}|${r.checked.trace}`)!;
      expect(truth).toBeDefined();
      expect(r.checked.payment).toBe(truth.paymentCents);
      const clp = r.checked.claims.reduce((a, c) => a + c.paid, 0);
      expect(clp - r.checked.plb).toBe(truth.expectedPaymentCents);
      if (truth.unbalanced) {
        unbalanced++;
        expect(truth.paymentCents).not.toBe(truth.expectedPaymentCents);
        expect(r.checked.problems).toEqual([expect.stringMatching(/^transaction/)]);
      } else {
        expect(r.checked.problems).toEqual([]);
      }
    }
    expect(unbalanced).toBeGreaterThan(0);
  });

  it('uses PLB to keep payments whole and never negative', () => {
    const reasons = new Set(ix.payments.flatMap((p) => p.providerAdjustments.map((a) => a.reason)));
    expect([...reasons]).toEqual(expect.arrayContaining(['L6', 'WO']));
    for (const r of ix.remittances) expect(r.checked.payment).toBeGreaterThanOrEqual(0);
  });

  it('reverses with CLP02 22: the negation of an earlier CLP of the same claim and payer claim number', () => {
    let reversals = 0;
    const resent = new Set(ix.payments.filter((p) => p.duplicateOf !== null).map((p) => p.file));
    for (const all of ix.paid.values()) {
      const list = all.filter((p) => !resent.has(p.file));
      list.forEach((p, i) => {
        if (p.clp.status !== '22') return;
        reversals++;
        const earlier = list.slice(0, i).filter((x) => x.clp.status !== '22' && x.clp.payerClaim === p.clp.payerClaim);
        const original = earlier[earlier.length - 1];
        expect(original).toBeDefined();
        expect([p.clp.charge, p.clp.paid, p.clp.patientResponsibility]).toEqual([neg(original.clp.charge), neg(original.clp.paid), neg(original.clp.patientResponsibility)]);
        expect(p.clp.adjustments).toEqual(original.clp.adjustments.map((a) => ({ ...a, amountCents: neg(a.amountCents) })));
      });
    }
    expect(reversals).toBeGreaterThan(5);
  });

  it('stream835 sets balance too', () => {
    const text = [...stream835({ seed: 4, claims: 800, claimsPer835: 100, rates: { reversal: 0.1, interest: 0.5, recoupment: 0.5 } })].join('');
    const sets = transactionSets(text);
    expect(sets).toHaveLength(8);
    for (const set of sets) expect(check835(set).problems).toEqual([]);
    expect(sets.flatMap((s) => check835(s).claims).some((c) => c.status === '22')).toBe(true);
  });
});
