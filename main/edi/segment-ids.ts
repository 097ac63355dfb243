// Segment ids as shared upper-case strings: one allocation per distinct id, not per segment.
const cache = new Map<number, string>();
const MAX_CACHED = 4096; // junk input must not grow the cache without bound

/** The id of the segment spanning text[start..end), upper-cased and trimmed. */
export function segmentId(text: string, start: number, end: number): string {
  const len = end - start;
  if (len === 2 || len === 3) {
    const c0 = text.charCodeAt(start);
    const c1 = text.charCodeAt(start + 1);
    const c2 = len === 3 ? text.charCodeAt(start + 2) : 0;
    if (c0 < 256 && c1 < 256 && c2 < 256) {
      const key = len * 16777216 + c0 * 65536 + c1 * 256 + c2;
      const hit = cache.get(key);
      if (hit !== undefined) return hit;
      const id = text.slice(start, end).trim().toUpperCase();
      if (cache.size < MAX_CACHED) cache.set(key, id);
      return id;
    }
  }
  return text.slice(start, end).trim().toUpperCase();
}
