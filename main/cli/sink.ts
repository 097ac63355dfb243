// Where command output goes: a file (written through a temp name, then renamed, so a failed export leaves nothing
// half-written) or stdout.
import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
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
