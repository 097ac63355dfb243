// The claims list: filtered, sorted, keyset-paginated pages, and the live count and sums of the filtered set.
import { bitsToFlags } from '../../main/store/flags.js';
import type { Db } from '../open.js';
import { claimWhere, type ClaimFilter } from './claim-filter.js';
import { stmt } from './statements.js';

export const SORT_COLUMNS = {
  lastEventAt: 'last_event_at', serviceFrom: 'service_from', submittedAt: 'submitted_at', paidAt: 'paid_at',
  charge: 'charge_cents', paid: 'paid_cents', patientName: 'patient_name', pcn: 'pcn', status: 'status', payerName: 'payer_name',
} as const;
export type SortColumn = keyof typeof SORT_COLUMNS;

export interface ClaimListQuery extends ClaimFilter {
  sort?: { column: SortColumn; dir: 'asc' | 'desc' };
  cursor?: string | null;
  limit?: number;
}

export interface ClaimListRow {
  id: number; pcn: string; payerClaimNumber: string | null; status: string; statusCode: string | null; flags: string[];
  claimType: string | null; frequencyCode: string | null; billingNpi: string | null; billingName: string | null; renderingNpi: string | null;
  payerId: string | null; payerName: string | null; patientName: string | null; memberId: string | null;
  serviceFrom: string | null; serviceTo: string | null; submittedAt: string | null; acknowledgedAt: string | null; paidAt: string | null;
  lastEventAt: string; chargeCents: number; allowedCents: number | null; paidCents: number; patientRespCents: number;
  worked: boolean; followUpOn: string | null; hasNote: boolean;
}

export const LIST_COLUMNS = `c.id, c.pcn, c.payer_claim_number AS payerClaimNumber, c.status, c.status_code AS statusCode, c.flags,
  c.claim_type AS claimType, c.frequency_code AS frequencyCode, c.billing_npi AS billingNpi, c.billing_name AS billingName,
  c.rendering_npi AS renderingNpi, c.payer_id AS payerId, c.payer_name AS payerName, c.patient_name AS patientName, c.member_id AS memberId,
  c.service_from AS serviceFrom, c.service_to AS serviceTo, c.submitted_at AS submittedAt, c.acknowledged_at AS acknowledgedAt,
  c.paid_at AS paidAt, c.last_event_at AS lastEventAt, c.charge_cents AS chargeCents, c.allowed_cents AS allowedCents,
  c.paid_cents AS paidCents, c.patient_resp_cents AS patientRespCents,
  coalesce(w.worked, 0) AS worked, w.follow_up_on AS followUpOn, (w.note IS NOT NULL AND w.note <> '') AS hasNote`;

export const toListRow = (r: Record<string, unknown>): ClaimListRow =>
  ({ ...r, flags: bitsToFlags(r.flags as number), worked: r.worked === 1, hasNote: r.hasNote === 1 } as ClaimListRow);

type CursorValue = string | number | null;
const encodeCursor = (v: CursorValue, id: number) => Buffer.from(JSON.stringify([v, id])).toString('base64url');
function decodeCursor(cursor: string): [CursorValue, number] | null {
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(v) && v.length === 2 && Number.isInteger(v[1]) && (v[0] === null || ['string', 'number'].includes(typeof v[0]))) return v as [CursorValue, number];
  } catch { /* a stale or foreign cursor starts from the top */ }
  return null;
}

/** Keyset condition after (value, id) in the given direction; NULL sort values sort first ascending, last descending. */
function after(col: string, dir: 'asc' | 'desc', value: CursorValue, id: number): { sql: string; params: unknown[] } {
  if (dir === 'desc') {
    if (value === null) return { sql: `(${col} IS NULL AND c.id < ?)`, params: [id] };
    return { sql: `((${col}, c.id) < (?, ?) OR ${col} IS NULL)`, params: [value, id] };
  }
  if (value === null) return { sql: `((${col} IS NULL AND c.id > ?) OR ${col} IS NOT NULL)`, params: [id] };
  return { sql: `(${col}, c.id) > (?, ?)`, params: [value, id] };
}

export function listClaims(db: Db, q: ClaimListQuery): { rows: ClaimListRow[]; nextCursor: string | null } {
  const column = SORT_COLUMNS[q.sort?.column ?? 'lastEventAt'] ?? 'last_event_at';
  const dir = q.sort?.dir === 'asc' ? 'asc' : 'desc';
  const limit = Math.min(Math.max(q.limit ?? 50, 1), 1000);
  const where = claimWhere(q);
  const conds = [where.sql];
  const params = [...where.params];
  const cur = q.cursor ? decodeCursor(q.cursor) : null;
  if (cur) {
    const k = after(`c.${column}`, dir, cur[0], cur[1]);
    conds.push(k.sql);
    params.push(...k.params);
  }
  const nulls = dir === 'desc' ? 'NULLS LAST' : 'NULLS FIRST';
  const raw = stmt(db, `SELECT ${LIST_COLUMNS}, c.${column} AS sortValue FROM claims c LEFT JOIN claim_workflow w ON w.claim_id = c.id
    WHERE ${conds.join(' AND ')} ORDER BY c.${column} ${dir} ${nulls}, c.id ${dir} LIMIT ?`).all(...params, limit + 1) as Array<Record<string, unknown>>;
  const more = raw.length > limit;
  const page = raw.slice(0, limit);
  const last = page.at(-1);
  return {
    rows: page.map(({ sortValue: _s, ...r }) => toListRow(r)),
    nextCursor: more && last ? encodeCursor(last.sortValue as CursorValue, last.id as number) : null,
  };
}

export interface ClaimTotals { count: number; billedCents: number; paidCents: number; patientRespCents: number }

export function claimTotals(db: Db, f: ClaimFilter): ClaimTotals {
  const where = claimWhere(f);
  const r = stmt(db, `SELECT count(*) AS count, coalesce(sum(charge_cents), 0) AS billedCents, coalesce(sum(paid_cents), 0) AS paidCents,
    coalesce(sum(patient_resp_cents), 0) AS patientRespCents FROM claims c WHERE ${where.sql}`).get(...where.params) as ClaimTotals;
  return r;
}

/** Every claim matching the filter, in pages, for exports: memory stays flat whatever the size. */
export function* iterateClaims(db: Db, f: ClaimListQuery, pageSize = 1000): Generator<ClaimListRow> {
  let cursor: string | null = null;
  do {
    const page = listClaims(db, { ...f, cursor, limit: pageSize });
    yield* page.rows;
    cursor = page.nextCursor;
  } while (cursor);
}
