// Segment text with the dataset's delimiters: transaction sets (ST..SE with the right SE01) and the
// ISA/GS envelopes around them (fixed-width ISA, GE01/IEA01 counts, matching control numbers).
import { dayToX12 } from './dates.js';
import type { Delimiters } from './options.js';

/** Builds one ST..SE set; SE01 is counted, never written by hand. */
export class SetWriter {
  readonly e: string; // element separator
  readonly c: string; // component separator
  readonly t: string; // terminator plus the optional newline
  private text = '';
  private count = 0;

  constructor(d: Delimiters, id: string, private readonly control: string, version: string) {
    this.e = d.element;
    this.c = d.component;
    this.t = d.terminator + d.newline;
    this.seg('ST', id, control, version);
  }

  /** Appends a segment; trailing empty elements are dropped, as X12 writers normally do. */
  seg(id: string, ...elements: string[]): void {
    let last = elements.length;
    while (last > 0 && elements[last - 1] === '') last--;
    let s = id;
    for (let i = 0; i < last; i++) s += this.e + elements[i];
    this.add(s + this.t);
  }

  /** Appends a whole segment built by the caller (template literal with `e`, ending in `t`): the per-claim
   *  hot paths use it, being several times faster than seg() with its rest array. */
  add(segment: string): void {
    this.text += segment;
    this.count++;
  }

  /** Composite element from components, dropping trailing empty ones. */
  comp(...parts: string[]): string {
    let last = parts.length;
    while (last > 1 && parts[last - 1] === '') last--;
    let s = parts[0];
    for (let i = 1; i < last; i++) s += this.c + parts[i];
    return s;
  }

  /** Segment position of the next segment (ST = 1), as a 999 IK302 counts it. */
  get position(): number {
    return this.count + 1;
  }

  finish(): string {
    this.seg('SE', String(this.count + 1), this.control);
    return flat(this.text);
  }
}

export interface Group {
  functionalId: string; // GS01
  version: string; // GS08
  control: number; // GS06
  sets: string[]; // finished ST..SE texts
}

export interface InterchangeHeader {
  sender: string;
  receiver: string;
  day: number;
  time: string; // HHMM
  control: number; // ISA13
}

const pad = (s: string, width: number) => (s.length >= width ? s.slice(0, width) : s + ' '.repeat(width - s.length));

/** The fixed-width ISA: 106 characters including its terminator (plus the optional newline). */
export function isaSegment(d: Delimiters, h: InterchangeHeader): string {
  return ['ISA', '00', pad('', 10), '00', pad('', 10), 'ZZ', pad(h.sender, 15), 'ZZ', pad(h.receiver, 15),
    dayToX12(h.day).slice(2), h.time, d.repetition, '00501', controlText(h.control), '0', 'T', d.component].join(d.element) + d.terminator + d.newline;
}

export function gsSegment(d: Delimiters, h: InterchangeHeader, g: Omit<Group, 'sets'>): string {
  return ['GS', g.functionalId, h.sender, h.receiver, dayToX12(h.day), h.time, String(g.control), 'X', g.version].join(d.element) + d.terminator + d.newline;
}

export function geSegment(d: Delimiters, sets: number, groupControl: number): string {
  return `GE${d.element}${sets}${d.element}${groupControl}${d.terminator}${d.newline}`;
}

export function ieaSegment(d: Delimiters, groups: number, control: number): string {
  return `IEA${d.element}${groups}${d.element}${controlText(control)}${d.terminator}${d.newline}`;
}

const controlText = (n: number) => String(n).padStart(9, '0');

/** A complete ISA..IEA interchange. */
export function interchange(d: Delimiters, h: InterchangeHeader, groups: Group[]): string {
  let text = isaSegment(d, h);
  for (const g of groups) {
    text += gsSegment(d, h, g);
    for (const set of g.sets) text += set;
    text += geSegment(d, g.sets.length, g.control);
  }
  return text + ieaSegment(d, groups.length, h.control);
}

/** Flattens a rope of many small strings into one string (reading it as a number makes V8 flatten it), so
 *  the collector keeps one object per set instead of thousands of rope nodes. */
function flat(text: string): string {
  Number(text);
  return text;
}
