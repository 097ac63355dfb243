// Finds the separators an interchange uses: from its ISA (fixed-width or not), or guessed from a bare GS/ST.

export interface Delimiters {
  element: number; // char codes
  component: number;
  terminator: number;
  repetition: number; // -1 when the interchange has none
  elementChar: string; // the same as one-char strings, for indexOf
  terminatorChar: string;
}

function delimiters(element: number, component: number, terminator: number, repetition: number): Delimiters {
  return { element, component, terminator, repetition, elementChar: String.fromCharCode(element), terminatorChar: String.fromCharCode(terminator) };
}

/** Where each element separator sits in a compliant, fixed-width ISA (0-based from the "I"). */
const FIXED_SEPARATORS = [3, 6, 17, 20, 31, 34, 50, 53, 69, 76, 81, 83, 89, 99, 101, 103];
const MAX_ISA_LENGTH = 400;

export function isAlphanumeric(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

export function isWhitespace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 0;
}

export type IsaDetection =
  | { ok: true; delimiters: Delimiters; terminatorAt: number }
  | { ok: false; reason: string; element?: number }
  | { ok: 'need_more' };

/** `at` points at the "I" of ISA. `final` says no more text will arrive. */
export function detectFromIsa(text: string, at: number, final: boolean): IsaDetection {
  const element = text.charCodeAt(at + 3);
  if (Number.isNaN(element)) return final ? { ok: false, reason: 'truncated ISA' } : { ok: 'need_more' };
  if (isAlphanumeric(element) || isWhitespace(element)) return { ok: false, reason: 'ISA element separator is not a delimiter', element: 1 };

  let fixed = text.length >= at + 106;
  for (let i = 0; fixed && i < FIXED_SEPARATORS.length; i++) fixed = text.charCodeAt(at + FIXED_SEPARATORS[i]) === element;
  let componentAt: number;
  if (fixed) {
    componentAt = at + 104;
  } else {
    // Not padded to width: element 16 starts right after the 16th separator.
    let seen = 0;
    let i = at + 3;
    const limit = Math.min(text.length, at + MAX_ISA_LENGTH);
    for (; i < limit; i++) {
      if (text.charCodeAt(i) === element && ++seen === 16) break;
    }
    if (seen < 16) {
      if (!final && text.length < at + MAX_ISA_LENGTH) return { ok: 'need_more' };
      return { ok: false, reason: `ISA has ${seen} of 16 elements`, element: seen + 1 };
    }
    componentAt = i + 1;
  }
  if (componentAt + 1 >= text.length) return final ? { ok: false, reason: 'truncated ISA', element: 16 } : { ok: 'need_more' };
  const component = text.charCodeAt(componentAt);
  const terminator = text.charCodeAt(componentAt + 1);
  if (isAlphanumeric(component) || component === element || component === 10 || component === 13 || component === 32) {
    return { ok: false, reason: 'ISA16 component separator is not a delimiter', element: 16 };
  }
  if (isAlphanumeric(terminator) || terminator === element || terminator === component || terminator === 32) {
    return { ok: false, reason: 'segment terminator after ISA16 is not a delimiter', element: 16 };
  }
  const repetition = repetitionFromIsa(text.slice(at, componentAt), element, component, terminator);
  return { ok: true, delimiters: delimiters(element, component, terminator, repetition), terminatorAt: componentAt + 1 };
}

/** ISA11 is the repetition separator only from 00501 on, and only when it is not a letter (files put `U` there). */
function repetitionFromIsa(isa: string, element: number, component: number, terminator: number): number {
  const parts = isa.split(String.fromCharCode(element));
  const isa11 = parts[11] ?? '';
  const isa12 = (parts[12] ?? '').trim();
  if (isa11.length !== 1 || !/^\d{5}$/.test(isa12) || isa12 < '00501') return -1;
  const c = isa11.charCodeAt(0);
  if (isAlphanumeric(c) || isWhitespace(c) || c === element || c === component || c === terminator) return -1;
  return c;
}

/** Separators for a file that starts at GS or ST with no ISA: the element separator follows the id, the
 *  terminator is the first character that cannot be data; component and repetition take the usual `:` `^`. */
export function inferFromBareSegment(text: string, at: number): Delimiters | null {
  const element = text.charCodeAt(at + 2);
  if (Number.isNaN(element) || isAlphanumeric(element) || isWhitespace(element)) return null;
  const limit = Math.min(text.length, at + 200);
  for (let i = at + 3; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === element || isAlphanumeric(c) || c === 32 || c === 46 || c === 45) continue;
    const terminator = c;
    const component = pickUnused(58 /* : */, [element, terminator], 62 /* > */);
    const repetition = pickUnused(94 /* ^ */, [element, terminator, component], -1);
    return delimiters(element, component, terminator, repetition);
  }
  return null;
}

function pickUnused(wanted: number, taken: number[], fallback: number): number {
  return taken.includes(wanted) ? fallback : wanted;
}
