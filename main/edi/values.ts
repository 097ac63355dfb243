// Exact conversions of X12 element text: decimals to integer cents by string math, CCYYMMDD to ISO dates.
import { StringCache } from './segment-ids.js';

/** "123.4" → 12340, "-1.27" → -127, "150000" → 15000000. Returns null when the text is not a plain decimal
 *  or carries non-zero digits below a cent (money must stay exact). */
export function decimalToCents(text: string): number | null {
  return decimalToCentsIn(text, 0, text.length);
}

/** decimalToCents(text.slice(start, end)) without making the slice. */
export function decimalToCentsIn(text: string, start: number, end: number): number | null {
  const len = end - start;
  if (len <= 0 || len > 20) return null;
  let i = start;
  let negative = false;
  const first = text.charCodeAt(start);
  if (first === 45 /* - */) { negative = true; i++; } else if (first === 43 /* + */) i++;
  let whole = 0;
  let digits = 0;
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 /* . */) break;
    if (c < 48 || c > 57) return null;
    whole = whole * 10 + (c - 48);
    digits++;
  }
  let fraction = 0;
  let fractionDigits = 0;
  if (i < end) {
    i++; // past the point
    for (; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c < 48 || c > 57) return null;
      if (fractionDigits < 2) fraction = fraction * 10 + (c - 48);
      else if (c !== 48) return null; // 1.005 cannot be held in cents
      fractionDigits++;
      digits++;
    }
  }
  if (digits === 0) return null;
  if (fractionDigits === 1) fraction *= 10;
  const cents = whole * 100 + fraction;
  if (!Number.isSafeInteger(cents)) return null;
  return negative ? -cents : cents;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const isoDates = new StringCache(12); // a file's dates cluster in a few years

/** CCYYMMDD (or the first 8 digits of CCYYMMDDHHMM) → YYYY-MM-DD; null when it is not a real calendar date.
 *  The strings are shared: a file repeats the same few hundred dates thousands of times. */
export function ccyymmddToIso(text: string): string | null {
  if (text.length < 8) return null;
  let value = 0;
  for (let i = 0; i < 8; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return null;
    value = value * 10 + (c - 48);
  }
  const hit = isoDates.get(value);
  if (hit !== undefined) return hit;
  const year = Math.floor(value / 10000);
  const month = Math.floor(value / 100) % 100;
  const day = value % 100;
  if (month < 1 || month > 12 || day < 1) return null;
  const max = month === 2 && isLeap(year) ? 29 : DAYS_IN_MONTH[month - 1];
  if (day > max) return null;
  const iso = `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}`;
  isoDates.set(value, iso);
  return iso;
}

/** ISA09 YYMMDD → ISO. Two-digit years below 70 are read as 20YY (X12 5010 era), the rest as 19YY. */
export function yymmddToIso(text: string): string | null {
  if (text.length !== 6) return null;
  const yy = Number(text.slice(0, 2));
  if (!Number.isInteger(yy)) return null;
  return ccyymmddToIso(`${yy < 70 ? '20' : '19'}${text}`);
}

/** Control numbers compare as numbers when both are digits ("0001" = "1"), else as trimmed text. */
export function sameControlNumber(a: string, b: string): boolean {
  const x = a.trim();
  const y = b.trim();
  if (x === y) return true;
  if (/^\d+$/.test(x) && /^\d+$/.test(y)) return BigInt(x) === BigInt(y);
  return false;
}
