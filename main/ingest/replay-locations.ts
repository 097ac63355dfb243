// Replaying a kept set (rebuild, salvage) parses the kept text: the set alone, behind its own ISA and GS. Locations
// found then point into that text; the first ingest pointed into the original file. Shifting every location by where
// the set sat in the file (kept in raw_transactions.location) gives back the original positions — segment numbers
// exactly, byte offsets exactly when the file also had one segment per line (as generated and most received files do).
import type { TransactionSet } from '../edi/index.js';

interface Position { byteOffset: number; segmentIndex: number; segmentId: string }

const isPosition = (v: unknown): v is Position => typeof v === 'object' && v !== null
  && typeof (v as Position).byteOffset === 'number' && typeof (v as Position).segmentIndex === 'number' && typeof (v as Position).segmentId === 'string';

/** Moves every location inside `set` (in place) to where it was in the original file; a no-op when that is unknown. */
export function rebaseLocations(set: TransactionSet, keptLocation: string | null): void {
  let original: unknown;
  try { original = keptLocation ? JSON.parse(keptLocation) : null; } catch { original = null; }
  if (!isPosition(original) || !isPosition(set.location)) return;
  const dByte = original.byteOffset - set.location.byteOffset;
  const dSegment = original.segmentIndex - set.location.segmentIndex;
  if (dByte === 0 && dSegment === 0) return;
  const seen = new Set<object>();
  const walk = (v: unknown): void => {
    if (typeof v !== 'object' || v === null || seen.has(v)) return;
    seen.add(v);
    if (isPosition(v)) {
      v.byteOffset = Math.max(0, v.byteOffset + dByte);
      v.segmentIndex = Math.max(0, v.segmentIndex + dSegment);
    }
    for (const child of Array.isArray(v) ? v : Object.values(v)) walk(child);
  };
  walk(set);
}
