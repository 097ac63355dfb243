// Evidence rows: what each transaction said about a claim, one row per 837 claim, 277 claim entry, 999 set
// answer and 835 claim payment. Written once at ingest; only claim_id moves when correlation regroups them.
// `sort_key` (content hash + position) orders evidence the same way whatever order files arrived in.
// No index on raw_id: only removing the demo dataset and crash recovery look evidence up by raw set, and a scan
// there is cheaper than maintaining an index on every import.
import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { rawTransactions } from './raw.js';

const rawRef = () => integer('raw_id').notNull().references(() => rawTransactions.id);

/** Columns every claim-level evidence row shares: the correlation keys. */
const keys = {
  sortKey: text('sort_key').notNull(),
  claimId: integer('claim_id'),
  pcn: text('pcn').notNull(), // patient control number as sent
  pcnKey: text('pcn_key').notNull(), // trimmed, upper-cased, first 20 characters: survives payer truncation
  payerId: text('payer_id'),
  payerName: text('payer_name'),
  npi: text('npi'), // billing provider (837, 277) or payee (835)
  patientName: text('patient_name'),
  patientLast: text('patient_last'),
  memberId: text('member_id'),
  patientId: text('patient_id'),
  chargeCents: integer('charge_cents'),
  serviceFrom: text('service_from'),
  serviceTo: text('service_to'),
  at: text('at').notNull(), // effective time of the document (ISO date-time)
};

export const submissions = sqliteTable('submissions', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  rawId: rawRef(),
  ordinal: integer('ordinal').notNull(),
  ...keys,
  claimType: text('claim_type').notNull(),
  frequencyCode: text('frequency_code').notNull(),
  originalPcc: text('original_pcc'), // REF*F8 of a replacement / void
  renderingNpi: text('rendering_npi'),
  renderingName: text('rendering_name'),
  billingName: text('billing_name'),
  groupControlNumber: text('group_control_number').notNull(), // GS06, answered by 999 AK102
  transactionControlNumber: text('transaction_control_number').notNull(), // ST02, answered by 999 AK202
  detail: text('detail').notNull(), // JSON: lines, diagnosis codes, references
}, (t) => [
  index('submissions_pcn_key').on(t.pcnKey),
  index('submissions_original_pcc').on(t.originalPcc).where(sql`original_pcc IS NOT NULL`), // only replacements / voids
  index('submissions_claim').on(t.claimId),
  index('submissions_envelope').on(t.groupControlNumber, t.transactionControlNumber),
]);

export const statusReports = sqliteTable('status_reports', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  rawId: rawRef(),
  ordinal: integer('ordinal').notNull(),
  ...keys,
  variant: text('variant', { enum: ['277CA', '277'] }).notNull(),
  pcc: text('pcc'), // REF*1K payer claim control number
  statuses: text('statuses').notNull(), // JSON StatusEntry[]
  detail: text('detail').notNull(), // JSON: lines, batch reference, trace numbers
}, (t) => [
  index('status_reports_pcn_key').on(t.pcnKey),
  index('status_reports_pcc').on(t.pcc),
  index('status_reports_claim').on(t.claimId),
]);

export const setAcknowledgments = sqliteTable('set_acknowledgments', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  rawId: rawRef(),
  ordinal: integer('ordinal').notNull(),
  sortKey: text('sort_key').notNull(),
  groupControlNumber: text('group_control_number').notNull(),
  transactionControlNumber: text('transaction_control_number').notNull(),
  status: text('status', { enum: ['accepted', 'accepted_with_errors', 'rejected'] }).notNull(),
  statusCode: text('status_code').notNull(),
  groupStatus: text('group_status').notNull(),
  errors: text('errors').notNull(), // JSON AckError[]
  at: text('at').notNull(),
}, (t) => [
  index('set_acknowledgments_envelope').on(t.groupControlNumber, t.transactionControlNumber),
  index('set_acknowledgments_raw').on(t.rawId),
]);
