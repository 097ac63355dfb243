// The claim list filter shared by the list, its totals, exports and report drill-downs → a parameterised WHERE.
import type { ClaimStatus } from '../../main/store/lifecycle.js';
import { flagBit, STORED_FLAGS, type ClaimFlag, type StoredFlag } from '../../main/store/flags.js';

export interface ClaimFilter {
  status?: ClaimStatus[];
  payerId?: string;
  billingNpi?: string;
  renderingNpi?: string;
  npi?: string; // billing or rendering
  serviceFrom?: string; serviceTo?: string; // YYYY-MM-DD, inclusive
  submittedFrom?: string; submittedTo?: string;
  paidFrom?: string; paidTo?: string;
  amountMin?: number; amountMax?: number; // charge, integer cents
  flags?: ClaimFlag[]; // all must hold
  search?: string;
  worked?: boolean;
  followUpDue?: string; // follow-up date on or before this day
  claimIds?: number[]; // drill-down from a report row
  adjustmentReason?: string; // claims carrying this CARC (net of reversals)
  rejectionCode?: string; // rejected claims whose rejection carries this status code ('' for none; rejectionsByReason's groups)
  denialReason?: string; // denied claims whose denial is explained by this adjustment, as 'CO-16' (denialsByCarc's groups)
  hasNote?: boolean; // the office wrote a note on the claim (or, false: did not)
  denied?: boolean; // status denied (see main/store/adjudication.ts for what counts)
  noResponseDays?: number; // what `no_response` means; 30 unless told
  today?: string; // YYYY-MM-DD, for no_response; the caller's clock
}

export interface Where { sql: string; params: unknown[] }

/** Turns free text into an FTS5 query: every word must match, as a prefix from three characters on (a middle initial
 *  or a two-letter fragment matches whole words only: as a prefix it would match most of the store). Words are cut
 *  where the index's tokenizer cuts them (anything but letters and digits): "AB-12" asks for AB and 12. */
export function ftsQuery(text: string): string | null {
  const words = text.split(/[^\p{L}\p{N}]+/u).filter(Boolean).slice(0, 8);
  return words.length ? words.map((w) => (w.length >= 3 ? `"${w}"*` : `"${w}"`)).join(' ') : null;
}

const endOfDay = (d: string) => `${d}T23:59:59.999Z`;
export const daysBefore = (today: string, days: number): string =>
  new Date(Date.parse(`${today}T00:00:00.000Z`) - days * 86_400_000).toISOString();

/**
 * `mode` says who leads. 'drive' (default): the filter's own indexes find the claims, so flag sets come as IN (…)
 * subqueries. 'check': something else walks the claims in order and the filter only tests each one.
 */
export function claimWhere(f: ClaimFilter, alias = 'c', mode: 'drive' | 'check' = 'drive'): Where {
  const parts: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, ...p: unknown[]) => { parts.push(sql); params.push(...p); };
  const col = (name: string) => `${alias}.${name}`;
  if (f.status?.length) add(`${col('status')} IN (${f.status.map(() => '?').join(', ')})`, ...f.status);
  if (f.payerId) add(`${col('payer_id')} = ?`, f.payerId);
  if (f.billingNpi) add(`${col('billing_npi')} = ?`, f.billingNpi);
  if (f.renderingNpi) add(`${col('rendering_npi')} = ?`, f.renderingNpi);
  if (f.npi) add(`(${col('billing_npi')} = ? OR ${col('rendering_npi')} = ?)`, f.npi, f.npi);
  if (f.serviceFrom) add(`${col('service_from')} >= ?`, f.serviceFrom);
  if (f.serviceTo) add(`${col('service_from')} <= ?`, f.serviceTo);
  if (f.submittedFrom) add(`${col('submitted_at')} >= ?`, f.submittedFrom);
  if (f.submittedTo) add(`${col('submitted_at')} <= ?`, endOfDay(f.submittedTo));
  if (f.paidFrom) add(`${col('paid_at')} >= ?`, f.paidFrom);
  if (f.paidTo) add(`${col('paid_at')} <= ?`, endOfDay(f.paidTo));
  if (f.amountMin !== undefined) add(`${col('charge_cents')} >= ?`, f.amountMin);
  if (f.amountMax !== undefined) add(`${col('charge_cents')} <= ?`, f.amountMax);
  const stored = (f.flags ?? []).filter((x): x is StoredFlag => (STORED_FLAGS as readonly string[]).includes(x));
  if (stored.length) {
    const mask = stored.reduce((m, x) => m | flagBit(x), 0);
    add(`(${col('flags')} & ?) = ?`, mask, mask);
    if (mode === 'drive') for (const flag of stored) add(`${col('id')} IN (SELECT claim_id FROM claim_flags WHERE flag = ?)`, flag);
  }
  if (f.flags?.includes('no_response')) {
    add(`${col('status')} IN ('submitted', 'accepted', 'pending') AND ${col('last_event_at')} < ?`,
      daysBefore(f.today ?? new Date().toISOString().slice(0, 10), f.noResponseDays ?? 30));
  }
  const fts = f.search ? ftsQuery(f.search) : null;
  // The matches are collected once either way: FTS5 answers a MATCH per claim far slower than it lists them all.
  if (f.search !== undefined && f.search.trim() && fts) add(`${col('id')} IN (SELECT rowid FROM claims_fts WHERE claims_fts MATCH ?)`, fts);
  if (f.worked !== undefined) add(`coalesce((SELECT worked FROM claim_workflow w WHERE w.claim_id = ${col('id')}), 0) = ?`, f.worked ? 1 : 0);
  if (f.followUpDue) add(`${col('id')} IN (SELECT claim_id FROM claim_workflow WHERE follow_up_on <= ?)`, f.followUpDue);
  if (f.adjustmentReason) add(`${col('id')} IN (SELECT claim_id FROM claim_adjustments WHERE reason = ?)`, f.adjustmentReason);
  if (f.rejectionCode !== undefined) {
    if (f.rejectionCode) add(`${col('status')} = 'rejected' AND ${col('status_code')} = ?`, f.rejectionCode);
    else add(`${col('status')} = 'rejected' AND ${col('status_code')} IS NULL`);
  }
  if (f.denialReason) {
    const [group = '', reason = ''] = f.denialReason.split('-');
    if (group && reason) add(`${col('status')} = 'denied' AND ${col('denial_group')} = ? AND ${col('denial_reason')} = ?`, group, reason);
    else add(`${col('status')} = 'denied' AND ${col('denial_group')} IS NULL`); // denied with no adjustment given
  }
  if (f.hasNote !== undefined) {
    add(`${f.hasNote ? '' : 'NOT '}EXISTS (SELECT 1 FROM claim_workflow w WHERE w.claim_id = ${col('id')} AND w.note IS NOT NULL AND w.note <> '')`);
  }
  if (f.denied !== undefined) add(f.denied ? deniedSql(alias) : `NOT ${deniedSql(alias)}`);
  if (f.claimIds) add(`${col('id')} IN (SELECT value FROM json_each(?))`, JSON.stringify(f.claimIds));
  return { sql: parts.length ? parts.join(' AND ') : '1', params };
}

/** A denial as billers count it: the lifecycle already says so (CLP02 4, or processed with nothing paid and no
 *  patient cost sharing: main/store/adjudication.ts). Kept as a function so callers need not know. */
export const deniedSql = (alias = 'c'): string => `(${alias}.status = 'denied')`;
