// Raw transaction sets: dedupe lookups, storage and reading back for reprocessing and the raw viewer.
import type { Db } from '../open.js';
import { packRawText, unpackRawText, type StoredRawText } from './raw-text.js';
import { stmt } from './statements.js';

export interface NewRaw {
  contentHash: string;
  transactionSetId: string;
  version: string | null;
  controlNumber: string | null;
  sourceKind: 'file' | 'stedi' | 'demo';
  sourceRef: string;
  stediTransactionId: string | null;
  processedAt: string;
  importedAt: string;
  location: string | null;
  outcome: 'ok' | 'exception' | 'unsupported' | 'split';
  /** The set's text, or its bytes already packed (raw-text.ts) by the thread that parsed it. */
  text: StoredRawText;
  warnings?: string | null; // JSON array of the engine's warnings about the set
}

export interface RawTransactionRow {
  id: number; contentHash: string; transactionSetId: string; version: string | null; controlNumber: string | null;
  sourceKind: string; sourceRef: string; stediTransactionId: string | null; processedAt: string; importedAt: string;
  location: string | null; outcome: string; text: string; warnings: string | null;
}

const RAW_COLUMNS = `id, content_hash AS contentHash, transaction_set_id AS transactionSetId, version, control_number AS controlNumber,
  source_kind AS sourceKind, source_ref AS sourceRef, stedi_transaction_id AS stediTransactionId, processed_at AS processedAt,
  imported_at AS importedAt, location, outcome, warnings`;

export const rawIdByHash = (db: Db, contentHash: string): number | undefined =>
  stmt(db, 'SELECT id FROM raw_transactions WHERE content_hash = ?').pluck().get(contentHash) as number | undefined;

export const hasStediTransaction = (db: Db, transactionId: string): boolean =>
  stmt(db, 'SELECT 1 FROM raw_transactions WHERE stedi_transaction_id = ? LIMIT 1').get(transactionId) !== undefined;

export function insertRaw(db: Db, r: NewRaw): number {
  return Number(stmt(db, `INSERT INTO raw_transactions (content_hash, transaction_set_id, version, control_number, source_kind, source_ref,
    stedi_transaction_id, processed_at, imported_at, location, outcome, text, warnings)
    VALUES (@contentHash, @transactionSetId, @version, @controlNumber, @sourceKind, @sourceRef, @stediTransactionId, @processedAt,
    @importedAt, @location, @outcome, @text, @warnings)`).run({ warnings: null, ...r, text: typeof r.text === 'string' ? packRawText(r.text) : r.text }).lastInsertRowid);
}

export const setRawOutcome = (db: Db, id: number, outcome: NewRaw['outcome']): void => {
  stmt(db, 'UPDATE raw_transactions SET outcome = ? WHERE id = ?').run(outcome, id);
};

/** One kept transaction set with its text, for the raw viewer and reprocessing. */
export function getRawTransaction(db: Db, id: number): RawTransactionRow | null {
  const row = stmt(db, `SELECT ${RAW_COLUMNS}, text FROM raw_transactions WHERE id = ?`).get(id) as (Omit<RawTransactionRow, 'text'> & { text: StoredRawText }) | undefined;
  return row ? { ...row, text: unpackRawText(row.text) } : null;
}

/** Ids in import order, for replaying everything. */
export const allRawIds = (db: Db): number[] => stmt(db, 'SELECT id FROM raw_transactions ORDER BY id').pluck().all() as number[];
