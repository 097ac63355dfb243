// The office's own notes on a claim. Never derived from X12, so it survives re-sync, re-import and rebuilds.
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const claimWorkflow = sqliteTable('claim_workflow', {
  claimId: integer('claim_id').primaryKey(),
  anchor: text('anchor').notNull(), // the claim's anchor when last saved: re-attaches the row after a rebuild
  note: text('note'),
  followUpOn: text('follow_up_on'), // YYYY-MM-DD
  worked: integer('worked', { mode: 'boolean' }).notNull().default(false),
  updatedAt: text('updated_at').notNull(),
}, (t) => [index('claim_workflow_follow_up').on(t.followUpOn)]);
