// Turns queued claim payments into 835 payments: chunks per payer and payee, PLB interest / recoupment /
// forwarding balance so BPR02 = Σ CLP04 − Σ PLB never goes negative, and the deliberate defects.
import type { Entry835, Payment835, Plb } from './build-835.js';
import { dayToX12 } from './dates.js';
import type { Rates } from './options.js';
import type { BillingProvider, Payer } from './parties.js';
import type { Rng } from './prng.js';

/** Claims waiting to be paid by one payer to one payee. */
export interface PayQueue {
  payer: Payer;
  provider: BillingProvider;
  entries: Entry835[];
  since: number; // tick of the oldest waiting entry
  carryCents: number; // a negative balance forwarded (PLB FB) to be taken back from a later payment
  lastPayerClaim: string | null; // a claim paid earlier, named by a recoupment
}

export interface PlannedPayment {
  payment: Payment835;
  expectedCents: number; // Σ CLP04 − Σ PLB
  unbalanced: boolean;
  duplicate: boolean;
}

/** Decides the money of one 835 (not its ST control number, set when the file is assembled). */
export function planPayment(rng: Rng, rates: Rates, q: PayQueue, entries: Entry835[], day: number, seq: number): PlannedPayment {
  let claimsTotal = 0;
  for (const e of entries) claimsTotal += e.adj.paidCents;
  const plb: Plb[] = [];
  let plbTotal = 0;
  const add = (reason: string, reference: string, amountCents: number) => { plb.push({ reason, reference, amountCents }); plbTotal += amountCents; };

  const check = rng.chance(rates.check);
  const trace = check ? String(4_000_000 + seq) : `${q.payer.claimPrefix}${dayToX12(day)}${String(seq).padStart(6, '0')}`;

  if (q.carryCents > 0 && claimsTotal > 0) {
    const take = Math.min(q.carryCents, claimsTotal);
    add('FB', 'BALANCE FORWARD', take);
    q.carryCents -= take;
  }
  if (rng.chance(rates.interest)) {
    const named = entries.find((e) => e.adj.paidCents > 0)?.claim.payerClaim;
    if (named) add('L6', named, -rng.int(50, 2500)); // interest owed to the provider: negative raises the payment
  }
  const available = claimsTotal - plbTotal;
  if (rng.chance(rates.recoupment) && available > 3000 && q.lastPayerClaim) {
    add('WO', q.lastPayerClaim, rng.int(1000, Math.min(25_000, available - 1000)));
  }
  if (claimsTotal - plbTotal < 0) {
    // reversals outweigh payments: pay 0 now and take the rest from a later payment (X12 RFI 222)
    const owed = plbTotal - claimsTotal;
    add('FB', trace, -owed);
    q.carryCents += owed;
  }
  for (const e of entries) if (e.adj.statusCode !== '22' && e.adj.paidCents > 0 && e.claim.payerClaim) q.lastPayerClaim = e.claim.payerClaim;

  const expectedCents = claimsTotal - plbTotal;
  const unbalanced = rng.chance(rates.unbalancedEra);
  const duplicate = rng.chance(rates.duplicateEra);
  return {
    payment: {
      control: '', payer: q.payer, provider: q.provider, day, trace, method: check ? 'CHK' : 'ACH', entries, plb,
      paymentCents: unbalanced ? expectedCents + rng.int(1, 5000) : expectedCents,
    },
    expectedCents,
    unbalanced,
    duplicate,
  };
}
