// Dollar text typed by a person → integer cents, by string math (never through a float).
/** "1,234.5" → 123450; "" → undefined; anything else → null (invalid). */
export function parseDollars(text: string): number | undefined | null {
  const t = text.trim().replace(/[$,\s]/g, '');
  if (t === '') return undefined;
  const m = /^(\d{1,9})(?:\.(\d{0,2}))?$/.exec(t);
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}

/** 123450 → "1234.50": the editable form of a stored amount. */
export const centsToInput = (cents: number | undefined): string =>
  cents === undefined ? '' : `${Math.trunc(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
