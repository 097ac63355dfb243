// Segment ids and short codes as shared strings: one allocation per distinct value, not per segment. Ids are
// also internalized, so `switch (id) { case 'CLP': … }` compares pointers instead of characters.

/** A direct-mapped cache from a small integer key to a string: a colliding key evicts the old one, so junk
 *  input cannot grow it, and a hit costs two array reads (a Map lookup costs several times that). */
export class StringCache {
  private readonly keys: Int32Array;
  private readonly values: string[];
  private readonly mask: number;

  constructor(bits: number) {
    this.keys = new Int32Array(1 << bits).fill(-1);
    this.values = new Array<string>(1 << bits).fill('');
    this.mask = (1 << bits) - 1;
  }

  /** `key` must be a non-negative int32. */
  get(key: number): string | undefined {
    const slot = Math.imul(key, 0x9e3779b1) >>> 16 & this.mask;
    return this.keys[slot] === key ? this.values[slot] : undefined;
  }

  set(key: number, value: string): void {
    const slot = Math.imul(key, 0x9e3779b1) >>> 16 & this.mask;
    this.keys[slot] = key;
    this.values[slot] = value;
  }
}

const ids = new StringCache(10);
const codes = new StringCache(12);

/** The same text as the string-table copy V8 keeps for property names (and literals such as 'CLP'). */
function intern(value: string): string {
  const holder: Record<string, true> = {};
  holder[value] = true;
  for (const key in holder) return key;
  return value;
}

/** The id of the segment spanning text[start..end), upper-cased and trimmed. */
export function segmentId(text: string, start: number, end: number): string {
  const len = end - start;
  if (len === 2 || len === 3) {
    const c0 = text.charCodeAt(start);
    const c1 = text.charCodeAt(start + 1);
    const c2 = len === 3 ? text.charCodeAt(start + 2) : 0;
    if (c0 < 256 && c1 < 256 && c2 < 256) {
      const key = len * 16777216 + c0 * 65536 + c1 * 256 + c2;
      const hit = ids.get(key);
      if (hit !== undefined) return hit;
      const id = intern(text.slice(start, end).trim().toUpperCase());
      ids.set(key, id);
      return id;
    }
  }
  return text.slice(start, end).trim().toUpperCase();
}

/** text[from..to) as a shared string when it is a short code of digits and upper-case letters (1-4 chars:
 *  qualifiers, group and reason codes, statuses); null otherwise, and the caller slices as usual. */
export function sharedCode(text: string, from: number, to: number): string | null {
  const len = to - from;
  if (len < 1 || len > 4) return null;
  let key = len;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 90 || (c > 57 && c < 65)) return null;
    key = key * 64 + (c - 47); // 1..43 fits six bits; the leading length keeps keys of different lengths apart
  }
  const hit = codes.get(key);
  if (hit !== undefined) return hit;
  const code = text.slice(from, to); // not interned: numbers (HL01, LX01) miss often, and interning costs
  codes.set(key, code);
  return code;
}
