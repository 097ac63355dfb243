// Writes a derived claim: its row, timeline, adjustment totals, flag rows and search entry, all replaced together.
import type { DerivedClaim } from '../../main/store/derive-claim.js';
import type { Db } from '../open.js';
import { stmt } from './statements.js';
import { encodeTimeline } from './timeline-codec.js';

const CLAIM_COLUMNS = ['anchor', 'pcn', 'pcn_key', 'payer_claim_number', 'claim_type', 'frequency_code', 'status', 'status_code', 'flags',
  'billing_npi', 'billing_name', 'rendering_npi', 'payer_id', 'payer_name', 'patient_name', 'member_id', 'service_from', 'service_to',
  'submitted_at', 'acknowledged_at', 'paid_at', 'last_event_at', 'charge_cents', 'allowed_cents', 'paid_cents', 'patient_resp_cents',
  'contractual_cents', 'other_adjustment_cents', 'days_to_ack', 'days_to_pay', 'first_pass_accepted', 'submission_count', 'payment_count',
  'denial_group', 'denial_reason'];
const camel = (c: string) => c.replace(/_([a-z])/g, (_, x: string) => x.toUpperCase());
const INSERT_CLAIM = `INSERT INTO claims (${CLAIM_COLUMNS.join(', ')}) VALUES (${CLAIM_COLUMNS.map(() => '?').join(', ')})`;
const UPDATE_CLAIM = `UPDATE claims SET ${CLAIM_COLUMNS.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`;

const FIELDS = CLAIM_COLUMNS.map(camel) as Array<keyof DerivedClaim>;
/** Positional values in CLAIM_COLUMNS order (cheaper to bind than named ones on the bulk path). */
const claimValues = (d: DerivedClaim): unknown[] => FIELDS.map((f) => d[f]);

export const insertClaim = (db: Db, d: DerivedClaim): number => Number(stmt(db, INSERT_CLAIM).run(claimValues(d)).lastInsertRowid);

export function updateClaim(db: Db, id: number, d: DerivedClaim): void {
  stmt(db, UPDATE_CLAIM).run(...claimValues(d), id);
}

/** Replaces everything hanging off the claim row. `fresh` skips the deletes for a claim inserted just now. */
export function writeClaimChildren(db: Db, id: number, d: DerivedClaim, fresh: boolean): void {
  if (!fresh) {
    stmt(db, 'DELETE FROM claim_adjustments WHERE claim_id = ?').run(id);
    stmt(db, 'DELETE FROM claim_flags WHERE claim_id = ?').run(id);
    stmt(db, 'DELETE FROM claims_fts WHERE rowid = ?').run(id);
  }
  stmt(db, `INSERT ${fresh ? '' : 'OR REPLACE '}INTO claim_timelines (claim_id, events) VALUES (?, ?)`).run(id, encodeTimeline(d.events));
  if (d.adjustments.length) {
    const adj = stmt(db, 'INSERT INTO claim_adjustments (claim_id, group_code, reason, amount_cents) VALUES (?, ?, ?, ?)');
    for (const a of d.adjustments) adj.run(id, a.group, a.reason, a.amountCents);
  }
  if (d.flagNames.length) {
    const flag = stmt(db, 'INSERT INTO claim_flags (flag, claim_id) VALUES (?, ?)');
    for (const f of d.flagNames) flag.run(f, id);
  }
  const s = d.search;
  stmt(db, 'INSERT INTO claims_fts (rowid, pcn, payer_claim_numbers, patient_name, member_id, trace_numbers) VALUES (?, ?, ?, ?, ?, ?)')
    .run(id, s.pcn, s.payerClaimNumbers, s.patientName, s.memberId, s.traceNumbers);
}

/** Removes a claim that no longer has evidence of its own (merged into another, or its files were removed). */
export function deleteClaim(db: Db, id: number): void {
  for (const sql of ['DELETE FROM claim_timelines WHERE claim_id = ?', 'DELETE FROM claim_adjustments WHERE claim_id = ?',
    'DELETE FROM claim_flags WHERE claim_id = ?', 'DELETE FROM claims_fts WHERE rowid = ?', 'DELETE FROM claim_workflow WHERE claim_id = ?', 'DELETE FROM claims WHERE id = ?']) {
    stmt(db, sql).run(id);
  }
}

/** Workflow notes follow a merged claim to the claim that absorbed it, unless that claim has its own. */
export function moveWorkflow(db: Db, fromId: number, toId: number, anchor: string): void {
  stmt(db, `UPDATE OR IGNORE claim_workflow SET claim_id = ?, anchor = ? WHERE claim_id = ?`).run(toId, anchor, fromId);
  stmt(db, 'DELETE FROM claim_workflow WHERE claim_id = ?').run(fromId);
}
