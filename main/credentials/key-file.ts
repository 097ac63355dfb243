// Reading and writing the small files that hold the Stedi key: owner-only permissions, written atomically.
import { chmodSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';

/** POSIX only: a key file anyone but its owner can read is refused. Windows relies on the profile's ACLs. */
export function tooOpen(file: string, platform: NodeJS.Platform = process.platform): boolean {
  if (platform === 'win32') return false;
  return (statSync(file).mode & 0o077) !== 0;
}

export function readPrivateFile(file: string): Buffer | null {
  try {
    return readFileSync(file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

/** Writes next to the target and renames, so a crash never leaves half a key behind. */
export function writePrivateFile(file: string, content: Buffer | string): void {
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, content, { mode: 0o600 });
  try { chmodSync(temp, 0o600); } catch { /* Windows */ }
  renameSync(temp, file);
}
