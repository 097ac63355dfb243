// Never a half-written export: write to a temporary name in the target folder, fsync, then rename over the target.
// On failure or cancel the temporary file is removed and the target is left exactly as it was.
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Writable } from 'node:stream';

/** The temporary name: hidden, in the same folder (so rename is atomic), recognisable if a crash leaves it. */
export function tempPathFor(target: string, random = randomBytes(6).toString('hex')): string {
  return join(dirname(target), `.${basename(target)}.${random}.partial`);
}

/**
 * Calls `write(stream)`; `write` must end the stream (every writer here does). Resolves with write's result once
 * the data is on disk under `target`. Exports hold PHI, so the file is created private to the user (0600).
 */
export async function writeFileAtomically<T>(target: string, write: (out: Writable) => Promise<T>): Promise<T> {
  const temp = tempPathFor(target);
  const handle = await open(temp, 'wx', 0o600);
  const out = handle.createWriteStream({ autoClose: false });
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    out.on('error', () => undefined); // late writes from an aborted writer must not become unhandled errors
    if (!out.destroyed) out.destroy();
    await handle.close();
  };
  try {
    const result = await write(out);
    if (!out.writableFinished) await once(out, 'finish');
    await handle.sync(); // the rename must not become visible before the bytes do
    await close();
    await rename(temp, target);
    return result;
  } catch (err) {
    await close().catch(() => undefined);
    await rm(temp, { force: true });
    throw err;
  }
}
