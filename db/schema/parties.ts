// Payers and providers seen in any transaction: the choices of the filter dropdowns.
import { sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const payers = sqliteTable('payers', {
  payerId: text('payer_id').primaryKey(), // payer id, or 'name:<NAME>' when a file gives only a name
  name: text('name').notNull(),
});

export const providers = sqliteTable('providers', {
  npi: text('npi').primaryKey(),
  name: text('name').notNull(),
});
