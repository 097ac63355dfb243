// Index-based view of one transaction set's segments: offsets into the text, no per-segment arrays.
// Element values are sliced only when a mapper asks for them; amounts are parsed in place and short codes
// come from a shared cache, so most elements never become strings of their own.
import { decodeBytes } from './byte-text.js';
import { decimalToCents, decimalToCentsIn } from './values.js';
import type { Location } from './model.js';
import { sharedCode } from './segment-ids.js';
import type { SegmentSource } from './segment-source.js';

const INITIAL = 1024;

export class SegmentTable implements SegmentSource {
  text = '';
  count = 0;
  ids: string[] = [];
  starts: Int32Array = new Int32Array(INITIAL); // first char of the segment id
  ends: Int32Array = new Int32Array(INITIAL); // exclusive; before the terminator, trailing whitespace trimmed
  firstSep: Int32Array = new Int32Array(INITIAL); // index into seps of the separator after the id
  sepCount: Int32Array = new Int32Array(INITIAL); // = number of elements
  numbers: Int32Array = new Int32Array(INITIAL); // 1-based segment number in the file
  seps: Int32Array = new Int32Array(INITIAL * 8);
  sepTotal = 0;
  /** Byte offset in the file of text[0]. */
  base = 0;
  file: string | undefined;
  component = 58;
  repetition = -1;
  /** The text holds UTF-8 multi-byte sequences: values must be decoded before they leave. */
  nonAscii = false;
  // Bounds of the element found by the last locate(): text[from..to).
  private from = 0;
  private to = 0;

  reset(): void {
    this.count = 0;
    this.sepTotal = 0;
  }

  /** Records one segment; `sepPositions` are read from scratch[0..n). */
  add(id: string, start: number, end: number, scratch: Int32Array, n: number, segmentNumber: number): void {
    const s = this.count;
    if (s === this.starts.length) this.growSegments();
    while (this.sepTotal + n > this.seps.length) this.seps = grow(this.seps);
    this.ids[s] = id;
    this.starts[s] = start;
    this.ends[s] = end;
    this.firstSep[s] = this.sepTotal;
    this.sepCount[s] = n;
    this.numbers[s] = segmentNumber;
    const seps = this.seps;
    let at = this.sepTotal;
    for (let k = 0; k < n; k++) seps[at++] = scratch[k];
    this.sepTotal = at;
    this.count = s + 1;
  }

  /** Moves every offset left by `delta` after the reader dropped consumed text. */
  shift(delta: number): void {
    for (let s = 0; s < this.count; s++) {
      this.starts[s] -= delta;
      this.ends[s] -= delta;
    }
    for (let i = 0; i < this.sepTotal; i++) this.seps[i] -= delta;
  }

  /** Finds element `i` (1-based) of segment `s`; false when it is absent or empty. */
  private locate(s: number, i: number): boolean {
    const n = this.sepCount[s];
    if (i < 1 || i > n) return false;
    const b = this.firstSep[s] + i - 1;
    this.from = this.seps[b] + 1;
    this.to = i === n ? this.ends[s] : this.seps[b + 1];
    return this.to > this.from;
  }

  /** Element `i` (1-based) of segment `s`; '' when absent. */
  el(s: number, i: number): string {
    if (!this.locate(s, i)) return '';
    return this.sliceValue(this.from, this.to);
  }

  private sliceValue(from: number, to: number): string {
    if (to - from <= 4) {
      const shared = sharedCode(this.text, from, to);
      if (shared !== null) return shared;
    }
    const v = this.text.slice(from, to);
    return this.nonAscii ? decodeBytes(v) : v;
  }

  /** Whether element `i` of segment `s` is present and not empty. */
  has(s: number, i: number): boolean {
    return this.locate(s, i);
  }

  /** Amounts are parsed where they sit in the text: no string per amount. */
  cents(s: number, i: number): number | null | undefined {
    if (!this.locate(s, i)) return undefined;
    if (this.nonAscii) return decimalToCents(this.el(s, i).trim());
    // ASCII text: these are the characters String#trim removes
    const text = this.text;
    let from = this.from;
    let to = this.to;
    while (from < to && isAsciiSpace(text.charCodeAt(from))) from++;
    while (to > from && isAsciiSpace(text.charCodeAt(to - 1))) to--;
    return decimalToCentsIn(text, from, to);
  }

  /** Element as a code: upper-cased and trimmed, so lower-case files dispatch the same way. */
  code(s: number, i: number): string {
    if (!this.locate(s, i)) return '';
    const from = this.from;
    const to = this.to;
    if (to - from <= 4) {
      const shared = sharedCode(this.text, from, to); // digits and capitals only: nothing to change
      if (shared !== null) return shared;
    }
    const v = this.sliceValue(from, to);
    for (let k = 0; k < v.length; k++) {
      const c = v.charCodeAt(k);
      if ((c >= 97 && c <= 122) || c === 32) return v.toUpperCase().trim();
    }
    return v;
  }

  elementCount(s: number): number {
    return this.sepCount[s];
  }

  /** Byte offset in the file where element `i` of segment `s` starts (0 = the segment itself). */
  offsetOf(s: number, i = 0): number {
    if (i < 1 || i > this.sepCount[s]) return this.base + this.starts[s];
    return this.base + this.seps[this.firstSep[s] + i - 1] + 1;
  }

  location(s: number, element?: number, component?: number): Location {
    const byteOffset = this.offsetOf(s, element);
    // Built whole in the common cases (no shape changes after creation); key order is the same either way.
    if (element === undefined && component === undefined) {
      return this.file === undefined
        ? { byteOffset, segmentIndex: this.numbers[s], segmentId: this.ids[s] }
        : { byteOffset, segmentIndex: this.numbers[s], segmentId: this.ids[s], file: this.file };
    }
    const loc: Location = { byteOffset, segmentIndex: this.numbers[s], segmentId: this.ids[s] };
    if (this.file !== undefined) loc.file = this.file;
    if (element !== undefined) loc.element = element;
    if (component !== undefined) loc.component = component;
    return loc;
  }

  /** The segment's text exactly as in the file (byte string). */
  segmentText(s: number): string {
    return this.text.slice(this.starts[s], this.ends[s]);
  }

  private growSegments(): void {
    this.starts = grow(this.starts);
    this.ends = grow(this.ends);
    this.firstSep = grow(this.firstSep);
    this.sepCount = grow(this.sepCount);
    this.numbers = grow(this.numbers);
  }
}

function isAsciiSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

function grow(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}
