// Groups segments into transaction sets inside their ISA/GS envelopes and checks the control counts and
// numbers. Mismatches become warnings on the set; a set is handed out only once the next control segment
// arrives, so closing-envelope (GE/IEA) warnings can still be attached to it.
import type { Delimiters } from './delimiters.js';
import { checkGroupTrailer, checkInterchangeTrailer, checkSetTrailer } from './envelope-checks.js';
import type { Location, Warning } from './model.js';
import { SegmentTable } from './segment-table.js';
import { buildTransactionSet, type EnvelopeHeader, type TransactionSet } from './transaction-set.js';
import { yymmddToIso } from './values.js';

const MAX_FILE_WARNINGS = 200;

interface Interchange { text: string; fields: string[]; groups: number; location: Location }
interface Group { text: string; fields: string[]; sets: number; location: Location }

export class EnvelopeAssembler {
  private text = '';
  private base = 0;
  private delimiters: Delimiters | null = null;
  private bare = false;
  private isa: Interchange | null = null;
  private gs: Group | null = null;
  private readonly table = new SegmentTable();
  private inSet = false;
  private setWarnings: Warning[] = [];
  private held: TransactionSet | null = null;
  private ready: TransactionSet[] = [];
  private fileWarningCount = 0;
  /** Some input so far was not plain ASCII: sets must be checked for UTF-8 before values leave. */
  private maybeNonAscii = false;

  constructor(private readonly file: string | undefined, private readonly onFileWarning: (w: Warning) => void) {
    this.table.file = file;
  }

  setDelimiters(d: Delimiters, bare = false): void {
    this.delimiters = d;
    this.bare = bare;
    this.table.component = d.component;
    this.table.repetition = d.repetition;
  }

  sawNonAscii(): void {
    this.maybeNonAscii = true;
  }

  /** Start of the open set in the reader's buffer, or -1. */
  openSetStart(): number {
    return this.inSet ? this.table.starts[0] : -1;
  }

  shift(delta: number, text: string, base: number): void {
    this.text = text;
    this.base = base;
    this.table.text = text;
    this.table.base = base;
    if (this.inSet && delta !== 0) this.table.shift(delta);
  }

  hasReady(): boolean {
    return this.ready.length > 0;
  }

  /** The oldest set that no later segment can change any more, or null. */
  next(): TransactionSet | null {
    return this.ready.shift() ?? null;
  }

  fileWarning(w: Warning): void {
    if (this.fileWarningCount++ < MAX_FILE_WARNINGS) this.onFileWarning(w);
  }

  /** A broken stretch of input: close what is open and report. */
  interrupt(w: Warning): void {
    this.closeSet('the transaction set was cut off by an unreadable interchange header');
    this.release();
    this.isa = null;
    this.gs = null;
    this.fileWarning(w);
  }

  segment(id: string, start: number, end: number, seps: Int32Array, n: number, segmentNumber: number): void {
    switch (id) {
      case 'ISA': return this.onIsa(start, end, seps, n, segmentNumber);
      case 'GS': return this.onGs(start, end, seps, n, segmentNumber);
      case 'ST':
        this.closeSet('a new ST began before SE');
        this.release();
        this.table.reset();
        this.table.add(id, start, end, seps, n, segmentNumber);
        this.inSet = true;
        this.setWarnings = [];
        if (this.bare) this.setWarnings.push({ code: 'no_envelope', message: 'No interchange header (ISA): delimiters were inferred from the first segment', location: this.table.location(0) });
        else if (!this.gs) this.setWarnings.push({ code: 'missing_gs', message: 'Transaction set outside a functional group (GS)', location: this.table.location(0) });
        return;
      case 'SE':
        if (!this.inSet) return this.outside(id, start, segmentNumber);
        this.table.add(id, start, end, seps, n, segmentNumber);
        this.setWarnings.push(...checkSetTrailer(this.table));
        return this.completeSet();
      case 'GE': return this.onGe(start, end, seps, n, segmentNumber);
      case 'IEA': return this.onIea(start, end, seps, n, segmentNumber);
      default:
        if (this.inSet) this.table.add(id, start, end, seps, n, segmentNumber);
        else this.outside(id, start, segmentNumber);
    }
  }

  finish(): void {
    this.closeSet('the file ended before SE');
    if (this.gs) this.attach({ code: 'missing_ge', message: 'The file ended before GE closed the functional group', location: this.gs.location });
    if (this.isa) this.attach({ code: 'missing_iea', message: 'The file ended before IEA closed the interchange', location: this.isa.location });
    this.release();
  }

