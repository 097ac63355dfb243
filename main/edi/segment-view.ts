// Raw segment view for the X12 viewer: every segment of a stored transaction with its loop, element names
// and code descriptions. Not a hot path: clarity over speed.
import { decodeBytes, toByteString } from './byte-text.js';
import { detectFromIsa, inferFromBareSegment, isWhitespace, type Delimiters } from './delimiters.js';
import { describeCode, type CodeListName } from './code-lists.js';
import { X12Error } from './errors.js';
import { LoopTracker } from './loop-names.js';
import { SEGMENT_NAMES } from './segment-dictionary.js';

export interface ElementView {
  position: number; // 1-based
  name: string | null;
  value: string;
  components: string[] | null; // when the element is a composite
  description: string | null; // meaning of the code, when the element holds one
}

export interface SegmentView {
  index: number; // 1-based within the text
  id: string;
  name: string | null;
  loopId: string;
  loopName: string;
  byteOffset: number;
  text: string;
  elements: ElementView[];
}

type Describer = [CodeListName, string?];
/** Elements holding codes, as "SEG:position" or "SEG:position:component". */
const CODED: Record<string, Describer> = {
  'NM1:1': ['entity'], 'N1:1': ['entity'], 'CLP:2': ['clp02'], 'CLP:6': ['misc', 'filing'], 'CLP:9': ['misc', 'frequency'],
  'SBR:9': ['misc', 'filing'], 'CLM:5:3': ['misc', 'frequency'], 'BPR:1': ['misc', 'handling'], 'BPR:4': ['misc', 'paymentMethod'],
  'CAS:1': ['group'], 'LQ:2': ['rarc'], 'MIA:5': ['rarc'], 'IK3:4': ['ack-999', 'segment'], 'AK3:4': ['ack-999', 'segment'],
  'IK4:3': ['ack-999', 'element'], 'AK4:3': ['ack-999', 'element'], 'IK5:1': ['ack-999', 'status'], 'AK5:1': ['ack-999', 'status'],
  'AK9:1': ['ack-999', 'status'],
};
for (const i of [2, 5, 8, 11, 14, 17]) CODED[`CAS:${i}`] = ['carc'];
for (const i of [3, 4, 5, 6, 7]) CODED[`MOA:${i}`] = ['rarc'];
for (const i of [20, 21, 22, 23]) CODED[`MIA:${i}`] = ['rarc'];
for (const i of [2, 3, 4, 5, 6]) { CODED[`IK5:${i}`] = ['ack-999', 'set']; CODED[`AK5:${i}`] = ['ack-999', 'set']; }
for (const i of [5, 6, 7, 8, 9]) CODED[`AK9:${i}`] = ['ack-999', 'group'];
for (const i of [1, 10, 11]) {
  CODED[`STC:${i}:1`] = ['claim-status-category'];
  CODED[`STC:${i}:2`] = ['claim-status'];
  CODED[`STC:${i}:3`] = ['entity'];
}
for (const i of [3, 5, 7, 9, 11, 13]) CODED[`PLB:${i}:1`] = ['misc', 'plb'];

export function describeSegments(raw: string): SegmentView[] {
  const text = toByteString(raw);
  const start = firstNonWhitespace(text);
  const delimiters = delimitersOf(text, start);
  const term = String.fromCharCode(delimiters.terminator);
  const es = String.fromCharCode(delimiters.element);
  const cs = String.fromCharCode(delimiters.component);
  const st = text.indexOf(`ST${es}`);
  const transaction = st >= 0 ? text.slice(st + 3, st + 6) : '';
  const tracker = new LoopTracker(transaction, /X223|X096/.test(text.slice(0, 2000)));
  const out: SegmentView[] = [];
  let p = start;
  while (p < text.length) {
    while (p < text.length && isWhitespace(text.charCodeAt(p))) p++;
    if (p >= text.length) break;
    let end = text.indexOf(term, p);
    if (end < 0) end = text.length;
    const segment = text.slice(p, end).replace(/\s+$/, '');
    if (segment !== '') out.push(view(segment, out.length + 1, p, es, cs, tracker));
    p = end + 1;
  }
  return out;
}

function view(segment: string, index: number, offset: number, es: string, cs: string, tracker: LoopTracker): SegmentView {
  const parts = segment.split(es).map(decodeBytes);
  const id = parts[0].trim().toUpperCase();
  const loop = tracker.next(id, (i) => parts[i] ?? '');
  const names = SEGMENT_NAMES[id];
  const elements = parts.slice(1).map((value, k): ElementView => {
    const position = k + 1;
    const components = id !== 'ISA' && value.includes(cs) ? value.split(cs) : null;
    return { position, name: names?.[1][k] || null, value, components, description: describe(id, position, value, components) };
  });
  return { index, id, name: names?.[0] ?? null, loopId: loop.id, loopName: loop.name, byteOffset: offset, text: decodeBytes(segment), elements };
}

function describe(id: string, position: number, value: string, components: string[] | null): string | null {
  if (components) {
    const found = components.map((c, k) => {
      const d = CODED[`${id}:${position}:${k + 1}`];
      const text = d && c !== '' ? describeCode(d[0], c, d[1]) : null;
      return text ? `${c}: ${text}` : null;
    }).filter((x) => x !== null);
    return found.length > 0 ? found.join('; ') : null;
  }
  const d = CODED[`${id}:${position}`] ?? CODED[`${id}:${position}:1`];
  return d && value !== '' ? describeCode(d[0], value, d[1]) : null;
}

function firstNonWhitespace(text: string): number {
  let p = text.startsWith('\xEF\xBB\xBF') ? 3 : 0;
  while (p < text.length && isWhitespace(text.charCodeAt(p))) p++;
  return p;
}

function delimitersOf(text: string, start: number): Delimiters {
  if (text.slice(start, start + 3).toUpperCase() === 'ISA') {
    const found = detectFromIsa(text, start, true);
    if (found.ok === true) return found.delimiters;
  }
  const inferred = inferFromBareSegment(text, start);
  if (inferred) return inferred;
  throw new X12Error('not_x12', 'Not X12: cannot find its delimiters', { byteOffset: start, segmentIndex: 0, segmentId: '' });
}
