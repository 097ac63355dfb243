// Benchmark contenders other than the engine: a naive split baseline and two npm parsers. Each turns its
// own output into rows of strings, then runs the engine's mappers over them, so "same mapping" is literal.
import { Readable } from 'node:stream';
import { X12Parser } from 'node-x12';
import { X12parser } from 'x12-parser';
import { mapTransaction } from '../main/edi/map-transaction.js';
import type { Envelope, Location, MappedTransaction } from '../main/edi/model.js';
import type { SegmentSource } from '../main/edi/segment-source.js';

/** Rows of [id, element1, element2, ...] seen through the engine's mapper interface. */
class RowSegments implements SegmentSource {
  readonly ids: string[];
  constructor(private readonly rows: string[][], readonly component: number, readonly repetition: number) {
    this.ids = rows.map((r) => r[0].trim().toUpperCase());
  }
  get count(): number { return this.rows.length; }
  el(s: number, i: number): string { return this.rows[s][i] ?? ''; }
  code(s: number, i: number): string { return (this.rows[s][i] ?? '').trim().toUpperCase(); }
  elementCount(s: number): number { return this.rows[s].length - 1; }
  location(s: number): Location { return { byteOffset: 0, segmentIndex: s + 1, segmentId: this.ids[s] }; }
}

/** Groups rows into ST..SE sets and maps each one. */
function mapRows(rows: string[][], component: string): MappedTransaction[] {
  const out: MappedTransaction[] = [];
  let gs: string[] = [];
  let start = -1;
  for (let i = 0; i < rows.length; i++) {
    const id = rows[i][0];
    if (id === 'GS') gs = rows[i];
    else if (id === 'ST') start = i;
    else if (id === 'SE' && start >= 0) {
      const set = new RowSegments(rows.slice(start, i + 1), component.charCodeAt(0), -1);
      out.push(mapTransaction(set, envelopeOf(gs, rows[start]), []));
      start = -1;
    }
  }
  return out;
}

function envelopeOf(gs: string[], st: string[]): Envelope {
  return {
    senderId: gs[2] ?? '', receiverId: gs[3] ?? '', interchangeControlNumber: '', interchangeDate: null, usage: '',
    functionalId: gs[1] ?? '', groupControlNumber: gs[6] ?? '', version: gs[8] ?? '', transactionSetId: st[1], transactionControlNumber: st[2],
  };
}

/** The baseline: split on the terminator, then on the element separator. */
export function naiveSplit(text: string): MappedTransaction[] {
  const element = text[3];
  const component = text[104];
  const terminator = text[105];
  const rows = text.split(terminator).map((seg) => seg.trim()).filter((seg) => seg !== '').map((seg) => seg.split(element));
  return mapRows(rows, component);
}

/** node-x12: its interchange object model, flattened to rows. */
export function nodeX12(text: string): MappedTransaction[] {
  const interchange = new X12Parser(true).parse(text) as unknown as {
    functionalGroups: { header: { elements: { value: string }[] }; transactions: { header: { elements: { value: string }[] }; segments: { tag: string; elements: { value: string }[] }[]; trailer: { elements: { value: string }[] } }[] }[];
  };
  const rows: string[][] = [];
  for (const group of interchange.functionalGroups) {
    rows.push(['GS', ...group.header.elements.map((e) => e.value)]);
    for (const tx of group.transactions) {
      rows.push(['ST', ...tx.header.elements.map((e) => e.value)]);
      for (const seg of tx.segments) rows.push([seg.tag, ...seg.elements.map((e) => e.value)]);
      rows.push(['SE', ...tx.trailer.elements.map((e) => e.value)]);
    }
  }
  return mapRows(rows, text[104]);
}

/** x12-parser: a Transform stream of `{ name, 1: .., '1-1': .. }` objects; composites are re-joined. */
export async function x12Parser(text: string): Promise<MappedTransaction[]> {
  const component = text[104];
  const rows: string[][] = [];
  const parser = Readable.from([text]).pipe(new X12parser());
  for await (const seg of parser as AsyncIterable<Record<string, string>>) {
    const row = [seg.name];
    for (let i = 1; seg[String(i)] !== undefined; i++) {
      let value = seg[String(i)];
      for (let k = 1; seg[`${i}-${k}`] !== undefined; k++) value += component + seg[`${i}-${k}`];
      row.push(value);
    }
    rows.push(row);
  }
  return mapRows(rows, component);
}
