// Claims as the app shows them: one row per claim, derived from its evidence and rewritten whenever new evidence
// arrives. Status, money, dates, payer, NPIs and flags are denormalised here so list pages never compute them.
import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const claims = sqliteTable('claims', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  anchor: text('anchor').notNull(), // smallest evidence sort key: finds the claim again after a rebuild
  pcn: text('pcn').notNull(),
  pcnKey: text('pcn_key').notNull(),
  payerClaimNumber: text('payer_claim_number'),
  claimType: text('claim_type'),
  frequencyCode: text('frequency_code'),
  status: text('status', { enum: ['submitted', 'accepted', 'rejected', 'pending', 'paid', 'denied', 'reversed'] }).notNull(),
  statusCode: text('status_code'), // code behind the status: STC category:status, 999 IK5, or CLP02
  flags: integer('flags').notNull(), // bit set, see main/store/flags.ts
  billingNpi: text('billing_npi'),
  billingName: text('billing_name'),
  renderingNpi: text('rendering_npi'),
  payerId: text('payer_id'),
  payerName: text('payer_name'),
  patientName: text('patient_name'),
  memberId: text('member_id'),
  serviceFrom: text('service_from'),
  serviceTo: text('service_to'),
  submittedAt: text('submitted_at'),
  acknowledgedAt: text('acknowledged_at'),
  paidAt: text('paid_at'),
  lastEventAt: text('last_event_at').notNull(),
  chargeCents: integer('charge_cents').notNull(),
  allowedCents: integer('allowed_cents'),
  paidCents: integer('paid_cents').notNull(),
  patientRespCents: integer('patient_resp_cents').notNull(),
  contractualCents: integer('contractual_cents').notNull(),
  otherAdjustmentCents: integer('other_adjustment_cents').notNull(),
  daysToAck: integer('days_to_ack'), // first 837 → first accepting acknowledgment
  daysToPay: integer('days_to_pay'), // first 837 → current payment
  firstPassAccepted: integer('first_pass_accepted'), // 1 / 0: the first answer accepted / rejected; null: none yet
  submissionCount: integer('submission_count').notNull(),
  paymentCount: integer('payment_count').notNull(),
  /** Denied claims: the adjustment that explains the denial (main/store/denial-reason.ts), for grouping by CARC. */
  denialGroup: text('denial_group'),
  denialReason: text('denial_reason'),
}, (t) => [
  index('claims_last_event').on(t.lastEventAt, t.id),
  index('claims_status_last_event').on(t.status, t.lastEventAt, t.id),
  index('claims_payer_last_event').on(t.payerId, t.lastEventAt, t.id),
  index('claims_billing_last_event').on(t.billingNpi, t.lastEventAt, t.id),
  index('claims_rendering_last_event').on(t.renderingNpi, t.lastEventAt, t.id),
  index('claims_service_from').on(t.serviceFrom, t.id),
  index('claims_submitted_at').on(t.submittedAt, t.id),
  index('claims_paid_at').on(t.paidAt, t.id),
  index('claims_charge').on(t.chargeCents, t.id),
  // one index per remaining sort column (the rowid completes each key): keyset pages walk them (claims-page.ts)
  index('claims_paid').on(t.paidCents),
  index('claims_patient_name').on(t.patientName),
  index('claims_pcn').on(t.pcn),
  index('claims_status').on(t.status),
  index('claims_payer_name').on(t.payerName),
  index('claims_pcn_key').on(t.pcnKey),
  // covering indexes: the provider and aging reports and the denials worklist read these instead of the wide rows;
  // the partial ones hold only the claims they report on, so most claims cost them nothing to write
  index('claims_provider_report').on(t.billingNpi, t.daysToPay, t.status, t.serviceFrom, t.chargeCents, t.paidCents),
  index('claims_aging_report').on(t.status, t.submittedAt, t.serviceFrom, t.payerId, t.chargeCents, t.paidCents)
    .where(sql`status IN ('submitted', 'accepted', 'rejected', 'pending', 'reversed')`),
  index('claims_denials').on(t.denialGroup, t.denialReason, t.chargeCents, t.paidCents).where(sql`status = 'denied'`),
  // the payer reports (turnaround, denial rate, first pass) group by payer in this order, so each is one streamed pass
  index('claims_payer_report').on(t.payerId, t.daysToAck, t.daysToPay, t.status, t.firstPassAccepted, t.serviceFrom, t.payerName),
  // the live totals (count, billed, paid, patient responsibility) of a status / payer / amount filter, or of everything
  index('claims_totals').on(t.status, t.payerId, t.chargeCents, t.paidCents, t.patientRespCents),
  // one worklist group's claims, newest first: a rejection reason's or a denial reason's, without walking the others
  index('claims_rejection_list').on(t.statusCode, t.lastEventAt, t.id, t.chargeCents).where(sql`status = 'rejected'`),
  index('claims_denial_list').on(t.denialGroup, t.denialReason, t.lastEventAt, t.id).where(sql`status = 'denied'`),
]);

/** The timeline: everything that happened to a claim, in order, as one JSON array (db/queries/timeline-codec.ts). It is
 *  always read whole, so one row per claim beats one row per event: a fifth of the writes on every import. */
export const claimTimelines = sqliteTable('claim_timelines', {
  claimId: integer('claim_id').primaryKey(),
  events: text('events').notNull(),
});

/** Net adjustment totals per claim by group and CARC, reversals netted out: denial reports and exports read these. */
export const claimAdjustments = sqliteTable('claim_adjustments', {
  claimId: integer('claim_id').notNull(),
  groupCode: text('group_code').notNull(),
  reason: text('reason').notNull(),
  amountCents: integer('amount_cents').notNull(),
}, (t) => [
  primaryKey({ columns: [t.claimId, t.groupCode, t.reason] }),
  index('claim_adjustments_reason').on(t.reason, t.groupCode),
]);

/** One row per flag set on a claim, so a worklist of a rare flag is an index lookup. */
export const claimFlags = sqliteTable('claim_flags', {
  flag: text('flag').notNull(),
  claimId: integer('claim_id').notNull(),
}, (t) => [primaryKey({ columns: [t.flag, t.claimId] }), index('claim_flags_claim').on(t.claimId)]);
