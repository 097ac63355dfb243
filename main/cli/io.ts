// What a CLI command may touch: its output streams, environment and the data folder's database.
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDb, type Db } from '../../db/open.js';
import { DATABASE_FILE_NAME, defaultDataDir } from '../app/paths.js';
import { recoverInterruptedImports } from '../ingest/import-journal.js';
import { fileSeal, isEncryptionEnabled, readDbKey } from '../safety/db-key.js';

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  env: NodeJS.ProcessEnv;
  now: () => Date;
}

export const EXIT = { ok: 0, failure: 1, usage: 2, exceptions: 3 } as const;

/** <repo>/db/migrations, found from this file: main/cli/io.ts → ../../db/migrations. */
export const migrationsDir = (): string => resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'db', 'migrations');

export function openStore(dataDir: string | undefined, io: CliIo): { db: Db; dataDir: string } {
  const dir = dataDir ? resolve(dataDir) : defaultDataDir(io.env);
  return { db: openStoreAt(dir), dataDir: dir };
}

/**
 * Opens the store in `dir`, encrypted or not. A key sealed by the desktop app's OS keychain cannot be unsealed
 * outside Electron: that case gets a plain message instead of SQLite's "file is not a database".
 */
export function openStoreAt(dir: string): Db {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const key = readDbKey(dir, fileSeal);
  let db: Db;
  try {
    db = openDb(join(dir, DATABASE_FILE_NAME), migrationsDir(), { key });
  } catch (err) {
    if (isEncryptionEnabled(dir) && /not a database|encrypt/i.test((err as Error).message)) {
      throw new Error('this data folder is encrypted with a key held in the desktop app\'s OS keychain; the command line cannot unlock it.');
    }
    throw err;
  }
  recoverInterruptedImports(db); // an import killed between storing and deriving is finished first
  return db;
}
