// Everything ingest could not take in: what, where, why, and whether a retry has fixed it.
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { rawTransactions } from './raw.js';

export const ingestExceptions = sqliteTable('ingest_exceptions', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  sourceKind: text('source_kind', { enum: ['file', 'stedi', 'demo'] }).notNull(),
  sourceRef: text('source_ref').notNull(), // file path or Stedi transaction id
  rawId: integer('raw_id').references(() => rawTransactions.id), // null when nothing could be read at all
  transactionSetId: text('transaction_set_id'),
  location: text('location'), // JSON Location
  reason: text('reason').notNull(), // no PHI: codes, segment ids, positions
  attempts: integer('attempts').notNull().default(1),
  nextRetryAt: text('next_retry_at'),
  resolved: integer('resolved', { mode: 'boolean' }).notNull().default(false),
  resolvedAt: text('resolved_at'),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
}, (t) => [index('ingest_exceptions_open').on(t.resolved, t.id), index('ingest_exceptions_raw').on(t.rawId)]);
