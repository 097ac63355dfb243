// Groups evidence into claims. Pure and order-free: the result depends only on the set of evidence, never on the
// order it arrived in, because items are sorted canonically first and every rule is decided on a fixed partition.
//
// The rules, in the order they apply:
//  1. Re-sent 837s: same patient control number, billing NPI, payer and patient are one claim.
//  2. Responses sharing a payer claim number (277 REF*1K, 835 CLP07) within payer and patient are one claim.
//  3. A replacement / void (CLM05-3 = 7 / 8) joins the claim holding the payer claim number in its REF*F8
//     (applied after rule 4, so it joins the original 837 together with its responses).
//  4. Each group of responses joins the best-matching submitted claim: same patient control number (or its
//     20-character truncation), billing NPI, payer and not a different patient; ties go to charge, dates, then
//     canonical order.
//  5. Responses with no 837 stay their own claims (flagged no_submission). One without a payer claim number joins
//     a numbered one with the same keys and charge; it never bridges two of them. Two claim payments from one ERA
//     never merge here: nine CLPs that share a patient control number stay nine claims.
//  6. With no 837, a reversal (CLP02 22) with nothing after it is followed by the next payment for the same
//     patient control number, payer and patient: the correction.
import { bySortKey, type ClaimEvidence, type PaymentEvidence } from './evidence.js';
import { datesOverlap, normalizeId, npiCompatible, payerCompatible, pcnCompatible, sameCharge, samePerson } from './keys.js';
import { UnionFind } from './union-find.js';

const REVERSAL = '22';

/** Keys that must agree before two pieces of evidence can be about the same claim. */
export function sameClaimKeys(a: ClaimEvidence, b: ClaimEvidence): boolean {
  return pcnCompatible(a.pcn, b.pcn) && npiCompatible(a.npi, b.npi) && payerCompatible(a, b) && samePerson(a, b) !== 'no';
}

function matchScore(a: ClaimEvidence, b: ClaimEvidence): number {
  return (samePerson(a, b) === 'yes' ? 4 : 0) + (sameCharge(a.chargeCents, b.chargeCents) ? 2 : 0) + (datesOverlap(a, b) ? 1 : 0);
}

const pcc = (e: ClaimEvidence): string | null => (e.kind === 'submission' ? null : normalizeId(e.pcc));
const isPayment = (e: ClaimEvidence): e is PaymentEvidence => e.kind === 'payment';
const isReversal = (e: ClaimEvidence): boolean => isPayment(e) && e.statusCode === REVERSAL;

/** Payment order: date, then position (a reversal precedes its correction inside one 835). */
export const paymentOrder = (a: PaymentEvidence, b: PaymentEvidence): number =>
  a.at < b.at ? -1 : a.at > b.at ? 1 : bySortKey(a, b);

export function correlate(input: readonly ClaimEvidence[]): ClaimEvidence[][] {
  const whole = oneSubmittedClaim(input);
  if (whole) return [whole];
  const items = [...input].sort(bySortKey);
  const uf = new UnionFind(items.length);
  const subs = items.flatMap((e, i) => (e.kind === 'submission' ? [i] : []));
  const resp = items.flatMap((e, i) => (e.kind === 'submission' ? [] : [i]));

  // 1. re-sent submissions. Identical key signatures union directly; only distinct signatures are compared pairwise,
  // so a claim re-sent hundreds of times stays cheap.
  const bySignature = new Map<string, number>();
  const reps: number[] = [];
  for (const i of subs) {
    const sig = signature(items[i]!);
    const rep = bySignature.get(sig);
    if (rep === undefined) { bySignature.set(sig, i); reps.push(i); } else uf.union(rep, i);
  }
  for (let x = 0; x < reps.length; x++) {
    for (let y = x + 1; y < reps.length; y++) {
      const a = items[reps[x]!]!, b = items[reps[y]!]!;
      if (sameClaimKeys(a, b) && (samePerson(a, b) === 'yes' || (!a.patientLast && !b.patientLast))) uf.union(reps[x]!, reps[y]!);
    }
  }
  // 2. shared payer claim number
  for (let x = 0; x < resp.length; x++) {
    const a = items[resp[x]!]!;
    if (!pcc(a)) continue;
    for (let y = x + 1; y < resp.length; y++) {
      const b = items[resp[y]!]!;
      if (pcc(a) === pcc(b) && payerCompatible(a, b) && pcnCompatible(a.pcn, b.pcn) && samePerson(a, b) !== 'no') uf.union(resp[x]!, resp[y]!);
    }
  }
  attachToSubmissions(items, uf);
  // 3. replacement / void → the claim holding its REF*F8 (after rule 4, so it joins the original's whole claim)
  for (const s of subs) {
    const sub = items[s]!;
    const f8 = sub.kind === 'submission' ? normalizeId(sub.originalPcc) : null;
    if (!f8) continue;
    for (const r of resp) if (pcc(items[r]!) === f8 && payerCompatible(sub, items[r]!) && npiCompatible(sub.npi, items[r]!.npi)) uf.union(s, r);
  }
  mergeOrphans(items, uf);
  linkOrphanCorrections(items, uf);
  return uf.groups().map((g) => g.map((i) => items[i]!));
}

/**
 * The common case, decided without the general machinery: exactly one 837 claim and every response compatible with
 * it. Rule 4 then attaches every response group to that submission (its only candidate), so all of it is one claim.
 */
