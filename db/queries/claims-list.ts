// The claims list: filtered, sorted, keyset-paginated pages, and the live count and sums of the filtered set.
import { bitsToFlags } from '../../main/store/flags.js';
import type { Db } from '../open.js';
import { claimWhere, ftsQuery, type ClaimFilter } from './claim-filter.js';
import { pageKeys, SCAN_ROWS, type CursorValue, type SortSpec } from './claims-page.js';
import { SEARCH_HIT_SQL, searchHits, withSearchHits } from './search-hits.js';
import { stmt } from './statements.js';

export const SORT_COLUMNS = {
  lastEventAt: 'last_event_at', serviceFrom: 'service_from', submittedAt: 'submitted_at', paidAt: 'paid_at',
  charge: 'charge_cents', paid: 'paid_cents', patientName: 'patient_name', pcn: 'pcn', status: 'status', payerName: 'payer_name',
} as const;
export type SortColumn = keyof typeof SORT_COLUMNS;

/** Each sort column's index (keyed by the column, then the claim id) and whether the column can be NULL. */
const SORT_INDEXES: Record<SortColumn, { index: string; nullable: boolean }> = {
  lastEventAt: { index: 'claims_last_event', nullable: false }, serviceFrom: { index: 'claims_service_from', nullable: true },
  submittedAt: { index: 'claims_submitted_at', nullable: true }, paidAt: { index: 'claims_paid_at', nullable: true },
  charge: { index: 'claims_charge', nullable: false }, paid: { index: 'claims_paid', nullable: false },
  patientName: { index: 'claims_patient_name', nullable: true }, pcn: { index: 'claims_pcn', nullable: false },
  status: { index: 'claims_status', nullable: false }, payerName: { index: 'claims_payer_name', nullable: true },
};

export interface ClaimListQuery extends ClaimFilter {
  sort?: { column: SortColumn; dir: 'asc' | 'desc' };
  cursor?: string | null;
  limit?: number;
  /** Tuning, for tests: how far a page walks the sort index before the filter's index leads (claims-page.ts), and
   *  up to how many matches an id list or search leads the page at once. */
  scanRows?: number;
  fewRows?: number;
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

const encodeCursor = (v: CursorValue, id: number) => Buffer.from(JSON.stringify([v, id])).toString('base64url');
function decodeCursor(cursor: string): [CursorValue, number] | null {
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(v) && v.length === 2 && Number.isInteger(v[1]) && (v[0] === null || ['string', 'number'].includes(typeof v[0]))) return v as [CursorValue, number];
  } catch { /* a stale or foreign cursor starts from the top */ }
  return null;
}

/** A filter matching at most this many claims (an id list, a search) leads the page at once (claims-page.ts). */
const FEW = 3000;

function searchWalk(db: Db, limit: number, hits: number): number {
  const claims = (stmt(db, 'SELECT max(id) FROM claims').pluck().get() as number | null) ?? 0;
  return Math.min(200_000, Math.max(SCAN_ROWS, Math.ceil((2 * (limit + 1) * claims) / hits)));
}

/** The (column, last_event_at, id) index of the filter's most selective equality, for the default sort. */
function byLastEvent(f: ClaimFilter): string | undefined {
  if (f.rejectionCode !== undefined) return 'claims_rejection_list';
  if (f.denialReason) return 'claims_denial_list';
  if (f.billingNpi) return 'claims_billing_last_event';
  if (f.renderingNpi) return 'claims_rendering_last_event';
  if (f.payerId) return 'claims_payer_last_event';
  if (f.status?.length === 1) return 'claims_status_last_event';
  return undefined;
}

