// Text helpers for PDFs: display money and dates, and keep strings inside what the built-in fonts can draw.
import { centsToDecimal } from '../values.js';

/** 123456 → "$1,234.56", -500 → "-$5.00". String math from integer cents. */
export function money(cents: number | null | undefined): string {
  if (cents === null || cents === undefined) return '';
  const decimal = centsToDecimal(cents);
  const negative = decimal.startsWith('-');
  const [whole, fraction] = (negative ? decimal.slice(1) : decimal).split('.');
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}$${grouped}.${fraction}`;
}

/** Date-times shown as "2026-11-04 14:05 UTC", dates as they are; null as an en dash. */
export function when(value: string | null | undefined, options: { utc?: boolean } = {}): string {
  if (!value) return '–';
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(value);
  if (!m) return value.slice(0, 10);
  if (m[2] === '00:00') return m[1]!;
  return options.utc === false ? `${m[1]} ${m[2]}` : `${m[1]} ${m[2]} UTC`;
}

export function percent(ratio: number | null | undefined, digits = 1): string {
  return ratio === null || ratio === undefined ? '–' : `${(ratio * 100).toFixed(digits)}%`;
}

export function days(value: number | null | undefined): string {
  return value === null || value === undefined ? '–' : `${Number.isInteger(value) ? value : value.toFixed(1)} d`;
}

export function count(value: number): string {
  return value.toLocaleString('en-US');
}

// The standard PDF fonts encode WinAnsi: Latin-1 plus these. Anything else would print as garbage.
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

/** Replaces characters the built-in fonts cannot draw, and control characters, so nothing prints as garbage. */
export function printable(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const code = ch.codePointAt(0)!;
    if (code === 0x0a) out += '\n';
    else if (code < 0x20 || code === 0x7f) out += ' ';
    else if (code < 0x7f || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(ch)) out += ch;
    else out += '?';
  }
  return out;
}
