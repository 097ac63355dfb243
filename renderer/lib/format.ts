// One format for money, dates, counts and rates everywhere in the UI.
const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });
const compactMoney = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', notation: 'compact', maximumFractionDigits: 1 });

/** Integer cents → "$1,234.50". Division happens once, for display only. */
export const formatCents = (cents: number | null | undefined): string => (cents == null ? '—' : money.format(cents / 100));

/** Integer cents → "$1.2M": chart axes only, never a figure a person reconciles. */
export const formatCentsCompact = (cents: number): string => compactMoney.format(cents / 100);

/** ISO date or date-time → "2026-11-23" / "2026-11-23 14:05": one unambiguous format. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  return iso.length <= 10 ? iso : `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
}

/** Date only, whatever the input precision: list columns. */
export const formatDay = (iso: string | null | undefined): string => (iso ? iso.slice(0, 10) : '—');

export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes, i = 0;
  while (value >= 1024 && i < units.length - 1) { value /= 1024; i++; }
  return `${value.toFixed(i === 0 ? 0 : 1)} ${units[i]}`;
}

export const formatCount = (n: number): string => n.toLocaleString('en-US');

export const formatPercent = (ratio: number | null): string => (ratio == null ? '—' : `${(ratio * 100).toFixed(1)}%`);

export const formatDays = (days: number | null | undefined): string =>
  days == null ? '—' : `${Number.isInteger(days) ? days : days.toFixed(1)} ${days === 1 ? 'day' : 'days'}`;

/** Whole days from one ISO instant to another (dates count as midnight UTC). */
export function daysBetween(fromIso: string, toIso: string): number {
  const ms = Date.parse(toIso.length <= 10 ? `${toIso}T00:00:00Z` : toIso) - Date.parse(fromIso.length <= 10 ? `${fromIso}T00:00:00Z` : fromIso);
  return Math.round(ms / 86_400_000);
}

/** "2026-11-23" for a Date, in UTC, so every screen agrees with stored dates. */
export const isoDay = (d: Date): string => d.toISOString().slice(0, 10);
