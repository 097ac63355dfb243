// Secondary indexes a bulk load drops while it writes and builds again at its end (one sorted pass per index is far
// cheaper than a million random inserts into each). The definitions wait in app_settings meanwhile, written in the
// same transaction as the drop, so an interrupted load is repaired by restoreDeferredIndexes on the next start.
import type { Db } from '../open.js';
import { stmt } from './statements.js';

const KEY = 'ingest.deferred-indexes';
/** The claim list's indexes, the evidence → claim links and the report lookups by reason: nothing a load reads while
 *  it writes (correlation reads evidence by patient control number key, payer claim number and envelope, which stay). */
const deferrable = (d: IndexDef & { tbl: string }) => d.tbl === 'claims' || (EVIDENCE.includes(d.tbl) && d.name.endsWith('_claim'))
  || d.name === 'claim_adjustments_reason'; // not claim_flags_claim: re-deriving a claim deletes its flags by claim id
const EVIDENCE = ['submissions', 'status_reports', 'claim_payments'];

interface IndexDef { name: string; sql: string }

/** Drops the deferrable indexes; must run inside the transaction that writes the first data. */
export function dropDeferredIndexes(db: Db, at: string): number {
  const defs = stmt(db, `SELECT name, sql, tbl_name AS tbl FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL`).all() as Array<IndexDef & { tbl: string }>;
  const drop = defs.filter(deferrable).map(({ name, sql }) => ({ name, sql }));
  const saved = [...pending(db), ...drop];
  stmt(db, `INSERT INTO app_settings (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`)
    .run(KEY, JSON.stringify(saved), at);
  for (const d of drop) db.$client.exec(`DROP INDEX IF EXISTS "${d.name.replaceAll('"', '""')}"`);
  return drop.length;
}

/** Builds every index a load deferred (this one, or one that was interrupted). Returns how many. */
export function restoreDeferredIndexes(db: Db): number {
  const defs = pending(db);
  if (defs.length === 0) return 0;
  const threads = db.$client.pragma('threads', { simple: true }) as number;
  db.$client.pragma('threads = 2'); // CREATE INDEX sorts with a helper thread
  try {
    for (const d of defs) db.$client.exec(d.sql.replace(/^CREATE INDEX /i, 'CREATE INDEX IF NOT EXISTS '));
  } finally {
    db.$client.pragma(`threads = ${threads}`);
  }
  stmt(db, 'DELETE FROM app_settings WHERE key = ?').run(KEY);
  return defs.length;
}

function pending(db: Db): IndexDef[] {
  const value = stmt(db, 'SELECT value FROM app_settings WHERE key = ?').pluck().get(KEY) as string | undefined;
  try { return value ? (JSON.parse(value) as IndexDef[]) : []; } catch { return []; }
}
