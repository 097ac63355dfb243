// The truth records say exactly what the files say, claim by claim, and a default-shaped dataset walks
// every lifecycle path the generator knows.
import { describe, expect, it } from 'vitest';
import type { ClaimTruth } from '../../../../main/edi/generate/index.js';
import { indexDataset, type DatasetIndex, type Paid } from './dataset-index.js';

const ix = indexDataset({
  seed: 8, claims: 2000, claimsPer837: 50, claimsPer835: 25,
  rates: { rejected999: 0.04, pending: 0.04, unbalancedEra: 0.02, duplicateEra: 0.02, replacement: 0.05, reversal: 0.05 },
});
const resentFiles = new Set(ix.payments.filter((p) => p.duplicateOf !== null).map((p) => p.file));
const unbalancedSets = new Set(ix.payments.filter((p) => p.unbalanced).map((p) => `${p.file}|${p.traceNumber}`));
const truthByPcn = new Map(ix.truths.map((t) => [t.patientControlNumber, t]));

function clps(pcn: string): Paid[] {
  return (ix.paid.get(pcn) ?? []).filter((p) => !resentFiles.has(p.file));
}

function netAdjustments(list: Paid[]): ClaimTruth['adjustments'] {
  const sums = new Map<string, number>();
  for (const p of list) for (const a of p.clp.adjustments) sums.set(`${a.group} ${a.reason}`, (sums.get(`${a.group} ${a.reason}`) ?? 0) + a.amountCents);
  return [...sums].filter(([, v]) => v !== 0).map(([k, v]) => ({ group: k.split(' ')[0], reason: k.split(' ')[1], amountCents: v }))
    .sort((x, y) => (x.group === y.group ? x.reason.localeCompare(y.reason) : x.group.localeCompare(y.group)));
}

function expectedStatus(t: ClaimTruth, ixd: DatasetIndex): string {
  const list = clps(t.patientControlNumber);
  if (list.length > 0) {
    const last = list[list.length - 1].clp;
    return last.status === '22' ? 'reversed' : last.paid > 0 ? 'paid' : 'denied';
  }
  const sub = ixd.submitted.get(t.patientControlNumber)!;
  if (ixd.rejectedSets.has(sub.setKey)) return 'rejected';
  if (ixd.pending.has(t.patientControlNumber)) return 'pending';
  const ack = ixd.acked.get(t.patientControlNumber);
  if (!ack) return 'submitted';
  return ack.category === 'A2' ? 'accepted' : 'rejected';
}

