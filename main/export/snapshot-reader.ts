// A second, read-only connection holding one snapshot for the length of an export. The app's own connection stays
// free for the UI (an open better-sqlite3 iterator blocks its connection), and a sync that commits mid-export cannot
// make the row count and the rows disagree. In-memory databases (tests) cannot be reopened, so they are used as is.
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import type { Db } from '../../db/open.js';
import * as schema from '../../db/schema/index.js';

export interface SnapshotReader {
  db: Db;
  close(): void;
}

export function openSnapshotReader(db: Db): SnapshotReader {
  const client = db.$client;
  if (client.memory || client.name === '' || client.name === ':memory:') return { db, close: () => undefined };
  const sqlite = new Database(client.name, { readonly: true, fileMustExist: true });
  sqlite.pragma('busy_timeout = 5000');
  sqlite.exec('BEGIN'); // the snapshot starts with the first read and lasts until close
  return {
    db: drizzle(sqlite, { schema }) as Db,
    close: () => {
      if (sqlite.inTransaction) sqlite.exec('COMMIT');
      sqlite.close();
    },
  };
}
