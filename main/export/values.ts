// Turns typed export values into text for CSV and into cell values for XLSX. Pure; money never goes through float sums.
export type ColumnKind = 'text' | 'money' | 'date' | 'datetime' | 'integer' | 'ratio' | 'decimal';

/** What a column getter may return for each kind: money is integer cents, dates are ISO strings, ratio is 0..1. */
export type CellValue = string | number | null | undefined;

/** 12345 → "123.45", -5 → "-0.05": string math on the integer, so the decimal is exact. */
export function centsToDecimal(cents: number): string {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`money must be integer cents, got ${cents}`);
  const sign = cents < 0 ? '-' : '';
  const digits = String(Math.abs(cents)).padStart(3, '0');
  return `${sign}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

/**
 * Characters a spreadsheet treats as the start of a formula (or that smuggle one in after a tab / line break).
 * A text cell starting with one gets a leading apostrophe, so Excel, LibreOffice and Sheets show it as text.
 */
const FORMULA_TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r']);

/** Neutralises text a spreadsheet could run as a formula. Only for text columns: typed columns are produced here. */
export function neutraliseFormula(text: string): string {
  return text.length > 0 && FORMULA_TRIGGERS.has(text[0]!) ? `'${text}` : text;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
// Some sources only know the day of an event: a plain date is a valid date-time (midnight UTC).
const ISO_DATETIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * The CSV text of one value. Rule: text columns are neutralised; money, integer, ratio, decimal and date columns are
 * rendered by this function from numbers or validated ISO strings, so a plain "-12.50" stays a number a
 * spreadsheet can sum. A value that does not fit its column's kind is an error, never silently passed through.
 */
export function csvText(kind: ColumnKind, value: CellValue): string {
  if (value === null || value === undefined) return '';
  switch (kind) {
    case 'text': return neutraliseFormula(String(value));
    case 'money': return centsToDecimal(asNumber(kind, value));
    case 'integer': return String(asInteger(value));
    case 'ratio': return asNumber(kind, value).toFixed(4);
    case 'decimal': return String(asNumber(kind, value));
    case 'date': return asIso(ISO_DATE, kind, value);
    case 'datetime': return asIso(ISO_DATETIME, kind, value);
  }
}

/** The XLSX cell value: money as a number of currency units, dates as Date (UTC midnight), text neutralised. */
export function xlsxValue(kind: ColumnKind, value: CellValue): string | number | Date | null {
  if (value === null || value === undefined) return null;
  switch (kind) {
    // Excel cells break lines with LF; a CR would come back altered anyway (XML normalises line ends).
    case 'text': return neutraliseFormula(String(value)).replace(/\r\n?/g, '\n');
    // Parsing the exact decimal string gives the double nearest to it: what Excel itself would store if typed in.
    case 'money': return Number(centsToDecimal(asNumber(kind, value)));
    case 'integer': return asInteger(value);
    case 'ratio':
    case 'decimal': return asNumber(kind, value);
    case 'date': return new Date(`${asIso(ISO_DATE, kind, value)}T00:00:00Z`);
    case 'datetime': return new Date(asIso(ISO_DATETIME, kind, value));
  }
}

function asNumber(kind: ColumnKind, value: string | number): number {
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isFinite(n)) throw new TypeError(`a ${kind} column got a value that is not a number`);
  return n;
}

function asInteger(value: string | number): number {
  const n = asNumber('integer', value);
  if (!Number.isSafeInteger(n)) throw new TypeError('an integer column got a fractional value');
  return n;
}

function asIso(pattern: RegExp, kind: ColumnKind, value: string | number): string {
  const text = String(value);
  if (!pattern.test(text)) throw new TypeError(`a ${kind} column got a value that is not an ISO ${kind}`);
  return text;
}
