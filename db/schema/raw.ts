// Raw X12 transaction sets kept verbatim, with where they came from. Everything else can be rebuilt from these.
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

export const rawTransactions = sqliteTable('raw_transactions', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  contentHash: text('content_hash').notNull(), // sha256 of `text`: the dedupe key for files
  transactionSetId: text('transaction_set_id').notNull(), // ST01: 837, 835, 277, 999, or '?' when unreadable
  version: text('version'),
  controlNumber: text('control_number'), // ST02
  sourceKind: text('source_kind', { enum: ['file', 'stedi', 'demo'] }).notNull(),
  sourceRef: text('source_ref').notNull(), // file path or Stedi transaction id
  stediTransactionId: text('stedi_transaction_id'),
  processedAt: text('processed_at').notNull(), // Stedi processedAt, or the import time for files
  importedAt: text('imported_at').notNull(),
  location: text('location'), // JSON Location of the set inside its file
  outcome: text('outcome', { enum: ['ok', 'exception', 'unsupported', 'split'] }).notNull(), // split: its sets now live in rows of their own
  /** The set's text deflated (db/queries/raw-text.ts; a BLOB in this column), or the text itself in rows written
   *  before compression. Read it through the raw queries, which give the text back. */
  text: text('text').notNull(),
  /** JSON array of the engine's warnings about the set itself (SE01 segment count, control numbers…); null: none. */
  warnings: text('warnings'),
}, (t) => [
  uniqueIndex('raw_transactions_content_hash').on(t.contentHash),
  index('raw_transactions_stedi').on(t.stediTransactionId),
  index('raw_transactions_source_kind').on(t.sourceKind),
]);
