// Aging buckets for unpaid charges: 0–30, 31–60, 61–90, 91–120, over 120 days. Pure.
export const AGING_BUCKETS = [
  { label: '0-30', min: 0, max: 30 },
  { label: '31-60', min: 31, max: 60 },
  { label: '61-90', min: 61, max: 90 },
  { label: '91-120', min: 91, max: 120 },
  { label: '120+', min: 121, max: Number.POSITIVE_INFINITY },
] as const;
export type AgingLabel = (typeof AGING_BUCKETS)[number]['label'];

export const agingBucket = (days: number): AgingLabel => (AGING_BUCKETS.find((b) => days <= b.max) ?? AGING_BUCKETS[4]).label;

export interface AgingRow { bucket: AgingLabel; minDays: number; maxDays: number | null; claims: number; unpaidCents: number }

/** Folds (age in days, claims, cents) rows into the five buckets, all present even when empty. */
export function agingReport(rows: ReadonlyArray<{ days: number; claims: number; cents: number }>): AgingRow[] {
  const out = AGING_BUCKETS.map((b) => ({ bucket: b.label, minDays: b.min, maxDays: Number.isFinite(b.max) ? b.max : null, claims: 0, unpaidCents: 0 }));
  for (const r of rows) {
    const row = out.find((b) => b.bucket === agingBucket(Math.max(0, r.days)))!;
    row.claims += r.claims;
    row.unpaidCents += r.cents;
  }
  return out;
}
