// A payer's decision on one claim, as the 835 will state it: per line allowed / paid / CAS, claim-level CAS,
// patient responsibility. Every result balances by construction (charge − adjustments = paid).
import type { GenClaim } from './claim.js';
import { percentOf } from './money.js';
import type { Rates } from './options.js';
import type { Rng } from './prng.js';

export interface Cas { group: string; reason: string; amountCents: number }

export interface AdjLine {
  chargeCents: number;
  paidCents: number;
  allowedCents: number | null; // AMT*B6; null on denied lines
  cas: Cas[];
  remarks: readonly string[]; // LQ*HE
}

export interface Adjudication {
  statusCode: string; // CLP02: 1 processed as primary, 4 denied, 22 reversal
  outcome: 'paid' | 'denied' | 'reversed';
  chargeCents: number;
  paidCents: number;
  patientResponsibilityCents: number;
  claimCas: Cas[];
  lines: AdjLine[] | null; // null: no SVC loops (CLP02 4)
  remarks: string[]; // MOA remark codes
}

const DENIALS: { group: string; reason: string; remark: string }[] = [
  { group: 'CO', reason: '16', remark: 'M51' },
  { group: 'CO', reason: '16', remark: 'N290' },
  { group: 'CO', reason: '50', remark: 'N130' },
  { group: 'CO', reason: '197', remark: 'N381' },
  { group: 'PR', reason: '204', remark: 'N130' },
];

const COPAYS = [1500, 2000, 2500, 3000, 4000];
const NO_REMARKS: readonly string[] = Object.freeze([]);

export function adjudicate(rng: Rng, claim: GenClaim, rates: Rates, mustPay: boolean): Adjudication {
  if (!mustPay && rng.chance(rates.denied)) return rng.chance(rates.deniedNotRecognised) ? notRecognised(claim) : denial(rng, claim);
  return payment(rng, claim, rates);
}

function totals(statusCode: string, outcome: Adjudication['outcome'], charge: number, claimCas: Cas[], lines: AdjLine[] | null, remarks: string[]): Adjudication {
  let paid = 0;
  let pr = 0;
  for (const c of claimCas) if (c.group === 'PR') pr += c.amountCents;
  for (const l of lines ?? []) {
    paid += l.paidCents;
    for (const c of l.cas) if (c.group === 'PR') pr += c.amountCents;
  }
  return { statusCode, outcome, chargeCents: charge, paidCents: paid, patientResponsibilityCents: pr, claimCas, lines, remarks };
}

/** CLP02 4: patient not recognised; one claim-level CO-31 for the whole charge, no lines. */
function notRecognised(claim: GenClaim): Adjudication {
  return totals('4', 'denied', claim.chargeCents, [{ group: 'CO', reason: '31', amountCents: claim.chargeCents }], null, ['MA130']);
}

/** Processed (CLP02 1) but paid 0: every line adjusted in full with one denial reason. */
function denial(rng: Rng, claim: GenClaim): Adjudication {
  const d = rng.pick(DENIALS);
  const lines = claim.lines.map((l): AdjLine => ({
    chargeCents: l.chargeCents, paidCents: 0, allowedCents: null,
    cas: [{ group: d.group, reason: d.reason, amountCents: l.chargeCents }], remarks: [d.remark],
  }));
  return totals('1', 'denied', claim.chargeCents, [], lines, []);
}

function payment(rng: Rng, claim: GenClaim, rates: Rates): Adjudication {
  const contract = rng.chance(0.1) ? 100 : rng.int(55, 90); // percent of charge the payer allows
  const bundled = claim.lines.length > 1 && rng.chance(rates.lineDenial) ? rng.int(1, claim.lines.length - 1) : -1;
  const allowed = claim.lines.map((l, i) => (i === bundled ? 0 : Math.max(100, percentOf(l.chargeCents, contract))));
  const pr = patientShare(rng, allowed, rates);
  const sequestered = claim.payer.filing === '16';
  const lines = claim.lines.map((l, i): AdjLine => {
    if (i === bundled) return { chargeCents: l.chargeCents, paidCents: 0, allowedCents: 0, cas: [{ group: 'CO', reason: '97', amountCents: l.chargeCents }], remarks: ['M15'] };
    const cas: Cas[] = [];
    if (l.chargeCents > allowed[i]) cas.push({ group: 'CO', reason: '45', amountCents: l.chargeCents - allowed[i] });
    let paid = allowed[i];
    for (const [reason, amounts] of pr) {
      if (amounts[i] > 0) { cas.push({ group: 'PR', reason, amountCents: amounts[i] }); paid -= amounts[i]; }
    }
    if (sequestered && paid >= 100) {
      const cut = percentOf(paid, 2);
      cas.push({ group: 'CO', reason: '253', amountCents: cut });
      paid -= cut;
    }
    return { chargeCents: l.chargeCents, paidCents: paid, allowedCents: allowed[i], cas, remarks: NO_REMARKS };
  });
  return totals('1', 'paid', claim.chargeCents, [], lines, []);
}

/** Deductible (PR 1), coinsurance (PR 2) or copay (PR 3) per line; always leaves the payer something to pay. */
function patientShare(rng: Rng, allowed: number[], rates: Rates): [string, number[]][] {
  if (!rng.chance(rates.patientResponsibility)) return [];
  const left = allowed.slice();
  const shares: [string, number[]][] = [];
  const kind = rng.int(0, 3); // 0 deductible + coinsurance, 1 coinsurance, 2 copay, 3 deductible
  if (kind === 0 || kind === 3) {
    let deductible = rng.int(20, 300) * 100;
    const amounts = left.map((a, i) => {
      const take = Math.min(deductible, Math.max(0, a - 100)); // keep at least a dollar payable per line
      deductible -= take;
      left[i] -= take;
      return take;
    });
    shares.push(['1', amounts]);
  }
  if (kind === 0 || kind === 1) shares.push(['2', left.map((a, i) => { const c = percentOf(a, 20); left[i] -= c; return c; })]);
  if (kind === 2) {
    const copay = rng.pick(COPAYS);
    const first = left.findIndex((a) => a > copay);
    if (first >= 0) shares.push(['3', left.map((_, i) => (i === first ? copay : 0))]);
  }
  return shares;
}

/** CLP02 22: the payment repeated with every amount negated, CAS keeping their group codes. */
export function reversalOf(p: Adjudication): Adjudication {
  const neg = (c: Cas): Cas => ({ group: c.group, reason: c.reason, amountCents: -c.amountCents });
  const lines = p.lines?.map((l): AdjLine => ({
    chargeCents: -l.chargeCents, paidCents: -l.paidCents, allowedCents: l.allowedCents === null ? null : -l.allowedCents,
    cas: l.cas.map(neg), remarks: l.remarks,
  })) ?? null;
  return {
    statusCode: '22', outcome: 'reversed', chargeCents: -p.chargeCents, paidCents: -p.paidCents,
    patientResponsibilityCents: -p.patientResponsibilityCents, claimCas: p.claimCas.map(neg), lines, remarks: p.remarks,
  };
}
