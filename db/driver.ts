// Opens a raw SQLite connection, plain or encrypted. Unencrypted databases use better-sqlite3; encrypted ones
// use better-sqlite3-multiple-ciphers (same API, SQLCipher-compatible format) with a 256-bit key.
import Database from 'better-sqlite3';
import CipherDatabase from 'better-sqlite3-multiple-ciphers';

/** 32 random bytes from the OS keychain, or null for an unencrypted database. */
export type DbKey = Buffer | null;

export interface RawOpenOptions { readonly?: boolean; fileMustExist?: boolean; }

export function openRaw(file: string, key: DbKey, options: RawOpenOptions = {}): Database.Database {
  if (!key) return new Database(file, options);
  const sqlite = new CipherDatabase(file, options);
  try {
    applyKey(sqlite, 'key', key);
    sqlite.prepare('SELECT count(*) FROM sqlite_master').get(); // a wrong key fails here, not at some later query
    return sqlite;
  } catch (err) {
    sqlite.close();
    throw err;
  }
}

/** SQLCipher v4 scheme; the key is passed as raw hex so no key derivation runs on every open. */
export function applyKey(sqlite: Database.Database, pragma: 'key' | 'rekey', key: Buffer): void {
  if (key.length !== 32) throw new Error('A database key must be 32 bytes.');
  sqlite.pragma(`cipher='sqlcipher'`);
  sqlite.pragma('legacy=4');
  sqlite.pragma(`${pragma}="x'${key.toString('hex')}'"`);
}

/** Encrypts an existing plain database in place (rekey needs a rollback journal, so WAL is paused meanwhile). */
export function encryptInPlace(file: string, key: Buffer): void {
  const sqlite = new CipherDatabase(file, { fileMustExist: true });
  try {
    sqlite.pragma('journal_mode = DELETE');
    applyKey(sqlite, 'rekey', key);
    sqlite.pragma('journal_mode = WAL');
  } finally {
    sqlite.close();
  }
}
