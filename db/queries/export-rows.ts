// Row sources for exports: streamed with better-sqlite3 .iterate(), one row in memory at a time, so a million claims
// export in flat memory. Run them on a separate read connection (main/export/snapshot-reader.ts): an open iterator
// keeps its connection busy, and a snapshot keeps a concurrent sync from tearing the export.
import type { Db } from '../open.js';
import { claimWhere, type ClaimFilter } from './claim-filter.js';
import { SORT_COLUMNS, type SortColumn } from './claims-list.js';

/** One claim as exports see it: the claims row plus its net adjustments, as "GRP-RC cents" joined by ';'. */
export interface ClaimExportRow {
  id: number;
  pcn: string;
  payerClaimNumber: string | null;
  status: string;
  statusCode: string | null;
  claimType: string | null;
  frequencyCode: string | null;
  flags: number;
  billingNpi: string | null;
  billingName: string | null;
  renderingNpi: string | null;
  payerId: string | null;
  payerName: string | null;
  patientName: string | null;
  memberId: string | null;
  serviceFrom: string | null;
  serviceTo: string | null;
  submittedAt: string | null;
  acknowledgedAt: string | null;
  paidAt: string | null;
  lastEventAt: string;
  chargeCents: number;
  allowedCents: number | null;
  paidCents: number;
  patientRespCents: number;
  contractualCents: number;
  otherAdjustmentCents: number;
  adjustments: string | null;
  worked: number | null;
  followUpOn: string | null;
  note: string | null;
}

const SELECT = `SELECT c.id, c.pcn, c.payer_claim_number AS payerClaimNumber, c.status, c.status_code AS statusCode,
  c.claim_type AS claimType, c.frequency_code AS frequencyCode, c.flags, c.billing_npi AS billingNpi, c.billing_name AS billingName,
  c.rendering_npi AS renderingNpi, c.payer_id AS payerId, c.payer_name AS payerName, c.patient_name AS patientName,
  c.member_id AS memberId, c.service_from AS serviceFrom, c.service_to AS serviceTo, c.submitted_at AS submittedAt,
  c.acknowledged_at AS acknowledgedAt, c.paid_at AS paidAt, c.last_event_at AS lastEventAt, c.charge_cents AS chargeCents,
  c.allowed_cents AS allowedCents, c.paid_cents AS paidCents, c.patient_resp_cents AS patientRespCents,
  c.contractual_cents AS contractualCents, c.other_adjustment_cents AS otherAdjustmentCents,
  (SELECT group_concat(a.group_code || '-' || a.reason || ' ' || a.amount_cents, ';') FROM claim_adjustments a WHERE a.claim_id = c.id) AS adjustments,
  w.worked, w.follow_up_on AS followUpOn, w.note
  FROM claims c LEFT JOIN claim_workflow w ON w.claim_id = c.id`;

export interface ClaimExportQuery {
  /** The store's list filter: the same WHERE the claims list and its totals use. */
  filter: ClaimFilter;
  sort: { column: SortColumn; dir: 'asc' | 'desc' };
}

/** Every claim matching the query in the list's order (id breaks ties, as the list's keyset pages do). */
export function* iterateClaimsForExport(db: Db, q: ClaimExportQuery): Generator<ClaimExportRow> {
  const where = claimWhere(q.filter, 'c');
  const dir = q.sort.dir === 'asc' ? 'ASC' : 'DESC';
  const sql = `${SELECT} WHERE ${where.sql} ORDER BY c.${SORT_COLUMNS[q.sort.column]} ${dir}, c.id ${dir}`;
  yield* db.$client.prepare(sql).iterate(...where.params) as IterableIterator<ClaimExportRow>;
}

/** How many claims an export will write: the progress bar's total. */
export function countClaimsForExport(db: Db, filter: ClaimFilter): number {
  const where = claimWhere(filter, 'c');
  return db.$client.prepare(`SELECT count(*) FROM claims c WHERE ${where.sql}`).pluck().get(...where.params) as number;
}
