// A database's content in a form that does not depend on the order things arrived in: surrogate ids replaced by
// natural keys, bookkeeping times dropped, rows sorted. Two stores holding the same facts dump the same.
import type { Db } from '../../db/open.js';

/** The sync's own bookkeeping and app housekeeping: compared separately, or not at all. */
const SKIP_TABLES = new Set(['__drizzle_migrations', 'app_settings', 'audit_log', 'sync_runs', 'sync_lock', 'sync_state', 'stedi_transactions']);
/** Wall-clock bookkeeping that legitimately differs between two runs over the same data. */
const SKIP_COLUMNS = new Set(['imported_at', 'created_at', 'updated_at', 'resolved_at', 'next_retry_at', 'first_seen_at', 'next_attempt_at']);

export function canonicalDump(db: Db): Record<string, string[]> {
  const sqlite = db.$client;
  const rawKey = new Map<number, string>();
  for (const r of sqlite.prepare('SELECT id, content_hash FROM raw_transactions').all() as Array<{ id: number; content_hash: string }>) rawKey.set(r.id, r.content_hash);
  const claimKey = new Map<number, string>();
  for (const r of sqlite.prepare('SELECT id, anchor, pcn_key FROM claims').all() as Array<{ id: number; anchor: string; pcn_key: string }>) claimKey.set(r.id, `${r.anchor}|${r.pcn_key}`);
  const remitKey = new Map<number, string>();
  for (const r of sqlite.prepare('SELECT id, raw_id, sort_key FROM remittances').all() as Array<{ id: number; raw_id: number; sort_key: string }>) remitKey.set(r.id, `${rawKey.get(r.raw_id)}|${r.sort_key}`);
  const mapped: Record<string, Map<number, string>> = { raw_id: rawKey, claim_id: claimKey, remittance_id: remitKey, duplicate_of: remitKey };

  const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE '%VIRTUAL%'").pluck().all() as string[];
  const out: Record<string, string[]> = {};
  for (const table of tables.filter((t) => !SKIP_TABLES.has(t) && !/_fts/.test(t)).sort()) {
    const columns = (sqlite.prepare(`PRAGMA table_info(${table})`).all() as Array<{ name: string; pk: number; type: string }>);
    const rows = sqlite.prepare(`SELECT * FROM ${table}`).all() as Array<Record<string, unknown>>;
    out[table] = rows.map((row) => {
      const clean: Record<string, unknown> = {};
      for (const c of columns) {
        if (SKIP_COLUMNS.has(c.name)) continue;
        if (c.name === 'id' && c.type === 'INTEGER') continue;
        const v = row[c.name];
        clean[c.name] = mapped[c.name] && typeof v === 'number' ? mapped[c.name]!.get(v) ?? `missing:${v}` : v;
      }
      return JSON.stringify(clean);
    }).sort();
  }
  return out;
}

/** The sync ledger: which transactions were taken in, skipped or failed, and why. */
export function ledgerDump(db: Db): string[] {
  return (db.$client.prepare('SELECT transaction_id, disposition, reason, transaction_set FROM stedi_transactions ORDER BY transaction_id').all())
    .map((r) => JSON.stringify(r));
}
