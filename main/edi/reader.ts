// The tokenizer: turns byte-string text, fed in chunks or whole, into segments and hands them to the
// envelope assembler. Holds only unconsumed text plus the transaction set being read.
import { detectFromIsa, inferFromBareSegment, isAlphanumeric, isWhitespace, type Delimiters } from './delimiters.js';
import { EnvelopeAssembler } from './envelope.js';
import { X12Error } from './errors.js';
import type { Warning } from './model.js';
import { segmentId } from './segment-ids.js';
import type { TransactionSet } from './transaction-set.js';

const MIN_SCAN_CHUNK = 1 << 20; // as readX12File reads: fewer, larger copies of the open set
const PREAMBLE_SEARCH = 65536; // how far to look for an ISA behind leading text
const UNKNOWN = -2;

export interface ReaderOptions {
  file?: string;
  /** File-level warnings (text before the ISA, junk between sets, a broken ISA skipped). */
  onWarning?: (warning: Warning) => void;
}

export class X12Reader {
  private buf = '';
  private base = 0; // byte offset of buf[0] in the file
  private pos = 0;
  private chunks: string[] = [];
  private chunkLength = 0;
  private delimiters: Delimiters | null = null;
  private segmentNumber = 0;
  private scratch: Int32Array = new Int32Array(64);
  private readonly assembler: EnvelopeAssembler;
  /** buf holds no complete segment after pos: the next scan needs more text. */
  private exhausted = true;
  private ended = false;
  private finished = false;

  constructor(private readonly opts: ReaderOptions = {}) {
    this.assembler = new EnvelopeAssembler(opts.file, (w) => opts.onWarning?.(w));
  }

  /** Adds text (a byte string). `ascii` = the caller knows every char is below 0x80, so sets read from it
   *  need no UTF-8 decoding. */
  write(chunk: string, ascii = false): void {
    if (!ascii) this.assembler.sawNonAscii();
    this.chunks.push(chunk);
    this.chunkLength += chunk.length;
  }

  /** No more text will be written: read() now reads what is left and closes open envelopes. */
  end(): void {
    this.ended = true;
  }

  /** The next completed transaction set; null when more text must be written first (or, after end(), when
   *  there are no more). Scanning stops at each completed set, so a streaming caller that handles sets one
   *  at a time keeps at most the set being read alive (less garbage-collector copying, lower peak memory). */
  read(): TransactionSet | null {
    for (;;) {
      const ready = this.assembler.next();
      if (ready !== null) return ready;
      if (this.finished) return null;
      if (this.exhausted) {
        if (!this.ended && !this.enoughNewText()) return null;
        this.absorb();
      }
      this.exhausted = this.scan(this.ended);
      if (this.exhausted && this.ended) {
        if (this.delimiters === null) this.throwNotX12(this.pos);
        this.assembler.finish();
        this.finished = true;
      }
    }
  }

  /** Scan only once the new text is at least as long as what we keep: copying stays linear overall. */
  private enoughNewText(): boolean {
    const kept = this.buf.length - this.keepFrom();
    return this.chunkLength >= MIN_SCAN_CHUNK && this.chunkLength >= kept;
  }

  private keepFrom(): number {
    const setStart = this.assembler.openSetStart();
    return setStart >= 0 ? Math.min(setStart, this.pos) : this.pos;
  }

  private absorb(): void {
    if (this.chunks.length === 0) return;
    const keep = this.keepFrom();
    this.buf = keep === 0 && this.buf.length === 0 && this.chunks.length === 1
      ? this.chunks[0]
      : [this.buf.slice(keep), ...this.chunks].join('');
    this.chunks = [];
    this.chunkLength = 0;
    this.base += keep;
    this.pos -= keep;
    this.assembler.shift(keep, this.buf, this.base);
  }

