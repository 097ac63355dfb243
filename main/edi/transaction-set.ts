// One ST..SE set as the engine hands it out: envelope, a standalone re-parseable copy, its hash and the
// mapped domain records (or the typed error that stopped mapping — other sets are unaffected).
import { createHash } from 'node:crypto';
import { decodeBytes, hasNonAscii } from './byte-text.js';
import type { Delimiters } from './delimiters.js';
import { X12Error } from './errors.js';
import { mapTransaction } from './map-transaction.js';
import type { Envelope, Location, MappedTransaction, Warning } from './model.js';
import type { SegmentTable } from './segment-table.js';

export interface TransactionSet {
  envelope: Envelope;
  raw: string;
  contentHash: string;
  location: Location;
  segmentCount: number;
  warnings: Warning[];
  mapped: MappedTransaction | null;
  error: X12Error | null;
}

export interface EnvelopeHeader {
  delimiters: Delimiters;
  isaText: string | null;
  gsText: string | null;
  senderId: string;
  receiverId: string;
  interchangeControlNumber: string;
  interchangeDate: string | null;
  usage: string;
  functionalId: string;
  groupControlNumber: string;
  version: string;
}

/** `maybeNonAscii`: the input was not known to be ASCII, so this set's text is checked for UTF-8. */
export function buildTransactionSet(t: SegmentTable, h: EnvelopeHeader, warnings: Warning[], maybeNonAscii: boolean): TransactionSet {
  const last = t.count - 1;
  t.nonAscii = maybeNonAscii && hasNonAscii(t.text.slice(t.starts[0], t.ends[last]));
  const envelope: Envelope = {
    senderId: h.senderId,
    receiverId: h.receiverId,
    interchangeControlNumber: h.interchangeControlNumber,
    interchangeDate: h.interchangeDate,
    usage: h.usage,
    functionalId: h.functionalId,
    groupControlNumber: h.groupControlNumber,
    version: h.version || t.el(0, 3),
    transactionSetId: t.code(0, 1),
    transactionControlNumber: t.el(0, 2),
  };
  const raw = buildRaw(t, h);
  let mapped: MappedTransaction | null = null;
  let error: X12Error | null = null;
  try {
    mapped = mapTransaction(t, envelope, warnings);
  } catch (err) {
    error = err instanceof X12Error
      ? err
      : new X12Error('mapping_failed', `Could not map transaction set ${envelope.transactionSetId}: ${(err as Error).message}`, t.location(0));
  }
  return {
    envelope,
    raw,
    // All-ASCII input hashes the same bytes as latin1 as it would as UTF-8, without the encoder's scan.
    contentHash: createHash('sha256').update(raw, maybeNonAscii ? 'utf8' : 'latin1').digest('hex'),
    location: t.location(0),
    segmentCount: t.count,
    warnings,
    mapped,
    error,
  };
}

/** ISA + GS + ST..SE verbatim, one segment per line, closed by a synthesized GE/IEA for this one set. */
function buildRaw(t: SegmentTable, h: EnvelopeHeader): string {
  const d = h.delimiters;
  const term = String.fromCharCode(d.terminator);
  const eol = d.terminator === 10 || d.terminator === 13 ? term : `${term}\n`;
  const es = String.fromCharCode(d.element);
  let out = '';
  if (h.isaText !== null) out += h.isaText + eol;
  if (h.gsText !== null) out += h.gsText + eol;
  out += setBody(t, term, eol);
  if (h.gsText !== null) out += `GE${es}1${es}${h.groupControlNumber}${eol}`;
  if (h.isaText !== null) out += `IEA${es}1${es}${h.interchangeControlNumber}${eol}`;
  return t.nonAscii ? decodeBytes(out) : out;
}

/** Fast paths for the two common layouts (one line; terminator + LF), segment by segment otherwise. */
function setBody(t: SegmentTable, term: string, eol: string): string {
  const last = t.count - 1;
  const tc = term.charCodeAt(0);
  let oneLine = true;
  let lineFed = true;
  for (let s = 0; s < last && (oneLine || lineFed); s++) {
    const gap = t.starts[s + 1] - t.ends[s];
    const atTerm = t.text.charCodeAt(t.ends[s]) === tc;
    oneLine = oneLine && gap === 1 && atTerm;
    lineFed = lineFed && gap === 2 && atTerm && t.text.charCodeAt(t.ends[s] + 1) === 10;
  }
  const whole = t.text.slice(t.starts[0], t.ends[last]);
  if (eol === term && oneLine) return whole + eol;
  if (oneLine) return whole.replaceAll(term, eol) + eol;
  if (lineFed && eol !== term) return whole + eol;
  let out = '';
  for (let s = 0; s <= last; s++) out += t.segmentText(s) + eol;
  return out;
}
