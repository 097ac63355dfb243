// 835 money: one remittance per check/EFT (BPR/TRN), its PLB rows, and one claim payment per CLP.
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { rawTransactions } from './raw.js';

export const remittances = sqliteTable('remittances', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  rawId: integer('raw_id').notNull().references(() => rawTransactions.id),
  sortKey: text('sort_key').notNull(),
  payerId: text('payer_id'),
  payerName: text('payer_name'),
  payeeNpi: text('payee_npi'),
  payeeName: text('payee_name'),
  traceNumber: text('trace_number').notNull(), // TRN02
  paymentCents: integer('payment_cents').notNull(), // BPR02
  handlingCode: text('handling_code').notNull(),
  paymentMethod: text('payment_method'),
  paymentDate: text('payment_date'),
  productionDate: text('production_date'),
  at: text('at').notNull(),
  claimCount: integer('claim_count').notNull(),
  /** Set when an earlier-sorting remittance has the same payer, trace number and amount: its money is not counted. */
  duplicateOf: integer('duplicate_of'),
  findings: text('findings').notNull(), // JSON BalanceFinding[] at remittance level
}, (t) => [
  index('remittances_trace').on(t.traceNumber, t.paymentCents),
  index('remittances_raw').on(t.rawId),
  index('remittances_date').on(t.at),
]);

export const providerAdjustments = sqliteTable('provider_adjustments', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  remittanceId: integer('remittance_id').notNull().references(() => remittances.id, { onDelete: 'cascade' }),
  providerId: text('provider_id').notNull(),
  fiscalPeriodDate: text('fiscal_period_date'),
  reasonCode: text('reason_code').notNull(),
  reference: text('reference'),
  amountCents: integer('amount_cents').notNull(),
}, (t) => [index('provider_adjustments_remittance').on(t.remittanceId)]);

export const claimPayments = sqliteTable('claim_payments', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  remittanceId: integer('remittance_id').notNull().references(() => remittances.id, { onDelete: 'cascade' }),
  rawId: integer('raw_id').notNull().references(() => rawTransactions.id),
  ordinal: integer('ordinal').notNull(),
  sortKey: text('sort_key').notNull(),
  claimId: integer('claim_id'),
  pcn: text('pcn').notNull(),
  pcnKey: text('pcn_key').notNull(),
  pcc: text('pcc'), // CLP07
  payerId: text('payer_id'),
  payerName: text('payer_name'),
  npi: text('npi'), // payee NPI
  patientName: text('patient_name'),
  patientLast: text('patient_last'),
  memberId: text('member_id'),
  patientId: text('patient_id'),
  renderingNpi: text('rendering_npi'),
  statusCode: text('status_code').notNull(), // CLP02
  chargeCents: integer('charge_cents').notNull(),
  paidCents: integer('paid_cents').notNull(),
  patientRespCents: integer('patient_resp_cents').notNull(),
  frequencyCode: text('frequency_code'),
  serviceFrom: text('service_from'),
  serviceTo: text('service_to'),
  at: text('at').notNull(),
  traceNumber: text('trace_number').notNull(),
  duplicate: integer('duplicate', { mode: 'boolean' }).notNull().default(false),
  unbalanced: integer('unbalanced', { mode: 'boolean' }).notNull().default(false),
  adjustments: text('adjustments').notNull(), // JSON Adjustment[] (claim-level CAS)
  lines: text('lines').notNull(), // JSON: SVC lines with their CAS
  detail: text('detail').notNull(), // JSON: remark codes, amounts, findings
}, (t) => [
  index('claim_payments_pcn_key').on(t.pcnKey),
  index('claim_payments_pcc').on(t.pcc),
  index('claim_payments_claim').on(t.claimId),
  index('claim_payments_remittance').on(t.remittanceId),
]);
