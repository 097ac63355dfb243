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

/** One pass over the provider report's covering index, grouped in its order (billing NPI, days to pay): sums and
 *  the days-to-pay histogram together, finished in JS. */
export function topProviders(db: Db, q: ReportRange & { by?: ProviderRanking; limit?: number } = {}): ProviderRow[] {
  const r = rangeSql(q);
  const groups = stmt(db, `SELECT billing_npi AS npi, days_to_pay AS days, count(*) AS claims, sum(charge_cents) AS billed, sum(paid_cents) AS paid,
    sum(status = 'denied') AS denied, sum(status IN ('paid', 'denied')) AS adjudicated
    FROM claims INDEXED BY claims_provider_report WHERE billing_npi IS NOT NULL AND ${r.sql} GROUP BY billing_npi, days_to_pay`)
    .all(...r.params) as Array<{ npi: string; days: number | null; claims: number; billed: number; paid: number; denied: number; adjudicated: number }>;
  const byNpi = new Map<string, { claims: number; billed: number; paid: number; denied: number; adjudicated: number; days: Array<{ value: number; count: number }> }>();
  for (const g of groups) {
    let t = byNpi.get(g.npi);
    if (!t) byNpi.set(g.npi, t = { claims: 0, billed: 0, paid: 0, denied: 0, adjudicated: 0, days: [] });
    t.claims += g.claims; t.billed += g.billed; t.paid += g.paid; t.denied += g.denied; t.adjudicated += g.adjudicated;
    if (g.days !== null) t.days.push({ value: g.days, count: g.claims });
  }
  const names = new Map((stmt(db, 'SELECT npi, name FROM providers').all() as Array<{ npi: string; name: string }>).map((p) => [p.npi, p.name]));
  const out: ProviderRow[] = [...byNpi].map(([npi, x]) => ({
    npi, name: names.get(npi) ?? null, claims: x.claims, billedCents: x.billed, paidCents: x.paid, denied: x.denied,
    denialRate: rate(x.denied, x.adjudicated), medianDaysToPay: percentileOf(x.days, 0.5),
    drillDown: { ...drill(q), billingNpi: npi },
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

/** Days from submission to acknowledgment and to payment, median and 90th percentile, per payer. One pass over the
 *  payer report index in its own order (payer, days to acknowledge, days to pay): a few thousand (payer, days, days)
 *  groups come back, and both histograms are built from them here. */
export function payerTurnaround(db: Db, q: ReportRange = {}): PayerTurnaroundRow[] {
  const r = rangeSql(q);
  const groups = stmt(db, `SELECT payer_id AS payerId, min(payer_name) AS payerName, days_to_ack AS ack, days_to_pay AS pay, count(*) AS claims
    FROM claims INDEXED BY claims_payer_report WHERE ${r.sql} GROUP BY payer_id, days_to_ack, days_to_pay`)
    .all(...r.params) as Array<{ payerId: string | null; payerName: string | null; ack: number | null; pay: number | null; claims: number }>;
  const payers = new Map<string | null, { payerId: string | null; payerName: string | null; claims: number }>();
  for (const g of groups) {
    const p = payers.get(g.payerId);
    if (!p) payers.set(g.payerId, { payerId: g.payerId, payerName: g.payerName, claims: g.claims });
    else { p.claims += g.claims; if (g.payerName !== null && (p.payerName === null || g.payerName < p.payerName)) p.payerName = g.payerName; }
  }
  const bins = (pick: (g: (typeof groups)[number]) => number | null) =>
    histograms(groups.flatMap((g) => { const value = pick(g); return value === null ? [] : [{ key: g.payerId, value, count: g.claims }]; }));
  const ack = bins((g) => g.ack), pay = bins((g) => g.pay);
  return [...payers.values()].sort((a, b) => b.claims - a.claims || String(a.payerId).localeCompare(String(b.payerId))).map((c) => ({
    ...c,
    ackMedianDays: percentileOf(ack.get(c.payerId) ?? [], 0.5), ackP90Days: percentileOf(ack.get(c.payerId) ?? [], 0.9),
    payMedianDays: percentileOf(pay.get(c.payerId) ?? [], 0.5), payP90Days: percentileOf(pay.get(c.payerId) ?? [], 0.9),
    drillDown: c.payerId ? { ...drill(q), payerId: c.payerId } : drill(q),
  }));
}

export const UNPAID_STATUSES = ['submitted', 'accepted', 'rejected', 'pending', 'reversed'] as const;

/** Unpaid charges by age (from submission, or service date when no 837 was seen) as of `today`. Reads the partial
 *  covering index of unpaid claims in its own order (status, submission day), so the grouping streams. */
export function aging(db: Db, q: ReportRange & { today: string; payerId?: string }): Array<AgingRow & { drillDown: ClaimFilter }> {
  const r = rangeSql(q);
  const payer = q.payerId ? ' AND payer_id = ?' : '';
  const groups = stmt(db, `SELECT coalesce(submitted_at, service_from) AS since, count(*) AS claims, sum(charge_cents - paid_cents) AS cents
    FROM claims INDEXED BY claims_aging_report WHERE status IN (${UNPAID_STATUSES.map((x) => `'${x}'`).join(', ')}) AND ${r.sql}${payer}
    GROUP BY status, submitted_at, CASE WHEN submitted_at IS NULL THEN service_from END`)
    .all(...r.params, ...(q.payerId ? [q.payerId] : [])) as Array<{ since: string | null; claims: number; cents: number }>;
  const today = Date.parse(`${q.today}T00:00:00.000Z`);
  const rows = groups.map((g) => ({ days: g.since ? Math.floor((today - Date.parse(`${g.since.slice(0, 10)}T00:00:00.000Z`)) / 86_400_000) : 0, claims: g.claims, cents: g.cents }));
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
    sum(${deniedSql('claims')}) AS denied FROM claims INDEXED BY claims_payer_report WHERE ${r.sql} GROUP BY payer_id ORDER BY denied DESC`).all(...r.params) as Array<{ payerId: string | null; payerName: string | null; adjudicated: number; denied: number }>)
    .map((x) => ({
      ...x, denialRate: rate(x.denied, x.adjudicated), drillDown: { ...drill(q), ...(x.payerId ? { payerId: x.payerId } : {}), denied: true },
    }));
  const adjudicated = byPayer.reduce((s, p) => s + p.adjudicated, 0);
  const cr = rangeSql(q);
  // Denied claims in claim-id order (the status index), so their adjustments are read in the order they are stored:
  // half the time of walking them by payer or by denial reason at a million claims.
  const byCarc = (stmt(db, `SELECT a.group_code AS "group", a.reason, count(*) AS claims, sum(a.amount_cents) AS amountCents
    FROM claim_adjustments a JOIN claims c INDEXED BY claims_status ON c.id = a.claim_id
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
    coalesce(sum(first_pass_accepted), 0) AS acceptedFirstTime FROM claims INDEXED BY claims_payer_report WHERE first_pass_accepted IS NOT NULL AND ${r.sql}
    GROUP BY payer_id ORDER BY answered DESC`).all(...r.params) as Array<Omit<FirstPassRow, 'rate' | 'drillDown'>>)
    .map((x) => ({ ...x, rate: rate(x.acceptedFirstTime, x.answered), drillDown: { ...drill(q), ...(x.payerId ? { payerId: x.payerId } : {}) } }));
  const answered = rows.reduce((s, x) => s + x.answered, 0), accepted = rows.reduce((s, x) => s + x.acceptedFirstTime, 0);
  return { overall: { payerId: null, payerName: null, answered, acceptedFirstTime: accepted, rate: rate(accepted, answered), drillDown: drill(q) }, byPayer: rows };
}
