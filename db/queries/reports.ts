// Reports over a service-date range; each row carries the claim filter that drills down to its claims.
import { agingReport, type AgingRow } from '../../main/reports/aging.js';
import { histograms, percentileOf } from '../../main/reports/percentiles.js';
import { rate } from '../../main/reports/rates.js';
import type { Db } from '../open.js';
import { daysBefore, deniedSql, type ClaimFilter } from './claim-filter.js';
import { stmt } from './statements.js';

export interface ReportRange { from?: string; to?: string } // service dates, YYYY-MM-DD inclusive

const rangeSql = (r: ReportRange): { sql: string; params: string[] } => {
  const parts: string[] = [], params: string[] = [];
  if (r.from) { parts.push('service_from >= ?'); params.push(r.from); }
  if (r.to) { parts.push('service_from <= ?'); params.push(r.to); }
  return { sql: parts.length ? parts.join(' AND ') : '1', params };
};
const drill = (r: ReportRange): ClaimFilter => ({ ...(r.from ? { serviceFrom: r.from } : {}), ...(r.to ? { serviceTo: r.to } : {}) });

export interface ProviderRow {
  npi: string; name: string | null; claims: number; billedCents: number; paidCents: number; denied: number;
  denialRate: number | null; medianDaysToPay: number | null; drillDown: ClaimFilter;
}
export type ProviderRanking = 'billed' | 'paid' | 'denialRate' | 'daysToPay';

export function topProviders(db: Db, q: ReportRange & { by?: ProviderRanking; limit?: number } = {}): ProviderRow[] {
  const r = rangeSql(q);
  const rows = stmt(db, `SELECT billing_npi AS npi, count(*) AS claims, sum(charge_cents) AS billedCents, sum(paid_cents) AS paidCents,
    sum(${deniedSql('claims')}) AS denied, sum(status IN ('paid', 'denied')) AS adjudicated
    FROM claims WHERE billing_npi IS NOT NULL AND ${r.sql} GROUP BY billing_npi`).all(...r.params) as Array<Record<string, number> & { npi: string }>;
  const days = histograms(stmt(db, `SELECT billing_npi AS key, days_to_pay AS value, count(*) AS count FROM claims
    WHERE billing_npi IS NOT NULL AND days_to_pay IS NOT NULL AND ${r.sql} GROUP BY 1, 2`).all(...r.params) as Array<{ key: string; value: number; count: number }>);
  const names = new Map((stmt(db, 'SELECT npi, name FROM providers').all() as Array<{ npi: string; name: string }>).map((p) => [p.npi, p.name]));
  const out: ProviderRow[] = rows.map((x) => ({
    npi: x.npi, name: names.get(x.npi) ?? null, claims: x.claims, billedCents: x.billedCents, paidCents: x.paidCents, denied: x.denied,
    denialRate: rate(x.denied, x.adjudicated), medianDaysToPay: percentileOf(days.get(x.npi) ?? [], 0.5),
    drillDown: { ...drill(q), billingNpi: x.npi },
  }));
  const key: Record<ProviderRanking, (p: ProviderRow) => number> = {
    billed: (p) => p.billedCents, paid: (p) => p.paidCents, denialRate: (p) => p.denialRate ?? -1, daysToPay: (p) => p.medianDaysToPay ?? -1,
  };
  const by = key[q.by ?? 'billed'];
  return out.sort((a, b) => by(b) - by(a) || (a.npi < b.npi ? -1 : 1)).slice(0, q.limit ?? 20);
}

export interface PayerTurnaroundRow {
  payerId: string | null; payerName: string | null; claims: number;
  ackMedianDays: number | null; ackP90Days: number | null; payMedianDays: number | null; payP90Days: number | null; drillDown: ClaimFilter;
}

/** Days from submission to acknowledgment and to payment, median and 90th percentile, per payer. */
export function payerTurnaround(db: Db, q: ReportRange = {}): PayerTurnaroundRow[] {
  const r = rangeSql(q);
  const counts = stmt(db, `SELECT payer_id AS payerId, min(payer_name) AS payerName, count(*) AS claims FROM claims WHERE ${r.sql}
    GROUP BY payer_id ORDER BY claims DESC`).all(...r.params) as Array<{ payerId: string | null; payerName: string | null; claims: number }>;
  const hist = (column: string) => histograms(stmt(db, `SELECT payer_id AS key, ${column} AS value, count(*) AS count FROM claims
    WHERE ${column} IS NOT NULL AND ${r.sql} GROUP BY 1, 2`).all(...r.params) as Array<{ key: string | null; value: number; count: number }>);
  const ack = hist('days_to_ack'), pay = hist('days_to_pay');
  return counts.map((c) => ({
    ...c,
    ackMedianDays: percentileOf(ack.get(c.payerId) ?? [], 0.5), ackP90Days: percentileOf(ack.get(c.payerId) ?? [], 0.9),
    payMedianDays: percentileOf(pay.get(c.payerId) ?? [], 0.5), payP90Days: percentileOf(pay.get(c.payerId) ?? [], 0.9),
    drillDown: c.payerId ? { ...drill(q), payerId: c.payerId } : drill(q),
  }));
}

