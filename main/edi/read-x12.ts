// Entry points for reading X12: a whole text in memory, or any chunked source / file streamed with
// bounded memory (unconsumed text plus the set being read).
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { bytesAreAscii, bytesToByteString, isAsciiText, toByteString } from './byte-text.js';
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
  const ascii = isAsciiText(text);
  reader.write(ascii ? text : toByteString(text), ascii);
  reader.end();
  const sets: TransactionSet[] = [];
  for (let set = reader.read(); set !== null; set = reader.read()) sets.push(set);
  return { sets, warnings };
}

/** Streams transaction sets from chunks (bytes or strings), each as soon as it is complete. */
export async function* streamX12(source: AsyncIterable<Uint8Array | string>, opts: ReadOptions = {}): AsyncGenerator<TransactionSet> {
  const reader = new X12Reader({ file: opts.file, onWarning: opts.onWarning });
  let highSurrogate = ''; // a string chunk may end inside a surrogate pair: keep its first half for the next
  for await (const chunk of source) {
    if (typeof chunk !== 'string') {
      reader.write(bytesToByteString(chunk), bytesAreAscii(chunk));
    } else {
      let text = highSurrogate + chunk;
      const last = text.charCodeAt(text.length - 1);
      highSurrogate = last >= 0xd800 && last <= 0xdbff ? text.slice(-1) : '';
      if (highSurrogate) text = text.slice(0, -1);
      const ascii = isAsciiText(text);
      reader.write(ascii ? text : toByteString(text), ascii);
    }
    for (let set = reader.read(); set !== null; set = reader.read()) yield set;
  }
  if (highSurrogate) reader.write(toByteString(highSurrogate), false);
  reader.end();
  for (let set = reader.read(); set !== null; set = reader.read()) yield set;
}

/** Streams a file from disk; locations name the file by its base name (paths can carry PHI-like folder names). */
export function readX12File(path: string, opts: Omit<ReadOptions, 'file'> = {}): AsyncGenerator<TransactionSet> {
  return streamX12(createReadStream(path, { highWaterMark: 1 << 20 }), { ...opts, file: basename(path) });
}
