// The import journal's SQL: open imports are rows in app_settings (key prefix below), and the correlation keys of
// evidence stored from a given raw id on, so claims left underived by an interrupted import can be derived again.
import type { Db } from '../open.js';
import { pcnKeysForEnvelope } from './evidence.js';
import { stmt } from './statements.js';

export const JOURNAL_PREFIX = 'ingest.open-import.';

export const nextRawId = (db: Db): number =>
  (stmt(db, 'SELECT coalesce(max(id), 0) + 1 FROM raw_transactions').pluck().get() as number);

export function writeJournalEntry(db: Db, key: string, value: unknown, at: string): void {
  stmt(db, `INSERT INTO app_settings (key, value, updated_at) VALUES (?, ?, ?)
    ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`).run(key, JSON.stringify(value), at);
}

export const deleteJournalEntry = (db: Db, key: string): void => { stmt(db, 'DELETE FROM app_settings WHERE key = ?').run(key); };

export function journalEntries(db: Db): Array<{ key: string; value: string; updatedAt: string }> {
  return stmt(db, `SELECT key, value, updated_at AS updatedAt FROM app_settings WHERE substr(key, 1, ?) = ?`)
    .all(JOURNAL_PREFIX.length, JOURNAL_PREFIX) as Array<{ key: string; value: string; updatedAt: string }>;
}

/** Every key that evidence kept from `fromRawId` on can affect: its own keys, the claims its 999s answer and
 *  the payments of any remittance group (duplicate ERAs) it joined. */
export function keysTouchedSince(db: Db, fromRawId: number): { pcnKeys: Set<string>; pccs: Set<string> } {
  const pcnKeys = new Set(stmt(db, `SELECT pcn_key FROM submissions WHERE raw_id >= @from UNION SELECT pcn_key FROM status_reports WHERE raw_id >= @from
    UNION SELECT pcn_key FROM claim_payments WHERE raw_id >= @from`).pluck().all({ from: fromRawId }) as string[]);
  const pccs = new Set(stmt(db, `SELECT original_pcc FROM submissions WHERE raw_id >= @from AND original_pcc IS NOT NULL
    UNION SELECT pcc FROM status_reports WHERE raw_id >= @from AND pcc IS NOT NULL
    UNION SELECT pcc FROM claim_payments WHERE raw_id >= @from AND pcc IS NOT NULL`).pluck().all({ from: fromRawId }) as string[]);
  const envelopes = stmt(db, `SELECT DISTINCT group_control_number AS g, transaction_control_number AS t FROM set_acknowledgments WHERE raw_id >= ?`)
    .all(fromRawId) as Array<{ g: string; t: string }>;
  for (const e of envelopes) for (const k of pcnKeysForEnvelope(db, e.g, e.t)) pcnKeys.add(k);
  const grouped = stmt(db, `SELECT DISTINCT cp.pcn_key FROM claim_payments cp JOIN remittances r ON r.id = cp.remittance_id
    WHERE EXISTS (SELECT 1 FROM remittances n WHERE n.raw_id >= ? AND n.trace_number = r.trace_number AND n.payment_cents = r.payment_cents
      AND coalesce(n.payer_id, '') = coalesce(r.payer_id, ''))`).pluck().all(fromRawId) as string[];
  for (const k of grouped) pcnKeys.add(k);
  return { pcnKeys, pccs };
}
