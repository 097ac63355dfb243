// The audit log: who exported, printed, changed the key, restored or reprocessed what, and when. Append-only
// (triggers refuse UPDATE and DELETE) and tamper-evident: each row's hash covers the previous row's hash.
import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const auditLog = sqliteTable('audit_log', {
  seq: integer('seq').primaryKey(), // 1, 2, 3 … without gaps: a missing number is a deleted entry
  at: text('at').notNull(), // ISO date-time
  action: text('action').notNull(), // export, print, key_change, restore, reprocess, …
  subject: text('subject').notNull(), // what it was about: "claims", "claim 42", "remittance 7", "audit log"
  actor: text('actor'), // the OS account that did it, when known
  detail: text('detail').notNull(), // JSON, hashed exactly as stored
  prevHash: text('prev_hash').notNull(),
  hash: text('hash').notNull(),
});
