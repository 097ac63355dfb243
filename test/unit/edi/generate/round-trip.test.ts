// Round trip through the X12 engine: for several seeds and delimiter sets, what main/edi reads back from
// the generated files equals the generator's truth, claim by claim.
import { describe, expect, it } from 'vitest';
import { generateEvents, type ClaimTruth, type Delimiters, type GeneratedFile, type PaymentTruth } from '../../../../main/edi/generate/index.js';
import { parseX12Text } from '../../../../main/edi/index.js';
import type { ClaimPayment, ClaimStatusReport, ClaimSubmission, Remittance } from '../../../../main/edi/model.js';

interface Read {
  submissions: Map<string, ClaimSubmission>;
  rejectedSets: Set<string>; // "GS06/ST02" of 837 sets the 999s reject
  setOf: Map<string, string>; // pcn → "GS06/ST02" of its 837 set
  acks: Map<string, ClaimStatusReport>;
  pending: Map<string, ClaimStatusReport>;
  payments: Map<string, ClaimPayment[]>; // resent ERAs left out
  remittances: { file: string; remittance: Remittance }[];
}

function readBack(files: GeneratedFile[], resent: Set<string>): Read {
  const r: Read = { submissions: new Map(), rejectedSets: new Set(), setOf: new Map(), acks: new Map(), pending: new Map(), payments: new Map(), remittances: [] };
  for (const f of files) {
    const parsed = parseX12Text(f.text, { file: f.name });
    expect(parsed.warnings, f.name).toEqual([]);
    for (const set of parsed.sets) {
      expect(set.error, f.name).toBeNull();
      expect(set.warnings, f.name).toEqual([]);
      const m = set.mapped!;
      if (m.kind === '837') {
        for (const c of m.claims) {
          r.submissions.set(c.patientControlNumber, c);
          r.setOf.set(c.patientControlNumber, `${set.envelope.groupControlNumber}/${set.envelope.transactionControlNumber}`);
        }
      } else if (m.kind === '999') {
        for (const s of m.acknowledgment.sets) if (s.status === 'rejected') r.rejectedSets.add(`${m.acknowledgment.groupControlNumber}/${s.transactionControlNumber}`);
      } else if (m.kind === '277') {
        for (const rep of m.reports) (rep.variant === '277CA' ? r.acks : r.pending).set(rep.patientControlNumber, rep);
      } else if (m.kind === '835') {
        r.remittances.push({ file: f.name, remittance: m.remittance });
        if (resent.has(f.name)) continue;
        for (const c of m.remittance.claims) {
          const list = r.payments.get(c.patientControlNumber) ?? [];
          list.push(c);
          r.payments.set(c.patientControlNumber, list);
        }
      }
    }
  }
  return r;
}

/** The status a billing office would derive from what the engine read. */
function statusFrom(r: Read, pcn: string): string {
  const paid = r.payments.get(pcn) ?? [];
  if (paid.length > 0) {
    const last = paid[paid.length - 1];
    return last.statusCode === '22' ? 'reversed' : last.paidCents > 0 ? 'paid' : 'denied';
  }
  if (r.rejectedSets.has(r.setOf.get(pcn)!)) return 'rejected';
  if (r.pending.has(pcn)) return 'pending';
  const ack = r.acks.get(pcn);
  if (!ack) return 'submitted';
  return ack.statuses[0].categoryCode === 'A2' ? 'accepted' : 'rejected';
}

function netAdjustments(list: ClaimPayment[]): ClaimTruth['adjustments'] {
  const sums = new Map<string, number>();
  for (const c of list) for (const a of [...c.adjustments, ...c.lines.flatMap((l) => l.adjustments)]) sums.set(`${a.group} ${a.reason}`, (sums.get(`${a.group} ${a.reason}`) ?? 0) + a.amountCents);
  return [...sums].filter(([, v]) => v !== 0).map(([k, v]) => ({ group: k.split(' ')[0], reason: k.split(' ')[1], amountCents: v }))
    .sort((x, y) => (x.group === y.group ? x.reason.localeCompare(y.reason) : x.group.localeCompare(y.group)));
}

