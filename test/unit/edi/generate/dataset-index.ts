// Runs the generator once and indexes what its files say per claim, read with the tiny independent reader,
// so tests can hold the truth records against the text.
import { generateEvents, type ClaimTruth, type GeneratedFile, type GeneratorOptions, type PaymentTruth } from '../../../../main/edi/generate/index.js';
import { check835, type Checked835, type LiteClaim } from './check-835.js';
import { cents, transactionSets } from './x12-lite.js';

export interface Submitted { charge: number; frequency: string; originalPayerClaim: string | null; lineControls: string[]; lineCharges: number[]; setKey: string; file: string }
export interface Acked { category: string; status: string; entity: string; payerClaim: string | null; file: string }
export interface Paid { file: string; set: number; clp: LiteClaim }

export interface DatasetIndex {
  files: GeneratedFile[];
  truths: ClaimTruth[];
  payments: PaymentTruth[];
  submitted: Map<string, Submitted>;
  rejectedSets: Set<string>; // "GS06/ST02" of 837 sets a 999 rejected
  acked: Map<string, Acked>;
  pending: Map<string, { payerClaim: string | null; file: string }>;
  paid: Map<string, Paid[]>; // every CLP per pcn, in file order (resent files included)
  remittances: { file: string; set: number; checked: Checked835 }[];
}

export function indexDataset(opts: GeneratorOptions): DatasetIndex {
  const ix: DatasetIndex = {
    files: [], truths: [], payments: [], submitted: new Map(), rejectedSets: new Set(), acked: new Map(), pending: new Map(), paid: new Map(), remittances: [],
  };
  for (const e of generateEvents(opts)) {
    if (e.type === 'file') ix.files.push(e.file);
    else if (e.type === 'claim') ix.truths.push(e.claim);
    else ix.payments.push(e.payment);
  }
  for (const f of ix.files) {
    transactionSets(f.text).forEach((set, n) => {
      if (f.kind === '837') read837(ix, f.name, set.groupControl, set.control, set.segments);
      else if (f.kind === '999') read999(ix, set.segments);
      else if (f.kind === '277CA') read277(ix, f.name, set.segments, false);
      else if (f.kind === '277') read277(ix, f.name, set.segments, true);
      else {
        const checked = check835(set);
        ix.remittances.push({ file: f.name, set: n, checked });
        for (const clp of checked.claims) {
          const list = ix.paid.get(clp.pcn) ?? [];
          list.push({ file: f.name, set: n, clp });
          ix.paid.set(clp.pcn, list);
        }
      }
    });
  }
  return ix;
}

function read837(ix: DatasetIndex, file: string, group: string, control: string, segments: string[][]): void {
  let current: Submitted | null = null;
  for (const s of segments) {
    if (s[0] === 'CLM') {
      current = { charge: cents(s[2]), frequency: s[5].split(/[^0-9A-Z]/)[2], originalPayerClaim: null, lineControls: [], lineCharges: [], setKey: `${group}/${control}`, file };
      ix.submitted.set(s[1], current);
    } else if (current && s[0] === 'REF' && s[1] === 'F8') current.originalPayerClaim = s[2];
    else if (current && s[0] === 'REF' && s[1] === '6R') current.lineControls.push(s[2]);
    else if (current && (s[0] === 'SV1' || s[0] === 'SV3')) current.lineCharges.push(cents(s[2]));
    else if (current && s[0] === 'SV2') current.lineCharges.push(cents(s[3]));
  }
}

function read999(ix: DatasetIndex, segments: string[][]): void {
  const ak1 = segments.find((s) => s[0] === 'AK1')!;
  const ak2 = segments.find((s) => s[0] === 'AK2')!;
  const ik5 = segments.find((s) => s[0] === 'IK5')!;
  if (ik5[1] === 'R') ix.rejectedSets.add(`${ak1[2]}/${ak2[2]}`);
}

function read277(ix: DatasetIndex, file: string, segments: string[][], pendingReport: boolean): void {
  let level = '';
  let pcn: string | null = null;
  let entry: Acked | null = null;
  let payerClaim: string | null = null;
  const flush = () => {
    if (pcn && pendingReport) ix.pending.set(pcn, { payerClaim, file });
    pcn = null; entry = null; payerClaim = null;
  };
  for (const s of segments) {
    if (s[0] === 'HL') { flush(); level = s[3]; }
    if (pendingReport) {
      if (s[0] === 'REF' && s[1] === 'EJ') pcn = s[2];
      if (s[0] === 'REF' && s[1] === '1K') payerClaim = s[2];
      continue;
    }
    if (level !== 'PT') continue; // 277CA claim level; higher levels carry batch totals
    if (s[0] === 'TRN' && s[1] === '2') pcn = s[2];
    if (s[0] === 'STC' && pcn) {
      const parts = s[1].split(/[^0-9A-Z]/);
      entry = { category: parts[0], status: parts[1], entity: parts[2] ?? '', payerClaim: null, file };
      ix.acked.set(pcn, entry);
    }
    if (s[0] === 'REF' && s[1] === '1K' && entry) entry.payerClaim = s[2];
  }
  flush();
}
