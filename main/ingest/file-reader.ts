// Reads import files ahead of the parser: small files are read whole, several at a time, so the parser never waits on
// one file's open/read/close after another (thousands of small files are the common case); large ones are streamed.
// Every byte still passes the import guard.
import { readFile, stat } from 'node:fs/promises';
import { DEFAULT_IMPORT_LIMITS, checkImportFile, guardChunks, guardedFileChunks, type ImportLimits } from './import-guard.js';
import { basename } from 'node:path';

const WHOLE_FILE_BYTES = 8 * 1024 * 1024;

export type Prefetched = Promise<Buffer | null>; // null: too large to hold, stream it

/** Starts reading `file` if it is small; errors surface when the chunks are read, as with streaming. */
export function prefetch(file: string): Prefetched {
  const p = stat(file).then((s) => (s.isFile() && s.size > 0 && s.size <= WHOLE_FILE_BYTES ? readFile(file) : null));
  p.catch(() => {}); // reported by fileChunks
  return p;
}

/** The file's bytes through the import guard, from the prefetched copy when there is one. */
export async function* fileChunks(file: string, ahead: Prefetched | null, limits: ImportLimits = DEFAULT_IMPORT_LIMITS): AsyncGenerator<Buffer> {
  const whole = ahead ? await ahead.catch(() => null) : null;
  if (!whole) { yield* guardedFileChunks(file, limits); return; }
  checkImportFile(file);
  yield* guardChunks(slices(whole), basename(file), limits);
}

/** The copy in the stream's own chunk size (views, no copying): the guard measures sets across chunk boundaries. */
async function* slices(bytes: Buffer): AsyncGenerator<Buffer> {
  for (let at = 0; at < bytes.length; at += CHUNK_BYTES) yield bytes.subarray(at, at + CHUNK_BYTES);
}
const CHUNK_BYTES = 1 << 18; // as guardedFileChunks reads

/** Files being read from disk ahead of the parser (thousands of small files are the common case). */
const LOOKAHEAD_FILES = 16;

/** Files to read in order, each with its prefetched bytes, `lookahead` files being read ahead at any time. */
export function* readAhead(files: readonly string[], lookahead = LOOKAHEAD_FILES): Generator<{ file: string; bytes: Prefetched }> {
  const ahead = files.slice(0, lookahead).map(prefetch); // a queue: each is dropped once handed out
  for (const [i, file] of files.entries()) {
    if (i + lookahead < files.length) ahead.push(prefetch(files[i + lookahead]!));
    yield { file, bytes: ahead.shift()! };
  }
}
