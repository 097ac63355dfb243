// What every mapper needs on top of the segment table: exact money, dates, composites (tolerating a wrong
// component separator) and warnings that say where. Invalid money is an error; invalid dates are warnings.
import { X12Error } from './errors.js';
import type { Location, Procedure, Warning } from './model.js';
import { sharedCode } from './segment-ids.js';
import type { SegmentSource } from './segment-source.js';
import { ccyymmddToIso } from './values.js';

/** Separators seen in files whose composites disagree with ISA16 (e.g. `HC>55669` when ISA16 is `:`). */
const STRAY_COMPONENT_SEPARATORS = [62 /* > */, 58 /* : */, 60 /* < */, 124 /* | */];

export interface DateRange { from: string | null; to: string | null }

export class MapContext {
  readonly warnings: Warning[] = [];
  private strayWarned = false;
  private readonly cs: string;

  constructor(readonly t: SegmentSource) {
    this.cs = String.fromCharCode(t.component);
  }

  loc(s: number, element?: number, component?: number): Location {
    return this.t.location(s, element, component);
  }

  warn(code: string, message: string, s: number, element?: number): void {
    this.warnings.push({ code, message, location: this.loc(s, element) });
  }

  /** Required amount: empty → 0 with a warning; not a decimal → X12Error. */
  cents(s: number, i: number): number {
    const c = this.t.cents(s, i);
    if (c === undefined) {
      this.warn('missing_amount', `${this.t.ids[s]}${pad(i)} amount is empty; read as 0`, s, i);
      return 0;
    }
    return c ?? this.invalidAmount(s, i);
  }

  centsOrNull(s: number, i: number): number | null {
    const c = this.t.cents(s, i);
    return c === undefined ? null : c ?? this.invalidAmount(s, i);
  }

  private invalidAmount(s: number, i: number): never {
    throw new X12Error('invalid_amount', `${this.t.ids[s]}${pad(i)} is not an exact money amount`, this.loc(s, i));
  }

  /** CCYYMMDD element → ISO; empty → null; invalid → null and a warning. */
  date(s: number, i: number): string | null {
    const v = this.t.el(s, i).trim();
    if (v === '') return null;
    const iso = ccyymmddToIso(v);
    if (iso === null || v.length !== 8) this.invalidDate(s, i);
    return iso !== null && v.length === 8 ? iso : null;
  }

  /** DTP/DTM-style value with a format qualifier: D8, RD8 (from-to) or DT (date + time). */
  dateValue(s: number, formatIndex: number, valueIndex: number): DateRange {
    const format = this.t.code(s, formatIndex);
    const v = this.t.el(s, valueIndex).trim();
    if (v === '') return { from: null, to: null };
    if (format === 'RD8' || (format === '' && v.length === 17)) {
      const dash = v.indexOf('-');
      const from = ccyymmddToIso(dash === 8 ? v.slice(0, 8) : '');
      const to = ccyymmddToIso(dash === 8 ? v.slice(9) : '');
      if (from === null || to === null || v.length !== 17) this.invalidDate(s, valueIndex);
      return { from, to };
    }
    const iso = ccyymmddToIso(v);
    const okLength = v.length === 8 || (format === 'DT' && v.length === 12);
    if (iso === null || !okLength) {
      this.invalidDate(s, valueIndex);
      return { from: null, to: null };
    }
    return { from: iso, to: iso };
  }

  private invalidDate(s: number, i: number): void {
    this.warn('invalid_date', `${this.t.ids[s]}${pad(i)} is not a valid date; left empty`, s, i);
  }

  /** Components of a composite element. Falls back on a stray separator when ISA16 never occurs in it. */
  components(s: number, i: number): string[] {
    const v = this.t.el(s, i);
    if (v === '') return [];
    const cs = this.cs;
    if (v.includes(cs)) return splitOn(v, cs);
    for (const c of STRAY_COMPONENT_SEPARATORS) {
      if (c === this.t.component || c === this.t.repetition) continue;
      const sep = String.fromCharCode(c);
      if (!v.includes(sep)) continue;
      if (!this.strayWarned) {
        this.strayWarned = true;
        this.warn('component_separator_mismatch', `Composite ${this.t.ids[s]}${pad(i)} uses "${sep}" although ISA16 is "${cs}"`, s, i);
      }
      return splitOn(v, sep);
    }
    return [v];
  }

  /** `HC:99213:25` → { qualifier HC, code 99213, modifiers [25] }; null when empty. */
  procedure(s: number, i: number): Procedure | null {
    return procedureOf(this.components(s, i));
  }

  /** Non-empty values of elements from..to (remark code lists such as MOA03-07). */
  nonEmpty(s: number, from: number, to: number): string[] {
    const out: string[] = [];
    for (let i = from; i <= to; i++) {
      const v = this.t.el(s, i);
      if (v !== '') out.push(v);
    }
    return out;
  }
}

/** A composite's components, as String#split(sep) returns them; short codes (HC, 25) come out shared.
 *  Counted first, so the array is allocated at its size (growing it by push reserves 17 slots). */
function splitOn(v: string, sep: string): string[] {
  let count = 1;
  for (let at = v.indexOf(sep); at >= 0; at = v.indexOf(sep, at + 1)) count++;
  const out = new Array<string>(count);
  let from = 0;
  for (let k = 0; k < count; k++) {
    const at = k === count - 1 ? v.length : v.indexOf(sep, from);
    out[k] = sharedCode(v, from, at) ?? v.slice(from, at);
    from = at + 1;
  }
  return out;
}

/** Components of a procedure composite → { qualifier, code, modifiers }; null when there are none. */
export function procedureOf(parts: string[]): Procedure | null {
  if (parts.length === 0) return null;
  let modifiers: string[] = [];
  for (let k = 2; k < 6 && k < parts.length; k++) if (parts[k] !== '') modifiers = append(modifiers, parts[k]);
  return { qualifier: parts[0].toUpperCase(), code: parts[1] ?? '', modifiers };
}

/** Returns `list` with `item` added. Records hold millions of 1-3 item lists, and `push` on a fresh `[]`
 *  reserves 17 slots (about 150 bytes that every GC then copies): short lists are rebuilt at exact size. */
export function append<T>(list: T[], item: T): T[] {
  switch (list.length) {
    case 0: return [item];
    case 1: return [list[0], item];
    case 2: return [list[0], list[1], item];
    case 3: return [list[0], list[1], list[2], item];
    default:
      list.push(item);
      return list;
  }
}

function pad(i: number): string {
  return i < 10 ? `0${i}` : String(i);
}

export function orNull(v: string): string | null {
  return v === '' ? null : v;
}
