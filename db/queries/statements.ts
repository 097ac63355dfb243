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

/** Turns foreign-key checks off (outside any transaction: SQLite ignores the pragma inside one) for a bulk write
 *  whose references are all to rows it wrote itself; returns the function that turns them back on. */
export function foreignKeysOff(db: Db): () => void {
  if (db.$client.inTransaction || !db.$client.pragma('foreign_keys', { simple: true })) return () => {};
  db.$client.pragma('foreign_keys = OFF');
  return () => { db.$client.pragma('foreign_keys = ON'); };
}

/** WAL pages between automatic checkpoints during a bulk load: each checkpoint copies the log back into the database
 *  and syncs it, so checkpointing every 4 MB (SQLite's default) costs a load of gigabytes thousands of syncs. */
const BULK_CHECKPOINT_PAGES = 16_384;

/** Checkpoints less often while a bulk load runs; the returned function restores the setting (the next commit then
 *  checkpoints as usual). Readers stay unaffected: they read the log until it is checkpointed. */
export function bulkCheckpointing(db: Db): () => void {
  const before = db.$client.pragma('wal_autocheckpoint', { simple: true }) as number;
  if (before <= 0 || before >= BULK_CHECKPOINT_PAGES) return () => {};
  db.$client.pragma(`wal_autocheckpoint = ${BULK_CHECKPOINT_PAGES}`);
  return () => { db.$client.pragma(`wal_autocheckpoint = ${before}`); };
}

/** After a large write: sampled statistics for tables that changed a lot, so the planner knows which index is
 *  selective (a few ms even over millions of rows, thanks to the sampling limit). */
export function refreshPlannerStatistics(db: Db): void {
  db.$client.pragma('analysis_limit = 1000');
  db.$client.pragma('optimize = 0x10002');
}
