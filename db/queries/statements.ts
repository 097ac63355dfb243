// Prepared statements cached per connection: bulk paths prepare once and run many times.
import type Database from 'better-sqlite3';
import type { Db } from '../open.js';

const caches = new WeakMap<Database.Database, Map<string, Database.Statement>>();

export function stmt(db: Db, sql: string): Database.Statement {
  let cache = caches.get(db.$client);
  if (!cache) { cache = new Map(); caches.set(db.$client, cache); }
  let s = cache.get(sql);
  if (!s) { s = db.$client.prepare(sql); cache.set(sql, s); }
  return s;
}

/** Runs fn in a transaction; nested calls become savepoints (better-sqlite3), so callers may already hold one. */
export function inTransaction<T>(db: Db, fn: () => T): T {
  return db.$client.transaction(fn)();
}