  /** Reads segments from pos until a set is complete (false) or the text runs out (true). */
  private scan(final: boolean): boolean {
    const text = this.buf;
    const len = text.length;
    let p = this.pos;
    // Where the next element separator is (found by indexOf, which beats a char loop): at or after p when
    // known, -1 when there is none left in the text, UNKNOWN after the delimiters change.
    let nextSep = UNKNOWN;
    for (;;) {
      if (this.assembler.hasReady()) {
        this.pos = p;
        return false;
      }
      while (p < len && isWhitespace(text.charCodeAt(p))) p++;
      if (p >= len) break;
      if (this.delimiters === null) {
        const start = this.detectStart(p, final);
        if (start < 0) break;
        p = start;
        nextSep = UNKNOWN;
      }
      if (isIsaAt(text, p)) {
        const next = this.enterInterchange(p, final);
        if (next === -1) break;
        nextSep = UNKNOWN;
        if (next !== p) { p = next; continue; }
      }
      const d = this.delimiters!;
      let end = text.indexOf(d.terminatorChar, p);
      let next: number;
      if (end < 0) {
        if (!final) break;
        end = len;
        next = len;
      } else next = end + 1;
      let e = end;
      while (e > p && isWhitespace(text.charCodeAt(e - 1))) e--;
      if (e === p) { p = next; continue; }
      if (nextSep === UNKNOWN || (nextSep >= 0 && nextSep < p)) nextSep = text.indexOf(d.elementChar, p);
      let n = 0;
      let scratch = this.scratch;
      while (nextSep >= 0 && nextSep < e) {
        if (n === scratch.length) scratch = this.growScratch();
        scratch[n++] = nextSep;
        nextSep = text.indexOf(d.elementChar, nextSep + 1);
      }
      const id = segmentId(text, p, n > 0 ? scratch[0] : e);
      this.segmentNumber++;
      this.assembler.segment(id, p, e, scratch, n, this.segmentNumber);
      p = next;
    }
    this.pos = p;
    return true;
  }

  /** At an ISA: learn its delimiters. Returns where to continue, p itself when the ISA was accepted,
   *  -1 when more text is needed. A broken ISA mid-file is skipped up to the next ISA. */
  private enterInterchange(p: number, final: boolean): number {
    const found = detectFromIsa(this.buf, p, final);
    if (found.ok === 'need_more') return -1;
    if (found.ok === true) {
      this.delimiters = found.delimiters;
      this.assembler.setDelimiters(found.delimiters);
      return p;
    }
    const location = { file: this.opts.file, byteOffset: this.base + p, segmentIndex: this.segmentNumber + 1, segmentId: 'ISA', element: found.element };
    if (this.segmentNumber === 0) throw new X12Error('bad_isa', `Unreadable interchange header: ${found.reason}`, location);
    this.assembler.interrupt({ code: 'bad_isa', message: `Unreadable interchange header skipped: ${found.reason}`, location });
    const next = this.buf.indexOf('ISA', p + 3);
    if (next < 0 && !final) return -1;
    return next < 0 ? this.buf.length : next;
  }

  /** Before the first delimiters are known: ISA, bare GS/ST, or an ISA behind some leading text. */
  private detectStart(p: number, final: boolean): number {
    const text = this.buf;
    if (text.startsWith('\xEF\xBB\xBF', p) || text.startsWith('\uFEFF', p)) {
      p += text.charCodeAt(p) === 0xfeff ? 1 : 3;
      while (p < text.length && isWhitespace(text.charCodeAt(p))) p++;
    }
    if (p + 4 > text.length && !final) return -1;
    if (isIsaAt(text, p)) return p;
    const head = text.slice(p, p + 2).toUpperCase();
    if ((head === 'GS' || head === 'ST') && !isAlphanumeric(text.charCodeAt(p + 2))) {
      const inferred = inferFromBareSegment(text, p);
      if (inferred) {
        this.delimiters = inferred;
        this.assembler.setDelimiters(inferred, true);
        return p;
      }
    }
    const limit = Math.min(text.length, p + PREAMBLE_SEARCH);
    for (let at = text.indexOf('ISA', p); at >= 0 && at < limit; at = text.indexOf('ISA', at + 3)) {
      if (!isIsaAt(text, at)) continue;
      const found = detectFromIsa(text, at, final);
      if (found.ok === 'need_more') return -1;
      if (found.ok !== true) continue;
      this.assembler.fileWarning({
        code: 'text_before_isa',
        message: `${at - p} bytes of text before the interchange header were skipped`,
        location: { file: this.opts.file, byteOffset: this.base + p, segmentIndex: 0, segmentId: '' },
      });
      return at;
    }
    if (!final && text.length < p + PREAMBLE_SEARCH) return -1;
    this.throwNotX12(p);
  }

  private throwNotX12(p: number): never {
    throw new X12Error('not_x12', 'Not an X12 file: no ISA, GS or ST segment found',
      { file: this.opts.file, byteOffset: this.base + p, segmentIndex: 0, segmentId: '' });
  }

  private growScratch(): Int32Array {
    const bigger = new Int32Array(this.scratch.length * 2);
    bigger.set(this.scratch);
    this.scratch = bigger;
    return bigger;
  }
}

function isIsaAt(text: string, p: number): boolean {
  const c0 = text.charCodeAt(p) | 32;
  if (c0 !== 105 /* i */) return false;
  if ((text.charCodeAt(p + 1) | 32) !== 115 || (text.charCodeAt(p + 2) | 32) !== 97) return false;
  const c3 = text.charCodeAt(p + 3);
  return !Number.isNaN(c3) && !isAlphanumeric(c3) && !isWhitespace(c3);
}