function oneSubmittedClaim(input: readonly ClaimEvidence[]): ClaimEvidence[] | null {
  let sub: ClaimEvidence | null = null;
  for (const e of input) {
    if (e.kind !== 'submission') continue;
    if (sub) return null;
    sub = e;
  }
  if (!sub) return null;
  for (const e of input) if (e !== sub && !sameClaimKeys(e, sub)) return null;
  return [...input].sort(bySortKey);
}

/** Everything the matching rules read from a piece of evidence: equal signatures always match alike. */
const signature = (e: ClaimEvidence): string =>
  [e.kind, e.pcn.trim().toUpperCase(), e.npi, normalizeId(e.payerId), normalizeId(e.payerName), normalizeId(e.memberId), normalizeId(e.patientId),
    normalizeId(e.patientLast), e.chargeCents, e.serviceFrom, e.serviceTo].join('\u0000');

/** One member per distinct signature: enough to decide any match against the group. */
function distinctBySignature(items: ClaimEvidence[], group: number[]): number[] {
  const seen = new Set<string>();
  return group.filter((i) => { const s = signature(items[i]!); if (seen.has(s)) return false; seen.add(s); return true; });
}

/** Rule 4: decided against the partition as it stands, then applied, so group order cannot matter. */
function attachToSubmissions(items: ClaimEvidence[], uf: UnionFind): void {
  const groups = uf.groups();
  const submitted = groups.filter((g) => g.some((i) => items[i]!.kind === 'submission'))
    .map((g) => ({ root: g[0]!, subs: distinctBySignature(items, g.filter((i) => items[i]!.kind === 'submission')) }));
  const decisions: Array<[number, number]> = [];
  for (const g of groups) {
    if (g.some((i) => items[i]!.kind === 'submission')) continue;
    let best: { root: number; score: number } | null = null;
    const mine = distinctBySignature(items, g);
    for (const s of submitted) {
      let score = -1;
      for (const i of mine) for (const j of s.subs) {
        if (sameClaimKeys(items[i]!, items[j]!)) score = Math.max(score, matchScore(items[i]!, items[j]!));
      }
      if (score >= 0 && (!best || score > best.score)) best = { root: s.root, score };
    }
    if (best) decisions.push([g[0]!, best.root]);
  }
  for (const [a, b] of decisions) uf.union(a, b);
}

const remittancesOf = (items: ClaimEvidence[], g: number[]): Set<number> =>
  new Set(g.flatMap((i) => { const e = items[i]!; return isPayment(e) && !isReversal(e) ? [e.remittanceId] : []; }));
const shareRemittance = (a: Set<number>, b: Set<number>): boolean => [...a].some((r) => b.has(r));

function orphanGroups(items: ClaimEvidence[], uf: UnionFind): number[][] {
  return uf.groups().filter((g) => g.every((i) => items[i]!.kind !== 'submission'));
}

function compatibleWithCharge(items: ClaimEvidence[], a: number[], b: number[]): number {
  let score = -1;
  for (const i of a) for (const j of b) {
    const x = items[i]!, y = items[j]!;
    if (sameClaimKeys(x, y) && sameCharge(x.chargeCents, y.chargeCents)) score = Math.max(score, matchScore(x, y));
  }
  return score;
}

/** Rule 5. */
function mergeOrphans(items: ClaimEvidence[], uf: UnionFind): void {
  const orphans = orphanGroups(items, uf);
  const numbered = orphans.filter((g) => g.some((i) => pcc(items[i]!)));
  const bare = orphans.filter((g) => !g.some((i) => pcc(items[i]!)));
  const decisions: Array<[number, number]> = [];
  const unplaced: number[][] = [];
  for (const g of bare) {
    let best: { root: number; score: number } | null = null;
    for (const q of numbered) {
      if (shareRemittance(remittancesOf(items, g), remittancesOf(items, q))) continue;
      const score = compatibleWithCharge(items, g, q);
      if (score >= 0 && (!best || score > best.score)) best = { root: q[0]!, score };
    }
    if (best) decisions.push([g[0]!, best.root]); else unplaced.push(g);
  }
  for (let x = 0; x < unplaced.length; x++) {
    for (let y = x + 1; y < unplaced.length; y++) {
      const a = unplaced[x]!, b = unplaced[y]!;
      if (!shareRemittance(remittancesOf(items, a), remittancesOf(items, b)) && compatibleWithCharge(items, a, b) >= 0) decisions.push([a[0]!, b[0]!]);
    }
  }
  for (const [a, b] of decisions) uf.union(a, b);
}

/** Rule 6. Each reversal takes the earliest later payment that fits; each payment corrects at most one reversal. */
function linkOrphanCorrections(items: ClaimEvidence[], uf: UnionFind): void {
  const orphans = orphanGroups(items, uf);
  const paymentsOf = (g: number[]) => g.map((i) => items[i]!).filter(isPayment).sort(paymentOrder);
  const open = orphans.filter((g) => { const p = paymentsOf(g); return p.length > 0 && isReversal(p[p.length - 1]!); });
  const candidates = orphans.filter((g) => { const p = paymentsOf(g); return p.length > 0 && !p.some(isReversal); });
  const used = new Set<number>();
  for (const g of open) {
    const reversal = paymentsOf(g).at(-1)!;
    const fits = candidates
      .filter((c) => !used.has(c[0]!))
      .map((c) => ({ c, first: paymentsOf(c)[0]! }))
      .filter(({ c, first }) => paymentOrder(reversal, first) < 0 && c.some((i) => g.some((j) => sameClaimKeys(items[i]!, items[j]!))))
      .sort((a, b) => paymentOrder(a.first, b.first));
    const pick = fits[0];
    if (!pick) continue;
    used.add(pick.c[0]!);
    uf.union(g[0]!, pick.c[0]!);
  }
}
