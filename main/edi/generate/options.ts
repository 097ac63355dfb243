// Generator options: defaults, lifecycle rates and delimiter sets, checked once before any text is built.
import { isoToDay } from './dates.js';

/** Separators written into every interchange. `newline` is padding after each terminator ('' for none). */
export interface Delimiters {
  element: string;
  component: string;
  repetition: string;
  terminator: string;
  newline: '' | '\n' | '\r\n';
}

/** Probabilities (0..1) of each lifecycle path; each says what it applies to. */
export interface Rates {
  institutional: number; // share of claims billed by facilities (SV2)
  dental: number; // share of claims billed by dental offices (SV3 + TOO)
  dependent: number; // patient is the subscriber's dependent (HL 23)
  rejected999: number; // per 837 transaction set: 999 IK5 R rejects every claim in it
  rejected277: number; // per claim: 277CA A3/A6/A7, no 835 follows
  resubmission: number; // per 277CA-rejected claim: resent later as a new original
  pending: number; // per accepted claim: 277 P1, no 835 in the window
  denied: number; // per adjudicated claim: paid 0 with denial CARCs
  deniedNotRecognised: number; // share of denials sent as CLP02 4 (patient not recognised)
  patientResponsibility: number; // per paid claim: deductible / coinsurance / copay
  lineDenial: number; // per paid claim with 2+ lines: one line bundled (CO-97) at 0
  reversal: number; // per paid claim: a later CLP02 22 takes the payment back
  reversalWithoutCorrection: number; // share of reversals never followed by a corrected payment
  correctionLater: number; // share of corrections sent in a later 835 than their reversal
  replacement: number; // per paid claim: a frequency-7 replacement follows; its 835 reverses the original
  interest: number; // per 835: PLB L6 interest
  recoupment: number; // per 835: PLB WO overpayment recovery
  check: number; // share of payments made by check rather than EFT
  unbalancedEra: number; // per 835: BPR02 deliberately off (flagged in the truth)
  duplicateEra: number; // per 835: the same payment resent in a later file (flagged in the truth)
}

export interface GeneratorOptions {
  seed: number;
  claims: number;
  startDate?: string; // ISO date of the first 837
  days?: number; // the 837s spread over this many days
  delimiters?: Partial<Delimiters>;
  claimsPer837?: number; // claims per 837 file (batch)
  claimsPer835?: number; // most claims in one payment (835 ST)
  rates?: Partial<Rates>;
  /** Keep going after the last 837 until every claim's story has ended (none left submitted/accepted). */
  settle?: boolean;
}

export const DEFAULT_DELIMITERS: Delimiters = { element: '*', component: ':', repetition: '^', terminator: '~', newline: '\n' };

export const DEFAULT_RATES: Rates = {
  institutional: 0.12,
  dental: 0.1,
  dependent: 0.2,
  rejected999: 0.01,
  rejected277: 0.03,
  resubmission: 0.5,
  pending: 0.02,
  denied: 0.08,
  deniedNotRecognised: 0.1,
  patientResponsibility: 0.55,
  lineDenial: 0.08,
  reversal: 0.03,
  reversalWithoutCorrection: 0.25,
  correctionLater: 0.3,
  replacement: 0.02,
  interest: 0.05,
  recoupment: 0.05,
  check: 0.2,
  unbalancedEra: 0.002,
  duplicateEra: 0.002,
};

export interface ResolvedOptions {
  seed: number;
  claims: number;
  startDay: number;
  days: number;
  delimiters: Delimiters;
  claimsPer837: number;
  claimsPer835: number;
  rates: Rates;
  settle: boolean;
}

/** Characters the generated data itself uses; a separator must be none of them. */
const DATA_CHARS = /[A-Za-z0-9 .\-]/;

export function resolveOptions(opts: GeneratorOptions): ResolvedOptions {
  const seed = opts.seed;
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`);
  const claims = positiveInt('claims', opts.claims, true);
  const rates = { ...DEFAULT_RATES, ...opts.rates };
  for (const [name, value] of Object.entries(rates)) {
    if (typeof value !== 'number' || !(value >= 0 && value <= 1)) throw new RangeError(`rates.${name} must be between 0 and 1, got ${value}`);
  }
  if (rates.institutional + rates.dental > 1) throw new RangeError('rates.institutional + rates.dental must not exceed 1');
  return {
    seed,
    claims,
    startDay: isoToDay(opts.startDate ?? '2025-01-06'),
    days: positiveInt('days', opts.days ?? 180, false),
    delimiters: checkDelimiters({ ...DEFAULT_DELIMITERS, ...opts.delimiters }),
    claimsPer837: positiveInt('claimsPer837', opts.claimsPer837 ?? 100, false),
    claimsPer835: positiveInt('claimsPer835', opts.claimsPer835 ?? 40, false),
    rates,
    settle: opts.settle ?? false,
  };
}

function positiveInt(name: string, value: number, zeroOk: boolean): number {
  if (!Number.isSafeInteger(value) || value < (zeroOk ? 0 : 1)) throw new RangeError(`${name} must be a ${zeroOk ? 'non-negative' : 'positive'} integer, got ${value}`);
  return value;
}

function checkDelimiters(d: Delimiters): Delimiters {
  const seps = [['element', d.element], ['component', d.component], ['repetition', d.repetition], ['terminator', d.terminator]] as const;
  for (const [name, ch] of seps) {
    if (typeof ch !== 'string' || ch.length !== 1) throw new RangeError(`delimiters.${name} must be one character`);
    if (ch.charCodeAt(0) > 127) throw new RangeError(`delimiters.${name} must be an ASCII character`);
    if (DATA_CHARS.test(ch)) throw new RangeError(`delimiters.${name} "${ch}" would collide with data (letters, digits, space, '.', '-')`);
  }
  if (new Set(seps.map(([, ch]) => ch)).size !== seps.length) throw new RangeError('delimiters must be four different characters');
  if (!['', '\n', '\r\n'].includes(d.newline)) throw new RangeError('delimiters.newline must be "", "\\n" or "\\r\\n"');
  if (d.newline !== '' && (d.terminator === '\n' || d.terminator === '\r')) throw new RangeError('a line-break terminator takes no extra newline');
  if (d.newline.includes(d.element) || d.newline.includes(d.component) || d.newline.includes(d.repetition)) {
    throw new RangeError('delimiters.newline must not contain a separator');
  }
  return d;
}
