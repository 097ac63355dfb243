// Limits that stop one hostile file from exhausting memory or time during an import, checked on the byte stream
// before the X12 reader sees it: the file must look like X12 within its first 64 KiB, no segment may run on for
// 1 MiB without a terminator, and no transaction set may grow past 64 MiB (the reader holds the open set in
// memory). A rejected file goes to the exception log with a message naming it; sets already read stay stored.
import { createReadStream, statSync } from 'node:fs';
import { basename } from 'node:path';
import { detectFromIsa, inferFromBareSegment, isAlphanumeric, isWhitespace, type Delimiters } from '../edi/delimiters.js';

export interface ImportLimits {
  /** How far into a file an X12 header (ISA, or a bare GS / ST) must appear. */
  headBytes: number;
  /** Longest run of bytes without a segment terminator. Real segments are a few hundred bytes. */
  maxSegmentBytes: number;
  /** Largest single transaction set (ST..SE). Guides advise ≤ 5 000 claims per set: a few MB. */
  maxSetBytes: number;
}

export const DEFAULT_IMPORT_LIMITS: ImportLimits = { headBytes: 64 * 1024, maxSegmentBytes: 1024 * 1024, maxSetBytes: 64 * 1024 * 1024 };

export type RejectionCode = 'not_a_file' | 'empty_file' | 'not_x12' | 'segment_too_long' | 'set_too_large';

/** Why a file was not imported. `code: message` is what the exception log shows (failureReason). No file content. */
export class ImportRejected extends Error {
  constructor(readonly code: RejectionCode, message: string) {
    super(message);
    this.name = 'ImportRejected';
  }
}

const mb = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;
const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`;

/** Checks what a path is before any byte is read: a regular file with something in it. */
export function checkImportFile(path: string): void {
  const name = basename(path);
  const stat = statSync(path);
  if (!stat.isFile()) throw new ImportRejected('not_a_file', `${name} is not a regular file (a device, pipe or socket), so it was not read.`);
  if (stat.size === 0) throw new ImportRejected('empty_file', `${name} is empty.`);
}

/** The file's bytes, passed through unchanged while every limit holds. */
export function guardedFileChunks(path: string, limits: ImportLimits = DEFAULT_IMPORT_LIMITS): AsyncGenerator<Buffer> {
  checkImportFile(path);
  return guardChunks(createReadStream(path, { highWaterMark: 1 << 18 }) as AsyncIterable<Buffer>, basename(path), limits);
}

export async function* guardChunks(source: AsyncIterable<Buffer>, name: string, limits: ImportLimits = DEFAULT_IMPORT_LIMITS): AsyncGenerator<Buffer> {
  const head: Buffer[] = [];
  let headLength = 0;
  let scanner: SetScanner | null = null;
  for await (const chunk of source) {
    if (scanner) { scanner.feed(chunk); yield chunk; continue; }
    head.push(chunk);
    headLength += chunk.length;
    if (headLength < limits.headBytes + 512) continue; // room for a whole ISA behind 64 KiB of preamble
    scanner = new SetScanner(delimitersOf(Buffer.concat(head), name, limits, false), name, limits);
    for (const c of head) { scanner.feed(c); yield c; }
    head.length = 0;
  }
  if (!scanner && headLength > 0) {
    scanner = new SetScanner(delimitersOf(Buffer.concat(head), name, limits, true), name, limits);
    for (const c of head) { scanner.feed(c); yield c; }
  }
  if (!scanner) throw new ImportRejected('empty_file', `${name} is empty.`);
}

/** The separators the reader will use, found the way it finds them; a clear rejection when there are none. */
function delimitersOf(bytes: Buffer, name: string, limits: ImportLimits, final: boolean): Delimiters {
  const text = bytes.toString('latin1');
  let p = text.startsWith('\xEF\xBB\xBF') ? 3 : 0;
  while (p < text.length && isWhitespace(text.charCodeAt(p))) p++;
  if (p >= text.length) {
    throw new ImportRejected(final ? 'empty_file' : 'not_x12', final
      ? `${name} holds only blank or zero bytes.`
      : `${name} is not an X12 file: it starts with more than ${kb(limits.headBytes)} of blank or zero bytes.`);
  }
  const limit = Math.min(text.length, p + limits.headBytes);
  const head = text.slice(p, p + 2).toUpperCase();
  if ((head === 'GS' || head === 'ST') && !isAlphanumeric(text.charCodeAt(p + 2))) {
    const inferred = inferFromBareSegment(text, p);
    if (inferred) return inferred;
  }
  const upper = text.slice(0, Math.min(text.length, limit + 512)).toUpperCase();
  for (let at = upper.indexOf('ISA', p); at >= 0 && at < limit; at = upper.indexOf('ISA', at + 3)) {
    const found = detectFromIsa(text, at, true);
    if (found.ok === true) return found.delimiters;
  }
  throw new ImportRejected('not_x12', `${name} is not an X12 file: no readable ISA, GS or ST header in its first ${kb(limits.headBytes)}.`);
}

/** Watches segment and transaction-set lengths with a few native searches per chunk. */
class SetScanner {
  private sinceTerminator = 0;
  private sinceSetEnd = 0;
  private tail: Buffer = Buffer.alloc(0);
  private readonly patterns: Buffer[];

  constructor(private readonly d: Delimiters, private readonly name: string, private readonly limits: ImportLimits) {
    const el = String.fromCharCode(d.element);
    this.patterns = [Buffer.from(`SE${el}`, 'latin1'), Buffer.from(`se${el}`, 'latin1')];
  }

  feed(chunk: Buffer): void {
    const first = chunk.indexOf(this.d.terminator);
    if (first < 0) this.sinceTerminator += chunk.length;
    else {
      this.checkSegment(this.sinceTerminator + first);
      this.sinceTerminator = chunk.length - chunk.lastIndexOf(this.d.terminator) - 1;
    }
    this.checkSegment(this.sinceTerminator);

    const window = this.tail.length ? Buffer.concat([this.tail, chunk]) : chunk;
    const end = this.lastSetEnd(window);
    this.sinceSetEnd = end < 0 ? this.sinceSetEnd + chunk.length : window.length - end;
    this.tail = Buffer.from(window.subarray(Math.max(0, window.length - 8)));
    if (this.sinceSetEnd > this.limits.maxSetBytes) {
      throw new ImportRejected('set_too_large', `${this.name} holds a transaction set larger than ${mb(this.limits.maxSetBytes)} `
        + '(it may claim millions of segments). It was not read further, so memory is not exhausted; sets before it were imported. '
        + 'Ask the sender to split it into smaller transaction sets.');
    }
  }

  private checkSegment(length: number): void {
    if (length <= this.limits.maxSegmentBytes) return;
    throw new ImportRejected('segment_too_long', `${this.name} is not readable X12: more than ${mb(this.limits.maxSegmentBytes)} without a segment `
      + 'terminator (the file may be damaged or padded with zeros). It was not read further; sets before that point were imported.');
  }

  /** Index of the last "SE" segment start (after a terminator and optional line breaks) in `window`, or -1. */
  private lastSetEnd(window: Buffer): number {
    let best = -1;
    for (const pattern of this.patterns) {
      for (let at = window.lastIndexOf(pattern); at > best; at = at > 0 ? window.lastIndexOf(pattern, at - 1) : -1) {
        let q = at - 1;
        while (q >= 0 && isWhitespace(window[q]!) && window[q] !== this.d.terminator) q--;
        if (q < 0 || window[q] === this.d.terminator) { best = at; break; }
      }
    }
    return best;
  }
}
