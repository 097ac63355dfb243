// Entry points for reading X12: a whole text in memory, or any chunked source / file streamed with
// bounded memory (unconsumed text plus the set being read).
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { bytesToByteString, toByteString } from './byte-text.js';
import type { Warning } from './model.js';
import { X12Reader } from './reader.js';
import type { TransactionSet } from './transaction-set.js';

export interface ParseResult {
  sets: TransactionSet[];
  /** File-level: text before the ISA, segments outside any set, skipped broken headers. */
  warnings: Warning[];
}

export interface ReadOptions {
  file?: string;
  onWarning?: (warning: Warning) => void;
}

/** Parses a whole X12 text. Throws X12Error `not_x12` when it is not X12 at all. */
export function parseX12Text(text: string, opts: ReadOptions = {}): ParseResult {
  const warnings: Warning[] = [];
  const reader = new X12Reader({ file: opts.file, onWarning: (w) => { warnings.push(w); opts.onWarning?.(w); } });
  const sets = reader.push(toByteString(text));
  for (const set of reader.end()) sets.push(set);
  return { sets, warnings };
}

/** Streams transaction sets from chunks (bytes or strings). */
export async function* streamX12(source: AsyncIterable<Uint8Array | string>, opts: ReadOptions = {}): AsyncGenerator<TransactionSet> {
  const reader = new X12Reader({ file: opts.file, onWarning: opts.onWarning });
  let highSurrogate = ''; // a string chunk may end inside a surrogate pair: keep its first half for the next
  for await (const chunk of source) {
    if (typeof chunk !== 'string') {
      yield* reader.push(bytesToByteString(chunk));
      continue;
    }
    let text = highSurrogate + chunk;
    const last = text.charCodeAt(text.length - 1);
    highSurrogate = last >= 0xd800 && last <= 0xdbff ? text.slice(-1) : '';
    if (highSurrogate) text = text.slice(0, -1);
    yield* reader.push(toByteString(text));
  }
  if (highSurrogate) yield* reader.push(toByteString(highSurrogate));
  yield* reader.end();
}

/** Streams a file from disk; locations name the file by its base name (paths can carry PHI-like folder names). */
export function readX12File(path: string, opts: Omit<ReadOptions, 'file'> = {}): AsyncGenerator<TransactionSet> {
  return streamX12(createReadStream(path, { highWaterMark: 1 << 18 }), { ...opts, file: basename(path) });
}
