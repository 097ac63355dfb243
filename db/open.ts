// Opens the local cache: pragmas, then every pending migration in one transaction.
// No queries here; those live in db/queries.
import type Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { openRaw, type DbKey } from './driver.js';
import * as schema from './schema/index.js';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export class MigrationError extends Error {
  constructor(message: string, override readonly cause: unknown) {
    super(message);
    this.name = 'MigrationError';
  }
}

export interface OpenDbOptions {
  readonly?: boolean;
  /** Encryption key for an encrypted database (see db/driver.ts); absent or null for a plain one. */
  key?: DbKey;
}

/** Opens (creating if needed) the database at `file` (':memory:' for tests) and migrates it. */
export function openDb(file: string, migrationsDir: string, options: OpenDbOptions = {}): Db {
  const sqlite = openRaw(file, options.key ?? null, { readonly: options.readonly ?? false });
  try {
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma('cache_size = -65536'); // 64 MiB page cache: list pages over a million claims stay warm
    sqlite.pragma('temp_store = MEMORY');
    const db = drizzle(sqlite, { schema }) as Db;
    try {
      // drizzle runs all pending migrations inside one BEGIN..COMMIT and rolls back on failure,
      // so a failed upgrade leaves the previous database exactly as it was.
      migrate(db, { migrationsFolder: migrationsDir });
    } catch (err) {
      throw new MigrationError(`The database could not be upgraded: ${(err as Error).message}`, err);
    }
    return db;
  } catch (err) {
    sqlite.close();
    throw err;
  }
}

export function closeDb(db: Db): void {
  if (db.$client.open) db.$client.close();
}
