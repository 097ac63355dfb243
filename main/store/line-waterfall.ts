// Per-line waterfall: each 835 service line is matched to the 837 line it pays — by line item control number
// (REF*6R), then by procedure + service date + charge — and the matched payments (reversals included) are netted.
import type { PaymentLineDetail, SubmissionLineDetail } from './evidence.js';
import { normalizeId } from './keys.js';
import { waterfall, type Waterfall } from './waterfall.js';

export interface LineWaterfall extends Waterfall {
  lineNumber: number | null; // the 837 line, null when no billed line matches
  procedure: string | null;
  serviceFrom: string | null;
  lineControlNumber: string | null;
  billedCents: number | null;
}

/** "HC:99213:25" → "99213": qualifiers and modifiers differ between what was billed and what was paid. */
const procedureCode = (p: string | null): string | null => p?.split(':')[1] ?? p ?? null;

export function matchLine(line: PaymentLineDetail, billed: readonly SubmissionLineDetail[]): SubmissionLineDetail | null {
  const lcn = normalizeId(line.lineControlNumber);
  if (lcn) {
    const hit = billed.find((b) => normalizeId(b.lineControlNumber) === lcn);
    if (hit) return hit;
  }
  const code = procedureCode(line.procedure);
  return billed.find((b) => code !== null && procedureCode(b.procedure) === code
    && (!line.serviceFrom || !b.serviceFrom || line.serviceFrom === b.serviceFrom)
    && Math.abs(line.chargeCents) === b.chargeCents) ?? null;
}

export function lineWaterfalls(billed: readonly SubmissionLineDetail[], paidLines: readonly PaymentLineDetail[]): LineWaterfall[] {
  const groups = new Map<string, { billed: SubmissionLineDetail | null; paid: PaymentLineDetail[] }>();
  for (const b of billed) groups.set(`B${b.lineNumber}`, { billed: b, paid: [] });
  for (const line of paidLines) {
    const hit = matchLine(line, billed);
    const key = hit ? `B${hit.lineNumber}` : `U${normalizeId(line.lineControlNumber) ?? ''}|${line.procedure ?? ''}|${line.serviceFrom ?? ''}`;
    const g = groups.get(key) ?? { billed: null, paid: [] };
    g.paid.push(line);
    groups.set(key, g);
  }
  return [...groups.values()].map(({ billed: b, paid }) => ({
    ...waterfall(paid, b?.chargeCents ?? 0),
    lineNumber: b?.lineNumber ?? null,
    procedure: b?.procedure ?? paid[0]?.procedure ?? null,
    serviceFrom: b?.serviceFrom ?? paid[0]?.serviceFrom ?? null,
    lineControlNumber: b?.lineControlNumber ?? paid[0]?.lineControlNumber ?? null,
    billedCents: b?.chargeCents ?? null,
  }));
}
