// Row-by-row reads from a database file that may be damaged, and plain copies into a fresh one. Every read is
// one rowid lookup, so a damaged page costs only the rows on it: the error is reported for that row, not thrown.
import type Database from 'better-sqlite3';
import type { Db } from '../open.js';
import { stmt } from './statements.js';

export type Probe = { kind: 'row'; row: Record<string, unknown> } | { kind: 'absent' } | { kind: 'error'; code: string };

const TABLE = /^[a-z_]+$/; // table names come from our own code, never from a file; checked anyway

/** The highest rowid the table may hold, from whichever of several sources still reads; null when none does. */
export function rowidUpperBound(sqlite: Database.Database, table: string): number | null {
  if (!TABLE.test(table)) throw new Error(`bad table name ${table}`);
  const bounds: number[] = [];
  const tryRead = (sql: string, ...args: unknown[]) => {
    try {
      const v = sqlite.prepare(sql).pluck().get(...args);
      if (typeof v === 'number' || typeof v === 'bigint') bounds.push(Number(v));
    } catch { /* this part of the file is unreadable: another source may answer */ }
  };
  tryRead(`SELECT max(rowid) FROM ${table}`);
  tryRead('SELECT seq FROM sqlite_sequence WHERE name = ?', table);
  if (bounds.length === 0) {
    // Both failed: walk the table in rowid order as far as it reads, then probe a little past the break.
    let last = 0;
    try { for (const r of sqlite.prepare(`SELECT rowid FROM ${table} ORDER BY rowid`).pluck().iterate()) last = Number(r); } catch { /* stop at the break */ }
    if (last > 0) bounds.push(last + 4096);
  }
  return bounds.length ? Math.max(...bounds) : null;
}

const probes = new WeakMap<Database.Database, Map<string, Database.Statement>>();

export function probeRow(sqlite: Database.Database, table: string, rowid: number): Probe {
  if (!TABLE.test(table)) throw new Error(`bad table name ${table}`);
  try {
    let cache = probes.get(sqlite);
    if (!cache) probes.set(sqlite, cache = new Map());
    let statement = cache.get(table);
    if (!statement) cache.set(table, statement = sqlite.prepare(`SELECT * FROM ${table} WHERE rowid = ?`));
    const row = statement.get(rowid) as Record<string, unknown> | undefined;
    return row ? { kind: 'row', row } : { kind: 'absent' };
  } catch (err) {
    return { kind: 'error', code: String((err as { code?: unknown }).code ?? 'SQLITE_ERROR') };
  }
}

export const tableExists = (sqlite: Database.Database, table: string): boolean => {
  try {
    return sqlite.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(table) !== undefined;
  } catch {
    return false;
  }
};

/** Inserts `row` into `table` of the fresh database, using only the columns both have; `omit` drops some (ids). */
export function copyRow(db: Db, table: string, row: Record<string, unknown>, omit: readonly string[] = []): number {
  if (!TABLE.test(table)) throw new Error(`bad table name ${table}`);
  const columns = (stmt(db, `PRAGMA table_info(${table})`).all() as Array<{ name: string }>).map((c) => c.name)
    .filter((c) => c in row && !omit.includes(c));
  const sql = `INSERT OR REPLACE INTO ${table} (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`;
  return Number(stmt(db, sql).run(...columns.map((c) => row[c])).lastInsertRowid);
}
