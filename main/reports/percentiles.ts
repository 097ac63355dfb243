// Percentiles from day-count histograms: reports group by (key, days) in SQL and finish here. Pure.
export interface Bin { value: number; count: number }

/** Nearest-rank percentile (p in 0..1) of the values the bins describe; null for no values. */
export function percentileOf(bins: readonly Bin[], p: number): number | null {
  const sorted = [...bins].filter((b) => b.count > 0).sort((a, b) => a.value - b.value);
  const total = sorted.reduce((s, b) => s + b.count, 0);
  if (total === 0) return null;
  const rank = Math.max(1, Math.ceil(p * total));
  let seen = 0;
  for (const b of sorted) {
    seen += b.count;
    if (seen >= rank) return b.value;
  }
  return sorted.at(-1)!.value;
}

/** Groups (key, value, count) rows into one histogram per key. */
export function histograms<K extends string | null>(rows: ReadonlyArray<{ key: K; value: number; count: number }>): Map<K, Bin[]> {
  const out = new Map<K, Bin[]>();
  for (const r of rows) {
    const bins = out.get(r.key) ?? [];
    bins.push({ value: r.value, count: r.count });
    out.set(r.key, bins);
  }
  return out;
}
