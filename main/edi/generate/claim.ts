// One synthetic claim as submitted (837 content) plus the running totals its later events add up to,
// from which its truth record is read when its story ends.
import type { Adjudication } from './adjudicate.js';
import type { BillingProvider, ClaimType, Member, Payer, Person } from './parties.js';
import type { Rng } from './prng.js';
import {
  DENTAL_CODES, DENTAL_DIAGNOSES, DIAGNOSES, EM_VISITS, INSTITUTIONAL_LINES, PROFESSIONAL_EXTRAS, TOOTH_SURFACES,
  type ProcedureCode,
} from './words.js';

export interface GenLine {
  qualifier: 'HC' | 'AD';
  code: string; // CPT/HCPCS or CDT; '' for a revenue-only institutional line
  modifier: string;
  revenue: string; // institutional revenue code, else ''
  chargeCents: number;
  units: number;
  day: number;
  controlNumber: string; // REF*6R
  tooth: string;
  surfaces: readonly string[];
}

export type FinalStatus = 'submitted' | 'accepted' | 'rejected' | 'pending' | 'paid' | 'denied' | 'reversed';

export interface GenClaim {
  pcn: string;
  type: ClaimType;
  provider: BillingProvider;
  renderer: Person;
  payer: Payer;
  member: Member;
  frequency: '1' | '7';
  originalPcn: string | null; // the claim this one replaces or resubmits
  originalPayerClaim: string | null; // REF*F8
  facility: string; // CLM05-1: place of service or facility type
  diagnoses: string[];
  lines: GenLine[];
  chargeCents: number;
  fromDay: number;
  toDay: number;
  submitDay: number;
  // lifecycle, filled in as events are written
  status: FinalStatus;
  rejectedBy: '999' | '277CA' | null;
  acknowledgment: string | null; // e.g. A2:20 or A7:21:85
  ackDay: number;
  payerClaim: string | null; // REF*1K = CLP07
  paidCents: number;
  patientResponsibilityCents: number;
  adjustments: Map<string, number>; // "GROUP REASON" → net cents
  linePaid: number[];
  lineAllowed: (number | null)[];
  lastPayment: Adjudication | null; // the payment a reversal would negate
  claimPayments: number; // CLPs written, reversals included
  unbalancedEra: boolean;
  duplicateEra: boolean;
  files: string[];
  open: number; // events still to come; the truth is emitted at 0
  replaces: GenClaim | null; // original paid claim this replacement reverses once paid
  awaitingReplacement: boolean;
  replacedBy: string | null; // pcn of the replacement whose payment reversed this claim
  reversed: boolean; // a CLP02 22 was written for it
}

export interface NewClaim {
  pcn: string;
  type: ClaimType;
  provider: BillingProvider;
  payer: Payer;
  member: Member;
  submitDay: number;
}

/** Whole dollars mostly, odd cents sometimes: like real fee schedules. */
function fee(rng: Rng, lo: number, hi: number): number {
  const dollars = rng.int(Math.floor(lo / 100), Math.floor(hi / 100));
  return dollars * 100 + (rng.chance(0.25) ? rng.int(1, 99) : 0);
}

const NONE: readonly string[] = Object.freeze([]);

/** A service line; fields listed out rather than spread, as this runs for every line. */
function line(pcn: string, n: number, code: string, chargeCents: number, day: number, more?: { qualifier?: 'AD'; modifier?: string; revenue?: string; units?: number; tooth?: string; surfaces?: readonly string[] }): GenLine {
  return {
    qualifier: more?.qualifier ?? 'HC', code, modifier: more?.modifier ?? '', revenue: more?.revenue ?? '', chargeCents,
    units: more?.units ?? 1, day, controlNumber: `${pcn}L${n}`, tooth: more?.tooth ?? '', surfaces: more?.surfaces ?? NONE,
  };
}

function professionalLines(rng: Rng, pcn: string, day: number): GenLine[] {
  const lines: GenLine[] = [];
  const count = rng.int(1, 4);
  const used = new Set<string>();
  for (let n = 1; n <= count; n++) {
    const p: ProcedureCode = n === 1 && rng.chance(0.85) ? rng.pick(EM_VISITS) : rng.pick(PROFESSIONAL_EXTRAS);
    if (used.has(p.code)) continue;
    used.add(p.code);
    const units = p.code === '97110' ? rng.int(1, 4) : 1;
    lines.push(line(pcn, lines.length + 1, p.code, fee(rng, p.lo, p.hi) * units, day, { modifier: p.modifier, units }));
  }
  return lines;
}

