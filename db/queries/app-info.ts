// Row counts and schema facts for the Settings page and `cli stats`.
import type { Db } from '../open.js';

/** Row count of every user table (FTS shadow tables and drizzle's own bookkeeping left out). */
export function tableRowCounts(db: Db): Record<string, number> {
  const tables = db.$client
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
              AND name NOT LIKE '__drizzle%' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'
              AND name NOT GLOB '*_fts_*' ORDER BY name`)
    .pluck()
    .all() as string[];
  const counts: Record<string, number> = {};
  for (const name of tables) {
    counts[name] = db.$client.prepare(`SELECT count(*) FROM "${name.replaceAll('"', '""')}"`).pluck().get() as number;
  }
  return counts;
}

/** Number of migrations applied: the schema version users see in Settings. */
export function appliedMigrationCount(db: Db): number {
  const exists = db.$client.prepare(`SELECT 1 FROM sqlite_master WHERE name = '__drizzle_migrations'`).get();
  if (!exists) return 0;
  return db.$client.prepare('SELECT count(*) FROM __drizzle_migrations').pluck().get() as number;
}

/** Bytes on disk: main file plus WAL (an in-memory database reports 0). */
export function databaseBytes(db: Db): number {
  const pageCount = db.$client.pragma('page_count', { simple: true }) as number;
  const pageSize = db.$client.pragma('page_size', { simple: true }) as number;
  return db.$client.name === ':memory:' ? 0 : pageCount * pageSize;
}