  private onIsa(start: number, end: number, seps: Int32Array, n: number, segmentNumber: number): void {
    this.closeSet('a new interchange began before SE');
    if (this.gs) this.attach({ code: 'missing_ge', message: 'A new interchange began before GE', location: this.gs.location });
    if (this.isa) this.attach({ code: 'missing_iea', message: 'A new interchange began before IEA', location: this.isa.location });
    this.release();
    this.gs = null;
    const fields = this.fields(start, end, seps, n).map((f) => f.trim());
    this.isa = { text: this.copy(start, end), fields, groups: 0, location: this.loc(start, segmentNumber, 'ISA') };
    this.bare = false;
  }

  private onGs(start: number, end: number, seps: Int32Array, n: number, segmentNumber: number): void {
    this.closeSet('a new functional group began before SE');
    if (this.gs) this.attach({ code: 'missing_ge', message: 'A new functional group began before GE', location: this.gs.location });
    const location = this.loc(start, segmentNumber, 'GS');
    if (!this.isa && !this.bare) {
      this.fileWarning({ code: 'missing_isa', message: 'Functional group without an interchange header (ISA)', location });
    }
    if (this.isa) this.isa.groups++;
    this.gs = { text: this.copy(start, end), fields: this.fields(start, end, seps, n), sets: 0, location };
  }

  private onGe(start: number, end: number, seps: Int32Array, n: number, segmentNumber: number): void {
    this.closeSet('GE came before SE');
    const location = this.loc(start, segmentNumber, 'GE');
    if (!this.gs) return this.outside('GE', start, segmentNumber);
    for (const w of checkGroupTrailer(this.fields(start, end, seps, n), this.gs.fields, this.gs.sets, location)) this.attach(w);
    this.gs = null;
  }

  private onIea(start: number, end: number, seps: Int32Array, n: number, segmentNumber: number): void {
    this.closeSet('IEA came before SE');
    const location = this.loc(start, segmentNumber, 'IEA');
    if (this.gs) this.attach({ code: 'missing_ge', message: 'IEA came before GE', location: this.gs.location });
    this.gs = null;
    if (!this.isa) return this.outside('IEA', start, segmentNumber);
    for (const w of checkInterchangeTrailer(this.fields(start, end, seps, n), this.isa.fields, this.isa.groups, location)) this.attach(w);
    this.isa = null;
    this.release();
  }

  /** Closes a set that never reached its SE (the segments so far are still mapped). */
  private closeSet(reason: string): void {
    if (!this.inSet) return;
    this.setWarnings.push({ code: 'missing_se', message: `Transaction set not closed: ${reason}`, location: this.table.location(this.table.count - 1) });
    this.completeSet();
  }

  private completeSet(): void {
    this.inSet = false;
    if (this.gs) this.gs.sets++;
    this.release();
    this.held = buildTransactionSet(this.table, this.header(), this.setWarnings, this.maybeNonAscii);
  }

  private header(): EnvelopeHeader {
    const isa = this.isa?.fields ?? [];
    const gs = this.gs?.fields ?? [];
    return {
      delimiters: this.delimiters!,
      isaText: this.isa?.text ?? null,
      gsText: this.gs?.text ?? null,
      senderId: isa[6] ?? gs[2] ?? '',
      receiverId: isa[8] ?? gs[3] ?? '',
      interchangeControlNumber: isa[13] ?? '',
      interchangeDate: isa[9] ? yymmddToIso(isa[9]) : null,
      usage: isa[15] ?? '',
      functionalId: gs[1] ?? '',
      groupControlNumber: gs[6] ?? '',
      version: gs[8] ?? '',
    };
  }

  /** Attaches an envelope warning to the set it concerns (the last one read), or to the file. */
  private attach(w: Warning): void {
    if (this.held) this.held.warnings.push(w);
    else this.fileWarning(w);
  }

  private release(): void {
    if (this.held) this.ready.push(this.held);
    this.held = null;
  }

  private outside(id: string, start: number, segmentNumber: number): void {
    this.fileWarning({ code: 'segment_outside_set', message: `Segment ${id.slice(0, 3)} outside any transaction set was ignored`, location: this.loc(start, segmentNumber, id.slice(0, 3)) });
  }

  private fields(start: number, end: number, seps: Int32Array, n: number): string[] {
    const out: string[] = [];
    let from = start;
    for (let i = 0; i <= n; i++) {
      const to = i < n ? seps[i] : end;
      out.push(this.text.slice(from, to));
      from = to + 1;
    }
    return out;
  }

  /** A flat copy, so a kept header does not pin the whole buffer it was sliced from. */
  private copy(start: number, end: number): string {
    return Buffer.from(this.text.slice(start, end), 'latin1').toString('latin1');
  }

  private loc(start: number, segmentNumber: number, segmentId: string): Location {
    const l: Location = { byteOffset: this.base + start, segmentIndex: segmentNumber, segmentId };
    if (this.file !== undefined) l.file = this.file;
    return l;
  }
}