function institutionalLines(rng: Rng, pcn: string, from: number, to: number): GenLine[] {
  const lines: GenLine[] = [];
  const count = rng.int(1, 5);
  for (let n = 1; n <= count; n++) {
    const r = rng.pick(INSTITUTIONAL_LINES);
    const units = r.revenue === '0250' ? rng.int(1, 6) : 1;
    lines.push(line(pcn, n, r.hcpcs ?? '', fee(rng, r.lo, r.hi) * units, rng.int(from, to), { revenue: r.revenue, units }));
  }
  return lines;
}

function dentalLines(rng: Rng, pcn: string, day: number): GenLine[] {
  const lines: GenLine[] = [];
  const count = rng.int(1, 4);
  for (let n = 1; n <= count; n++) {
    const p = rng.pick(DENTAL_CODES);
    const surfaces = p.code === 'D2392' ? TOOTH_SURFACES.slice(0, rng.int(1, 3)) : NONE;
    lines.push(line(pcn, n, p.code, fee(rng, p.lo, p.hi), day, { qualifier: 'AD', tooth: p.tooth ? String(rng.int(1, 32)) : '', surfaces }));
  }
  return lines;
}

export function makeClaim(rng: Rng, c: NewClaim): GenClaim {
  const to = c.submitDay - rng.int(1, 20);
  const inpatient = c.type === 'institutional' && rng.chance(0.2);
  const from = c.type === 'institutional' ? to - (inpatient ? rng.int(1, 6) : rng.int(0, 1)) : to;
  const lines = c.type === 'professional' ? professionalLines(rng, c.pcn, to)
    : c.type === 'institutional' ? institutionalLines(rng, c.pcn, from, to)
      : dentalLines(rng, c.pcn, to);
  const dxList = c.type === 'dental' ? DENTAL_DIAGNOSES : DIAGNOSES;
  const diagnoses = [rng.pick(dxList)];
  if (rng.chance(0.4)) { const more = rng.pick(dxList); if (more !== diagnoses[0]) diagnoses.push(more); }
  const facility = c.type === 'institutional' ? (inpatient ? '11' : '13') : c.provider.code === 'PUC' ? '20' : '11';
  return blankClaim(c, rng.pick(c.provider.renderers), facility, diagnoses, lines, from, to);
}

/** A frequency-7 replacement (same service, a corrected charge) or a new original resubmitting a rejected claim. */
export function makeFollowUp(rng: Rng, original: GenClaim, pcn: string, submitDay: number, replacement: boolean): GenClaim {
  const lines = original.lines.map((l, i) => ({ ...l, controlNumber: `${pcn}L${i + 1}` }));
  const changed = rng.int(0, lines.length - 1);
  lines[changed] = { ...lines[changed], chargeCents: lines[changed].chargeCents + rng.int(1, 40) * 500 };
  const c = blankClaim({ ...original, pcn, submitDay }, original.renderer, original.facility, original.diagnoses, lines, original.fromDay, original.toDay);
  c.originalPcn = original.pcn;
  if (replacement) {
    c.frequency = '7';
    c.originalPayerClaim = original.payerClaim;
    c.replaces = original;
  }
  return c;
}

function blankClaim(c: NewClaim, renderer: Person, facility: string, diagnoses: string[], lines: GenLine[], fromDay: number, toDay: number): GenClaim {
  let charge = 0;
  for (const l of lines) charge += l.chargeCents;
  return {
    pcn: c.pcn, type: c.type, provider: c.provider, renderer, payer: c.payer, member: c.member,
    frequency: '1', originalPcn: null, originalPayerClaim: null, facility, diagnoses, lines, chargeCents: charge,
    fromDay, toDay, submitDay: c.submitDay,
    status: 'submitted', rejectedBy: null, acknowledgment: null, ackDay: c.submitDay, payerClaim: null,
    paidCents: 0, patientResponsibilityCents: 0, adjustments: new Map(), linePaid: lines.map(() => 0), lineAllowed: lines.map(() => null),
    lastPayment: null, claimPayments: 0, unbalancedEra: false, duplicateEra: false, files: [], open: 0,
    replaces: null, awaitingReplacement: false, replacedBy: null, reversed: false,
  };
}