describe('generator truth against its own files', () => {
  it('has one truth per submitted claim', () => {
    expect(ix.truths).toHaveLength(2000);
    expect(truthByPcn.size).toBe(2000);
    expect(new Set(ix.submitted.keys())).toEqual(new Set(truthByPcn.keys()));
  });

  it('matches each claim as submitted: charge, frequency, REF*F8, line controls and charges', () => {
    for (const t of ix.truths) {
      const s = ix.submitted.get(t.patientControlNumber)!;
      expect([s.charge, s.frequency, s.originalPayerClaim]).toEqual([t.chargeCents, t.frequencyCode, t.originalPayerClaimNumber]);
      expect(s.lineControls).toEqual(t.lines.map((l) => l.lineControlNumber));
      expect(s.lineCharges).toEqual(t.lines.map((l) => l.chargeCents));
      expect(t.lines.reduce((a, l) => a + l.chargeCents, 0)).toBe(t.chargeCents);
    }
  });

  it('states the status the files lead to, and why', () => {
    for (const t of ix.truths) {
      expect(t.status, t.patientControlNumber).toBe(expectedStatus(t, ix));
      const ack = ix.acked.get(t.patientControlNumber);
      if (t.rejectedBy === '999') expect(ack).toBeUndefined();
      if (t.rejectedBy === '277CA') {
        expect(['A3', 'A6', 'A7', 'A8']).toContain(ack!.category);
        expect(t.acknowledgment).toBe([ack!.category, ack!.status, ack!.entity].filter(Boolean).join(':'));
        expect(t.payerClaimControlNumber).toBeNull();
      }
      if (ack?.category === 'A2') expect(ack.payerClaim).toBe(t.payerClaimControlNumber);
      if (t.status === 'pending') expect(ix.pending.get(t.patientControlNumber)!.payerClaim).toBe(t.payerClaimControlNumber);
    }
  });

  it('nets every CLP of a claim into its paid, patient responsibility, adjustments and lines', () => {
    for (const t of ix.truths) {
      const list = clps(t.patientControlNumber);
      expect(list.length).toBe(t.claimPayments);
      expect(list.reduce((a, p) => a + p.clp.paid, 0)).toBe(t.paidCents);
      expect(list.reduce((a, p) => a + p.clp.patientResponsibility, 0)).toBe(t.patientResponsibilityCents);
      expect(netAdjustments(list)).toEqual(t.adjustments);
      for (const p of list) expect(p.clp.payerClaim).toBe(t.payerClaimControlNumber);
      const linePaid = new Map<string, number>();
      for (const p of list) for (const l of p.clp.lines) linePaid.set(l.control, (linePaid.get(l.control) ?? 0) + l.paid);
      for (const l of t.lines) expect(linePaid.get(l.lineControlNumber) ?? 0).toBe(l.paidCents);
      for (const control of linePaid.keys()) expect(t.lines.map((l) => l.lineControlNumber)).toContain(control);
    }
  });

  it('flags the claims of unbalanced and resent ERAs', () => {
    for (const t of ix.truths) {
      const all = ix.paid.get(t.patientControlNumber) ?? [];
      expect(t.flags.duplicateEra).toBe(all.some((p) => resentFiles.has(p.file)));
      const inUnbalanced = all.some((p) => {
        const r = ix.remittances.find((x) => x.file === p.file && x.set === p.set)!;
        return unbalancedSets.has(`${p.file}|${r.checked.trace}`);
      });
      expect(t.flags.unbalancedEra).toBe(inUnbalanced);
    }
    const resent = ix.payments.filter((p) => p.duplicateOf !== null);
    expect(resent.length).toBeGreaterThan(0);
    for (const r of resent) {
      const first = ix.payments.find((p) => p.file === r.duplicateOf && p.traceNumber === r.traceNumber)!;
      expect([first.payerId, first.traceNumber, first.paymentCents]).toEqual([r.payerId, r.traceNumber, r.paymentCents]);
    }
  });

  it('links replacements and resubmissions to the claims they follow', () => {
    const replacements = ix.truths.filter((t) => t.frequencyCode === '7');
    const resubmissions = ix.truths.filter((t) => t.frequencyCode === '1' && t.originalPatientControlNumber);
    expect(replacements.length).toBeGreaterThan(3);
    expect(resubmissions.length).toBeGreaterThan(3);
    for (const r of replacements) {
      const original = truthByPcn.get(r.originalPatientControlNumber!)!;
      expect(r.originalPayerClaimNumber).toBe(original.payerClaimControlNumber);
      expect([r.payerId, r.billingNpi, r.claimType]).toEqual([original.payerId, original.billingNpi, original.claimType]);
      if (original.replacedByPatientControlNumber === r.patientControlNumber) {
        expect(original.status).toBe('reversed');
        expect(original.paidCents).toBe(0);
        expect(r.claimPayments).toBeGreaterThan(0); // the replacement's own 835 carried the reversal
      }
    }
    expect(replacements.some((r) => truthByPcn.get(r.originalPatientControlNumber!)!.replacedByPatientControlNumber === r.patientControlNumber)).toBe(true);
    for (const r of resubmissions) expect(truthByPcn.get(r.originalPatientControlNumber!)!.rejectedBy).toBe('277CA');
  });

  it('walks every lifecycle path', () => {
    const count = (f: (t: ClaimTruth) => boolean) => ix.truths.filter(f).length;
    for (const s of ['submitted', 'accepted', 'rejected', 'pending', 'paid', 'denied', 'reversed']) expect(count((t) => t.status === s), s).toBeGreaterThan(0);
    expect(count((t) => t.rejectedBy === '999')).toBeGreaterThan(0);
    expect(count((t) => t.rejectedBy === '277CA')).toBeGreaterThan(0);
    for (const type of ['professional', 'institutional', 'dental']) expect(count((t) => t.claimType === type), type).toBeGreaterThan(20);
    const allClps = [...ix.paid.values()].flat().map((p) => p.clp);
    const statuses = new Set(allClps.map((c) => c.status));
    expect([...statuses].sort()).toEqual(['1', '22', '4']);
    const reasons = new Set(allClps.flatMap((c) => c.adjustments.map((a) => `${a.group}-${a.reason}`)));
    for (const r of ['PR-1', 'PR-2', 'PR-3', 'CO-45', 'CO-16', 'CO-50', 'CO-197', 'PR-204', 'CO-31', 'CO-97', 'CO-253']) expect(reasons, r).toContain(r);
    const zeroPaidDenials = ix.truths.filter((t) => t.status === 'denied' && t.claimPayments === 1);
    expect(zeroPaidDenials.every((t) => t.paidCents === 0)).toBe(true);
    expect(new Set(ix.truths.map((t) => t.payerId)).size).toBeGreaterThanOrEqual(5);
    expect(new Set(ix.truths.map((t) => t.billingNpi)).size).toBeGreaterThanOrEqual(5);
    expect(new Set(ix.truths.map((t) => t.renderingNpi)).size).toBeGreaterThanOrEqual(10);
    expect(new Set(ix.payments.map((p) => p.traceNumber)).size).toBeGreaterThan(50);
    const methods = new Set(ix.remittances.map((r) => (/^\d+$/.test(r.checked.trace) ? 'CHK' : 'ACH')));
    expect(methods.size).toBe(2);
    expect(count((t) => t.flags.reversed && t.status === 'paid')).toBeGreaterThan(0); // reversed, then corrected
  });
});
