// Shared test plumbing: a migrated in-memory database, ingest with a fixed clock, and an order-free dump of all
// derived state (claim ids and raw ids depend on arrival order, so rows are keyed by anchors and content hashes).
import type { Db } from '../../../db/open.js';
import { ingestX12Text } from '../../../main/ingest/index.js';
import { openTestDb } from '../../helpers/db.js';

export const NOW = '2026-02-01T00:00:00.000Z';
export const freshDb = (): Db => openTestDb();
export const ingest = (db: Db, text: string, path = 'test.x12') => ingestX12Text(db, text, { kind: 'file', path }, NOW);

export interface ClaimRow { id: number; pcn: string; status: string; flags: number; paid_cents: number; charge_cents: number; payer_claim_number: string | null; [k: string]: unknown }
export const allClaims = (db: Db): ClaimRow[] => db.$client.prepare('SELECT * FROM claims ORDER BY anchor').all() as ClaimRow[];

export function canonicalDump(db: Db): unknown {
  const q = (sql: string) => db.$client.prepare(sql).all();
  return {
    claims: q(`SELECT anchor, pcn, pcn_key, payer_claim_number, claim_type, frequency_code, status, status_code, flags, billing_npi, rendering_npi,
      payer_id, payer_name, patient_name, member_id, service_from, service_to, submitted_at, acknowledged_at, paid_at, last_event_at,
      charge_cents, allowed_cents, paid_cents, patient_resp_cents, contractual_cents, other_adjustment_cents, days_to_ack, days_to_pay,
      first_pass_accepted, submission_count, payment_count FROM claims ORDER BY anchor`),
    events: q('SELECT c.anchor, t.events FROM claim_timelines t JOIN claims c ON c.id = t.claim_id ORDER BY c.anchor'),
    adjustments: q(`SELECT c.anchor, a.group_code, a.reason, a.amount_cents FROM claim_adjustments a JOIN claims c ON c.id = a.claim_id
      ORDER BY c.anchor, a.group_code, a.reason`),
    flags: q('SELECT c.anchor, f.flag FROM claim_flags f JOIN claims c ON c.id = f.claim_id ORDER BY c.anchor, f.flag'),
    search: q(`SELECT c.anchor, f.rowid IS NOT NULL AS indexed FROM claims c LEFT JOIN (SELECT rowid FROM claims_fts) f ON f.rowid = c.id ORDER BY c.anchor`),
    evidence: q(`SELECT s.sort_key, c.anchor FROM submissions s JOIN claims c ON c.id = s.claim_id
      UNION ALL SELECT s.sort_key, c.anchor FROM status_reports s JOIN claims c ON c.id = s.claim_id
      UNION ALL SELECT s.sort_key, c.anchor FROM claim_payments s JOIN claims c ON c.id = s.claim_id ORDER BY 1`),
  };
}