export const UNPAID_STATUSES = ['submitted', 'accepted', 'rejected', 'pending', 'reversed'] as const;

/** Unpaid charges by age (from submission, or service date when no 837 was seen) as of `today`. */
export function aging(db: Db, q: ReportRange & { today: string; payerId?: string }): Array<AgingRow & { drillDown: ClaimFilter }> {
  const r = rangeSql(q);
  const payer = q.payerId ? ' AND payer_id = ?' : '';
  const rows = stmt(db, `SELECT CAST(julianday(?) - julianday(substr(coalesce(submitted_at, service_from, ?), 1, 10)) AS INTEGER) AS days,
    count(*) AS claims, sum(charge_cents - paid_cents) AS cents FROM claims
    WHERE status IN ('submitted', 'accepted', 'rejected', 'pending', 'reversed') AND ${r.sql}${payer} GROUP BY days`)
    .all(q.today, q.today, ...r.params, ...(q.payerId ? [q.payerId] : [])) as Array<{ days: number; claims: number; cents: number }>;
  return agingReport(rows).map((b) => ({
    ...b,
    drillDown: {
      ...drill(q), status: [...UNPAID_STATUSES], ...(q.payerId ? { payerId: q.payerId } : {}),
      submittedFrom: b.maxDays === null ? undefined : daysBefore(q.today, b.maxDays).slice(0, 10),
      submittedTo: daysBefore(q.today, b.minDays).slice(0, 10),
    },
  }));
}

export interface DenialRates {
  byPayer: Array<{ payerId: string | null; payerName: string | null; adjudicated: number; denied: number; denialRate: number | null; drillDown: ClaimFilter }>;
  byCarc: Array<{ group: string; reason: string; claims: number; amountCents: number; shareOfAdjudicated: number | null; drillDown: ClaimFilter }>;
}

export function denialRates(db: Db, q: ReportRange = {}): DenialRates {
  const r = rangeSql(q);
  const byPayer = (stmt(db, `SELECT payer_id AS payerId, min(payer_name) AS payerName, sum(status IN ('paid', 'denied')) AS adjudicated,
    sum(${deniedSql('claims')}) AS denied FROM claims WHERE ${r.sql} GROUP BY payer_id ORDER BY denied DESC`).all(...r.params) as Array<{ payerId: string | null; payerName: string | null; adjudicated: number; denied: number }>)
    .map((x) => ({
      ...x, denialRate: rate(x.denied, x.adjudicated), drillDown: { ...drill(q), ...(x.payerId ? { payerId: x.payerId } : {}), denied: true },
    }));
  const adjudicated = byPayer.reduce((s, p) => s + p.adjudicated, 0);
  const cr = rangeSql(q);
  const byCarc = (stmt(db, `SELECT a.group_code AS "group", a.reason, count(*) AS claims, sum(a.amount_cents) AS amountCents
    FROM claim_adjustments a JOIN claims c ON c.id = a.claim_id
    WHERE ${deniedSql('c')} AND a.group_code <> 'PR' AND ${cr.sql.replaceAll('service_from', 'c.service_from')}
    GROUP BY 1, 2 ORDER BY amountCents DESC LIMIT 100`).all(...cr.params) as Array<{ group: string; reason: string; claims: number; amountCents: number }>)
    .map((x) => ({ ...x, shareOfAdjudicated: rate(x.claims, adjudicated), drillDown: { ...drill(q), denied: true, adjustmentReason: x.reason } }));
  return { byPayer, byCarc };
}

export interface FirstPassRow { payerId: string | null; payerName: string | null; answered: number; acceptedFirstTime: number; rate: number | null; drillDown: ClaimFilter }

/** Share of claims whose first acknowledgment (999 or 277CA) accepted them, overall (payerId null) and per payer. */
export function firstPassAcceptance(db: Db, q: ReportRange = {}): { overall: FirstPassRow; byPayer: FirstPassRow[] } {
  const r = rangeSql(q);
  const rows = (stmt(db, `SELECT payer_id AS payerId, min(payer_name) AS payerName, count(first_pass_accepted) AS answered,
    coalesce(sum(first_pass_accepted), 0) AS acceptedFirstTime FROM claims WHERE first_pass_accepted IS NOT NULL AND ${r.sql}
    GROUP BY payer_id ORDER BY answered DESC`).all(...r.params) as Array<Omit<FirstPassRow, 'rate' | 'drillDown'>>)
    .map((x) => ({ ...x, rate: rate(x.acceptedFirstTime, x.answered), drillDown: { ...drill(q), ...(x.payerId ? { payerId: x.payerId } : {}) } }));
  const answered = rows.reduce((s, x) => s + x.answered, 0), accepted = rows.reduce((s, x) => s + x.acceptedFirstTime, 0);
  return { overall: { payerId: null, payerName: null, answered, acceptedFirstTime: accepted, rate: rate(accepted, answered), drillDown: drill(q) }, byPayer: rows };
}
