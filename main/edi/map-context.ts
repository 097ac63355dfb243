// What every mapper needs on top of the segment table: exact money, dates, composites (tolerating a wrong
// component separator) and warnings that say where. Invalid money is an error; invalid dates are warnings.
import { X12Error } from './errors.js';
import type { Location, Procedure, Warning } from './model.js';
import type { SegmentSource } from './segment-source.js';
import { ccyymmddToIso, decimalToCents } from './values.js';

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
    const v = this.t.el(s, i);
    if (v === '') {
      this.warn('missing_amount', `${this.t.ids[s]}${pad(i)} amount is empty; read as 0`, s, i);
      return 0;
    }
    return this.parseCents(v, s, i);
  }

  centsOrNull(s: number, i: number): number | null {
    const v = this.t.el(s, i);
    return v === '' ? null : this.parseCents(v, s, i);
  }

  private parseCents(v: string, s: number, i: number): number {
    const c = decimalToCents(v.trim());
    if (c === null) throw new X12Error('invalid_amount', `${this.t.ids[s]}${pad(i)} is not an exact money amount`, this.loc(s, i));
    return c;
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
    if (v.includes(cs)) return v.split(cs);
    for (const c of STRAY_COMPONENT_SEPARATORS) {
      if (c === this.t.component || c === this.t.repetition) continue;
      const sep = String.fromCharCode(c);
      if (!v.includes(sep)) continue;
      if (!this.strayWarned) {
        this.strayWarned = true;
        this.warn('component_separator_mismatch', `Composite ${this.t.ids[s]}${pad(i)} uses "${sep}" although ISA16 is "${cs}"`, s, i);
      }
      return v.split(sep);
    }
    return [v];
  }

  /** `HC:99213:25` → { qualifier HC, code 99213, modifiers [25] }; null when empty. */
  procedure(s: number, i: number): Procedure | null {
    const parts = this.components(s, i);
    if (parts.length === 0) return null;
    const modifiers: string[] = [];
    for (let k = 2; k < 6 && k < parts.length; k++) if (parts[k] !== '') modifiers.push(parts[k]);
    return { qualifier: parts[0].toUpperCase(), code: parts[1] ?? '', modifiers };
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

function pad(i: number): string {
  return i < 10 ? `0${i}` : String(i);
}

export function orNull(v: string): string | null {
  return v === '' ? null : v;
}
