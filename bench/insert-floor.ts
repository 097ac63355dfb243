// The write floor of the store's schema: the rows an import wrote, copied into an empty store exactly as a bulk load
// writes them (windows of ~20 000 claims, one transaction each, the claim list's indexes deferred and built at the
// end), with nothing else to do — no parsing, correlation or derivation. No import can be faster than this with one
// SQLite writer, so it says how much of the import's time is the schema itself. Only the writes are timed: each
// window's rows are read from the source store first.
import type Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDb, type Db } from '../db/open.js';
import { dropDeferredIndexes, restoreDeferredIndexes } from '../db/queries/deferred-indexes.js';
import { bulkCheckpointing } from '../db/queries/statements.js';

/** Tables a bulk load writes, in the order it writes them, with the source query for one window of rowids. */
const TABLES: Array<{ table: string; columns?: string[]; select?: string }> = [
  { table: 'raw_transactions' }, { table: 'remittances' }, { table: 'provider_adjustments' }, { table: 'set_acknowledgments' },
  { table: 'submissions' }, { table: 'status_reports' }, { table: 'claim_payments' }, { table: 'claims' }, { table: 'claim_timelines' },
  { table: 'claim_adjustments' }, { table: 'claim_flags' },
  // contentless: what the store indexed is rebuilt from the claim and its payments' trace numbers
  { table: 'claims_fts', columns: ['rowid', 'pcn', 'payer_claim_numbers', 'patient_name', 'member_id', 'trace_numbers'],
    select: `SELECT c.id, c.pcn, c.payer_claim_number, c.patient_name, c.member_id,
      (SELECT group_concat(trace_number, ' ') FROM claim_payments p WHERE p.claim_id = c.id) FROM claims c WHERE c.id > ? AND c.id <= ?` },
];
const CLAIMS_PER_WINDOW = 20_000;

export interface InsertFloor { claims: number; seconds: number; microsPerClaim: Map<string, number> }

export function measureInsertFloor(source: Database.Database, migrationsDir: string): InsertFloor {
  const claims = source.prepare('SELECT count(*) FROM claims').pluck().get() as number;
  const windows = Math.max(1, Math.ceil(claims / CLAIMS_PER_WINDOW));
  const tmp = mkdtempSync(join(tmpdir(), 'claimtrail-floor-'));
  const target = openDb(join(tmp, 'floor.db'), migrationsDir);
  const spent = new Map<string, number>();
  const add = (k: string, ms: number) => spent.set(k, (spent.get(k) ?? 0) + ms);
  try {
    target.$client.pragma('foreign_keys = OFF'); // as the bulk load: every reference is to a row it wrote itself
    const restoreCheckpointing = bulkCheckpointing(target);
    const plans = TABLES.map((t) => planOf(source, target, t));
    for (let w = 0; w < windows; w++) {
      const rows = plans.map((p) => p.read(w, windows)); // untimed
      let t0 = performance.now();
      target.$client.exec('BEGIN');
      if (w === 0) dropDeferredIndexes(target, new Date().toISOString());
      add('(begin)', performance.now() - t0);
      plans.forEach((p, i) => {
        t0 = performance.now();
        for (const r of rows[i]!) p.insert.run(r);
        add(p.table, performance.now() - t0);
      });
      t0 = performance.now();
      target.$client.exec('COMMIT');
      add('(commits)', performance.now() - t0);
    }
    const t0 = performance.now();
    target.$client.transaction(() => restoreDeferredIndexes(target))();
    add('(index build)', performance.now() - t0);
    restoreCheckpointing();
  } finally {
    target.$client.close();
    rmSync(tmp, { recursive: true, force: true });
  }
  const total = [...spent.values()].reduce((a, b) => a + b, 0);
  return { claims, seconds: total / 1000, microsPerClaim: new Map([...spent].map(([k, ms]) => [k, (ms * 1000) / claims])) };
}

function planOf(source: Database.Database, target: Db, t: (typeof TABLES)[number]) {
  const columns = t.columns ?? (source.prepare(`SELECT * FROM ${t.table} LIMIT 0`).columns().map((c) => c.name));
  const select = source.prepare(t.select ?? `SELECT ${columns.map((c) => `"${c}"`).join(', ')} FROM ${t.table} WHERE rowid > ? AND rowid <= ?`).raw();
  const idTable = t.table === 'claims_fts' ? 'claims' : t.table;
  const maxId = (source.prepare(`SELECT coalesce(max(rowid), 0) FROM ${idTable}`).pluck().get() as number);
  const insert = target.$client.prepare(`INSERT INTO ${t.table} (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
  const bound = (w: number, n: number) => Math.floor((maxId * w) / n);
  return { table: t.table, insert, read: (w: number, n: number) => select.all(bound(w, n), bound(w + 1, n)) as unknown[][] };
}