const CASES: [number, Partial<Delimiters>][] = [
  [1, {}],
  [2, { element: '|', component: '>', repetition: '!', terminator: '\n', newline: '' }],
  [3, { element: '^', component: '\\', repetition: '{', terminator: '~', newline: '\r\n' }],
  [4, { element: '+', component: '<', repetition: '#', terminator: "'", newline: '' }],
];

describe('generator → X12 engine round trip', () => {
  it.each(CASES)('seed %i: the engine reads back the truth', (seed, delimiters) => {
    const files: GeneratedFile[] = [];
    const truths: ClaimTruth[] = [];
    const payments: PaymentTruth[] = [];
    const opts = { seed, claims: 500, claimsPer837: 40, claimsPer835: 20, delimiters, rates: { rejected999: 0.05, pending: 0.05, unbalancedEra: 0.03, duplicateEra: 0.03, reversal: 0.08, replacement: 0.05 } };
    for (const e of generateEvents(opts)) {
      if (e.type === 'file') files.push(e.file);
      else if (e.type === 'claim') truths.push(e.claim);
      else payments.push(e.payment);
    }
    const r = readBack(files, new Set(payments.filter((p) => p.duplicateOf).map((p) => p.file)));

    for (const t of truths) {
      const pcn = t.patientControlNumber;
      const sub = r.submissions.get(pcn)!;
      expect([sub.chargeCents, sub.frequencyCode, sub.originalPayerClaimNumber, sub.billingProvider.npi, sub.payer.id, sub.claimType])
        .toEqual([t.chargeCents, t.frequencyCode, t.originalPayerClaimNumber, t.billingNpi, t.payerId, t.claimType]);
      expect([sub.statementFrom ?? sub.lines[0].serviceDateFrom, sub.renderingProvider?.npi ?? sub.attendingProvider?.npi]).toEqual([t.serviceDateFrom, t.renderingNpi]);
      expect(sub.lines.map((l) => [l.lineControlNumber, l.chargeCents])).toEqual(t.lines.map((l) => [l.lineControlNumber, l.chargeCents]));

      expect(statusFrom(r, pcn), pcn).toBe(t.status);
      const ack = r.acks.get(pcn);
      if (ack) {
        const s = ack.statuses[0];
        expect([s.categoryCode, s.statusCode, s.entityCode].filter(Boolean).join(':')).toBe(t.acknowledgment);
        expect(s.chargeCents).toBe(t.chargeCents);
        expect(ack.payerClaimControlNumber).toBe(t.payerClaimControlNumber);
      }

      const paid = r.payments.get(pcn) ?? [];
      expect(paid).toHaveLength(t.claimPayments);
      expect(paid.reduce((a, c) => a + c.paidCents, 0)).toBe(t.paidCents);
      expect(paid.reduce((a, c) => a + c.patientResponsibilityCents, 0)).toBe(t.patientResponsibilityCents);
      expect(netAdjustments(paid)).toEqual(t.adjustments);
      for (const c of paid) {
        expect(c.payerClaimControlNumber).toBe(t.payerClaimControlNumber);
        expect(c.findings).toEqual([]);
      }
      for (const line of t.lines) {
        const read = paid.flatMap((c) => c.lines).filter((l) => l.lineControlNumber === line.lineControlNumber);
        expect(read.reduce((a, l) => a + l.paidCents, 0)).toBe(line.paidCents);
        const lastAllowed = paid.length > 0 && paid[paid.length - 1].statusCode !== '22' ? read[read.length - 1]?.allowedCents ?? null : null;
        expect(lastAllowed).toBe(line.allowedCents);
      }
    }

    const byTrace = new Map(payments.map((p) => [`${p.file}|${p.traceNumber}`, p]));
    expect(r.remittances.length).toBe(payments.length);
    for (const { file, remittance } of r.remittances) {
      const p = byTrace.get(`${file}|${remittance.traceNumber}`)!;
      expect([remittance.paymentCents, remittance.payer.id, remittance.payee.npi]).toEqual([p.paymentCents, p.payerId, p.payeeNpi]);
      expect(remittance.providerAdjustments.map((a) => [a.reasonCode, a.reference, a.amountCents])).toEqual(p.providerAdjustments.map((a) => [a.reason, a.reference, a.amountCents]));
      expect(remittance.findings.map((f) => f.differenceCents !== 0)).toEqual(p.unbalanced ? [true] : []);
    }
  });
});
