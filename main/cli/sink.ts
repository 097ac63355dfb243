// Where command output goes: a file (written through a temp name, then renamed, so a failed export leaves nothing
// half-written) or stdout.
import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import type { Db } from '../../db/open.js';
import type { CliIo } from './io.js';

export interface Sink { write(text: string): void; done(): void; abort(): void }

export function openSink(out: string | undefined, io: CliIo): Sink {
  if (!out || out === '-') return { write: io.out, done: () => {}, abort: () => {} };
  const tmp = `${out}.partial`;
  const fd = openSync(tmp, 'w', 0o600);
  let buffer = '';
  const flush = () => { if (buffer) { writeSync(fd, buffer); buffer = ''; } };
  return {
    write: (text) => { buffer += text; if (buffer.length > 1 << 16) flush(); },
    done: () => { flush(); closeSync(fd); renameSync(tmp, out); },
    abort: () => { closeSync(fd); rmSync(tmp, { force: true }); },
  };
}

/** Runs `write` into a sink for `out`, then closes the store: the file appears whole or not at all. */
export function writeToSink(out: string | undefined, io: CliIo, db: Db, write: (sink: Sink) => void): void {
  const sink = openSink(out, io);
  try {
    write(sink);
    sink.done();
  } catch (err) {
    sink.abort();
    throw err;
  } finally {
    db.$client.close();
  }
}
