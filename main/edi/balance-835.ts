// The 835 money rules, checked and reported as findings; amounts are never changed.
//   line:        SVC02 − SVC03 = that line's CAS
//   claim:       CLP03 − CLP04 = claim CAS + all line CAS
//   remittance:  BPR02 = Σ CLP04 − Σ PLB
import type { BalanceFinding, ClaimPayment, Location, Remittance } from './model.js';

function sumAdjustments(adjustments: { amountCents: number }[]): number {
  let sum = 0;
  for (const a of adjustments) sum += a.amountCents;
  return sum;
}

function finding(level: BalanceFinding['level'], rule: string, expected: number, actual: number, message: string, location: Location): BalanceFinding {
  return { level, rule, expectedCents: expected, actualCents: actual, differenceCents: expected - actual, message, location };
}

export function balanceClaim(claim: ClaimPayment): void {
  let lineAdjustments = 0;
  for (let i = 0; i < claim.lines.length; i++) {
    const line = claim.lines[i];
    const adjustments = sumAdjustments(line.adjustments);
    lineAdjustments += adjustments;
    const expected = line.chargeCents - line.paidCents;
    if (expected !== adjustments) {
      claim.findings.push(finding('line', 'SVC02-SVC03=CAS', expected, adjustments,
        `Service line ${i + 1}: charge minus paid is ${cents(expected)} but its adjustments total ${cents(adjustments)}`, line.location));
    }
  }
  const adjusted = sumAdjustments(claim.adjustments) + lineAdjustments;
  const expected = claim.chargeCents - claim.paidCents;
  if (expected !== adjusted) {
    claim.findings.push(finding('claim', 'CLP03-CLP04=CAS', expected, adjusted,
      `Claim charge minus paid is ${cents(expected)} but claim and line adjustments total ${cents(adjusted)}`, claim.location));
  }
}

export function balanceRemittance(r: Remittance, bprLocation: Location): void {
  let paid = 0;
  for (const claim of r.claims) {
    balanceClaim(claim);
    paid += claim.paidCents;
  }
  const plb = sumAdjustments(r.providerAdjustments);
  const expected = paid - plb;
  if (expected !== r.paymentCents) {
    r.findings.push(finding('remittance', 'BPR02=CLP04-PLB', expected, r.paymentCents,
      `Claims paid minus provider adjustments is ${cents(expected)} but BPR02 is ${cents(r.paymentCents)}`, bprLocation));
  }
}

/** -127 → "-1.27" for messages. */
export function cents(v: number): string {
  const sign = v < 0 ? '-' : '';
  const abs = Math.abs(v);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
