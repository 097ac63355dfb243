// What a mapper reads: segments by index with 1-based element access. SegmentTable is the engine's
// implementation; the benchmark adapts other parsers' output to it so all run the same mappers.
import type { Location } from './model.js';

export interface SegmentSource {
  readonly count: number;
  /** Upper-case segment id per index. */
  readonly ids: readonly string[];
  readonly component: number;
  readonly repetition: number;
  /** Element `i` (1-based); '' when absent. */
  el(s: number, i: number): string;
  /** Whether element `i` is present and not empty (el(s, i) !== '' without making the string). */
  has(s: number, i: number): boolean;
  /** Element as exact integer cents (decimalToCents of the trimmed value): undefined when the element is
   *  empty, null when it is not a plain decimal. */
  cents(s: number, i: number): number | null | undefined;
  /** Element as a code: upper-cased and trimmed. */
  code(s: number, i: number): string;
  elementCount(s: number): number;
  location(s: number, element?: number, component?: number): Location;
}
