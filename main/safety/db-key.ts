// The database encryption key: 32 random bytes, stored in the data folder only in sealed form. The seal is the OS
// keychain in the desktop app (Electron safeStorage) and an owner-only file for the preview host and CLI.
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { encryptInPlace, openRaw, type DbKey } from '../../db/driver.js';

/** Seals and unseals the key. Electron: safeStorage. Elsewhere: identity, relying on 0600 file permissions. */
export interface KeySeal {
  kind: 'keychain' | 'file';
  seal(key: Buffer): Buffer;
  unseal(sealed: Buffer): Buffer;
}

export const fileSeal: KeySeal = { kind: 'file', seal: (k) => Buffer.from(k), unseal: (s) => Buffer.from(s) };

const keyFile = (dataDir: string) => join(dataDir, 'database-key.sealed');

export const isEncryptionEnabled = (dataDir: string): boolean => existsSync(keyFile(dataDir));

/** The key for this data folder, or null when the database is not encrypted. */
export function readDbKey(dataDir: string, seal: KeySeal): DbKey {
  if (!isEncryptionEnabled(dataDir)) return null;
  return seal.unseal(readFileSync(keyFile(dataDir)));
}

/**
 * Encrypts the database and every backup in place with a new key. The sealed key is written first: a crash
 * after that leaves a plain database beside a key, which `finishInterruptedEncryption` completes at next start.
 */
export function enableEncryption(dataDir: string, databaseFile: string, backupFiles: string[], seal: KeySeal): Buffer {
  if (isEncryptionEnabled(dataDir)) throw new Error('The database is already encrypted.');
  const key = randomBytes(32);
  const partial = `${keyFile(dataDir)}.partial`;
  writeFileSync(partial, seal.seal(key), { mode: 0o600 });
  renameSync(partial, keyFile(dataDir));
  for (const file of [databaseFile, ...backupFiles]) if (existsSync(file)) encryptInPlace(file, key);
  return key;
}

/** Encrypts any file that a crash left plain although a key exists. Returns the files it finished. */
export function finishInterruptedEncryption(files: string[], key: Buffer): string[] {
  const finished: string[] = [];
  for (const file of files) {
    if (!existsSync(file) || opensWith(file, key)) continue;
    if (opensWith(file, null)) { encryptInPlace(file, key); finished.push(file); }
  }
  return finished;
}

function opensWith(file: string, key: DbKey): boolean {
  try {
    const sqlite = openRaw(file, key, { readonly: true, fileMustExist: true });
    try { sqlite.prepare('SELECT count(*) FROM sqlite_master').get(); } finally { sqlite.close(); }
    return true;
  } catch {
    return false;
  }
}