export function listClaims(db: Db, q: ClaimListQuery): { rows: ClaimListRow[]; nextCursor: string | null } {
  const key: SortColumn = q.sort?.column && q.sort.column in SORT_COLUMNS ? q.sort.column : 'lastEventAt';
  const dir = q.sort?.dir === 'asc' ? 'asc' : 'desc';
  const limit = Math.min(Math.max(q.limit ?? 50, 1), 1000);
  const fewRows = q.fewRows ?? FEW;
  const hits = searchHits(db, q.search);
  const fewHits = hits && hits.length <= fewRows ? (q.claimIds ? hits.filter((id) => q.claimIds!.includes(id)) : hits) : null;
  const filter: ClaimFilter = fewHits ? { ...q, search: undefined, claimIds: fewHits } : q;
  const few = (filter.claimIds?.length ?? Infinity) <= fewRows;
  const sort: SortSpec = { column: SORT_COLUMNS[key], dir, ...SORT_INDEXES[key], filterIndex: key === 'lastEventAt' ? byLastEvent(filter) : undefined };
  const check = claimWhere({ ...filter, search: undefined }, 'c', 'check');
  const where = { drive: claimWhere(filter), check: filter.search ? { sql: `${check.sql} AND ${SEARCH_HIT_SQL}`, params: check.params } : check };
  // Many search hits are tested by claim id straight from the sort index (no row read), so a page may walk as far as
  // it takes to meet `limit` of them: about limit × claims / hits.
  // A worklist group (one rejection or denial reason) has an index in the list's own order: no walk needed.
  const ownOrder = sort.filterIndex === 'claims_rejection_list' || sort.filterIndex === 'claims_denial_list';
  const scanRows = q.scanRows ?? (ownOrder ? 0 : hits && !fewHits && hits.length > 0 ? searchWalk(db, limit, hits.length) : undefined);
  const find = () => pageKeys(db, where, sort, q.cursor ? decodeCursor(q.cursor) : null, limit + 1, few, scanRows);
  const keys = hits && !fewHits ? withSearchHits(db, hits, find) : find();
  const more = keys.length > limit;
  const page = keys.slice(0, limit);
  const last = page.at(-1);
  const byId = new Map((stmt(db, `SELECT ${LIST_COLUMNS} FROM claims c LEFT JOIN claim_workflow w ON w.claim_id = c.id
    WHERE c.id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(page.map((k) => k.id))) as Array<Record<string, unknown>>).map((r) => [r.id as number, r]));
  return {
    rows: page.flatMap((k) => { const r = byId.get(k.id); return r ? [toListRow(r)] : []; }),
    nextCursor: more && last ? encodeCursor(last.v, last.id) : null,
  };
}

export interface ClaimTotals { count: number; billedCents: number; paidCents: number; patientRespCents: number }

/** Filters the totals index answers alone: it holds status, payer and the money, so they never read a claim row.
 *  Keys that add no condition (empty lists, a blank search, the clock when no "no response" flag asks for it) count
 *  as absent, as claimWhere treats them. */
const TOTALS_COVER = new Set<keyof ClaimFilter>(['status', 'payerId', 'amountMin', 'amountMax']);
export function totalsCovered(f: ClaimFilter): boolean {
  const inert = (k: keyof ClaimFilter, v: unknown) => v === undefined || (Array.isArray(v) && v.length === 0)
    || (k === 'search' && typeof v === 'string' && !ftsQuery(v)) || ((k === 'today' || k === 'noResponseDays') && !f.flags?.includes('no_response'));
  return (Object.keys(f) as Array<keyof ClaimFilter>).every((k) => inert(k, f[k]) || TOTALS_COVER.has(k));
}

export function claimTotals(db: Db, f: ClaimFilter): ClaimTotals {
  const where = claimWhere(f);
  // The planner would take a narrower status or payer index and read every matching row for its amounts (a
  // million-claim store: 200–370 ms); the covering index answers in a pass over a few MB.
  const r = stmt(db, `SELECT count(*) AS count, coalesce(sum(charge_cents), 0) AS billedCents, coalesce(sum(paid_cents), 0) AS paidCents,
    coalesce(sum(patient_resp_cents), 0) AS patientRespCents FROM claims c ${totalsCovered(f) ? 'INDEXED BY claims_totals' : ''} WHERE ${where.sql}`)
    .get(...where.params) as ClaimTotals;
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
