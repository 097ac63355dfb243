// Benchmark contenders other than the engine: a naive split baseline and two npm parsers. Each turns its
// own output into rows of strings, then runs the engine's mappers over them, so "same mapping" is literal.
// The adapters are written to be cheap (plain loops, no per-segment spreads or promises) and read rows the
// way the engine reads its own segments (shared ids, codes upper-cased only when needed), so the figures
// measure the parsers, not the glue.
import { Readable } from 'node:stream';
import { X12Parser } from 'node-x12';
import { X12parser } from 'x12-parser';
import { mapTransaction } from '../main/edi/map-transaction.js';
import type { Envelope, Location, MappedTransaction } from '../main/edi/model.js';
import { segmentId } from '../main/edi/segment-ids.js';
import type { SegmentSource } from '../main/edi/segment-source.js';
import { decimalToCents } from '../main/edi/values.js';

type Row = string[];

/** Rows from..to-1 of [id, element1, element2, ...] seen through the engine's mapper interface. */
class RowSegments implements SegmentSource {
  readonly ids: string[];
  readonly count: number;
  constructor(private readonly rows: Row[], private readonly from: number, to: number, readonly component: number, readonly repetition: number) {
    this.count = to - from;
    this.ids = new Array<string>(this.count);
    for (let s = 0; s < this.count; s++) {
      const id = rows[from + s][0];
      this.ids[s] = segmentId(id, 0, id.length);
    }
  }
  el(s: number, i: number): string { return this.rows[this.from + s][i] ?? ''; }
  has(s: number, i: number): boolean { return (this.rows[this.from + s][i] ?? '') !== ''; }
  cents(s: number, i: number): number | null | undefined {
    const v = this.rows[this.from + s][i] ?? '';
    return v === '' ? undefined : decimalToCents(v.trim());
  }
  code(s: number, i: number): string {
    const v = this.rows[this.from + s][i] ?? '';
    for (let k = 0; k < v.length; k++) {
      const c = v.charCodeAt(k);
      if ((c >= 97 && c <= 122) || c === 32) return v.toUpperCase().trim();
    }
    return v;
  }
  elementCount(s: number): number { return this.rows[this.from + s].length - 1; }
  location(s: number): Location { return { byteOffset: 0, segmentIndex: s + 1, segmentId: this.ids[s] }; }
}

/** Groups rows into ST..SE sets and maps each one. */
function mapRows(rows: Row[], component: string): MappedTransaction[] {
  const out: MappedTransaction[] = [];
  const cs = component.charCodeAt(0);
  let gs: Row = [];
  let start = -1;
  for (let i = 0; i < rows.length; i++) {
    const id = rows[i][0];
    if (id === 'GS') gs = rows[i];
    else if (id === 'ST') start = i;
    else if (id === 'SE' && start >= 0) {
      out.push(mapTransaction(new RowSegments(rows, start, i + 1, cs, -1), envelopeOf(gs, rows[start]), []));
      start = -1;
    }
  }
  return out;
}

function envelopeOf(gs: Row, st: Row): Envelope {
  return {
    senderId: gs[2] ?? '', receiverId: gs[3] ?? '', interchangeControlNumber: '', interchangeDate: null, usage: '',
    functionalId: gs[1] ?? '', groupControlNumber: gs[6] ?? '', version: gs[8] ?? '', transactionSetId: st[1], transactionControlNumber: st[2],
  };
}

/** The baseline: split on the terminator, then each segment on the element separator. */
export function naiveSplit(text: string): MappedTransaction[] {
  const element = text[3];
  const component = text[104];
  const terminator = text[105];
  const rows: Row[] = [];
  for (const raw of text.split(terminator)) {
    const seg = raw.trim();
    if (seg !== '') rows.push(seg.split(element));
  }
  return mapRows(rows, component);
}

interface NodeX12Segment { tag: string; elements: { value: string }[] }

function nodeX12Row(tag: string, elements: { value: string }[]): Row {
  const row = new Array<string>(elements.length + 1);
  row[0] = tag;
  for (let i = 0; i < elements.length; i++) row[i + 1] = elements[i].value;
  return row;
}

/** node-x12: its interchange object model, flattened to rows. */
export function nodeX12(text: string): MappedTransaction[] {
  const interchange = new X12Parser(true).parse(text) as unknown as {
    functionalGroups: { header: NodeX12Segment; transactions: { header: NodeX12Segment; segments: NodeX12Segment[]; trailer: NodeX12Segment }[] }[];
  };
  const rows: Row[] = [];
  for (const group of interchange.functionalGroups) {
    rows.push(nodeX12Row('GS', group.header.elements));
    for (const tx of group.transactions) {
      rows.push(nodeX12Row('ST', tx.header.elements));
      for (const seg of tx.segments) rows.push(nodeX12Row(seg.tag, seg.elements));
      rows.push(nodeX12Row('SE', tx.trailer.elements));
    }
  }
  return mapRows(rows, text[104]);
}

// x12-parser names element i "i" and the components after its first "i-1", "i-2", ...: keys made once.
const ELEMENT_KEYS = Array.from({ length: 64 }, (_, i) => String(i));
const COMPONENT_KEYS = ELEMENT_KEYS.map((e) => Array.from({ length: 16 }, (_, k) => `${e}-${k}`));

/** x12-parser: a Transform stream of `{ name, 1: .., '1-1': .. }` objects, read through 'data' events
 *  (an async iterator would add a promise per segment); composites are re-joined. */
export function x12Parser(text: string): Promise<MappedTransaction[]> {
  const component = text[104];
  const rows: Row[] = [];
  return new Promise((resolve, reject) => {
    const parser = Readable.from([text]).pipe(new X12parser());
    parser.on('data', (seg: Record<string, string>) => {
      const row: Row = [seg.name];
      for (let i = 1; i < ELEMENT_KEYS.length && seg[ELEMENT_KEYS[i]] !== undefined; i++) {
        let value = seg[ELEMENT_KEYS[i]];
        const keys = COMPONENT_KEYS[i];
        for (let k = 1; k < keys.length && seg[keys[k]] !== undefined; k++) value += component + seg[keys[k]];
        row.push(value);
      }
      rows.push(row);
    });
    parser.on('end', () => {
      try { resolve(mapRows(rows, component)); } catch (err) { reject(err); }
    });
    parser.on('error', reject);
  });
}
