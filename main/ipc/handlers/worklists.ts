// Worklists from the store's queries: grouped by reason, counts complete, each group listing its first claims.
// Worked claims leave the lists (unless asked for); later events resolve items by changing the claim's status.
import type { ClaimListRow } from '../../../db/queries/claims-list.js';
import { claimTotals, listClaims } from '../../../db/queries/claims-list.js';
import { listExceptions, openExceptionCount } from '../../../db/queries/exceptions.js';
import { denialsByCarc, duplicateRemittances, rejectionsByReason, remittanceIssueCounts, staleClaimIds, staleClaims, unbalancedRemittances } from '../../../db/queries/worklists.js';
import type { WorklistGroup, WorklistItem, WorklistKind } from '../../../shared/domain/worklists.js';
import type { Api } from '../../../shared/ipc/contract.js';
import { describeCarc, describeCategory, describeStatus, describe999Error } from '../../edi/index.js';
import type { HandlerDeps } from './deps.js';
import { readPreferences } from './views.js';

const ITEMS = 200;
const sum = <T>(xs: readonly T[], f: (x: T) => number) => xs.reduce((n, x) => n + f(x), 0);
const REASON_GROUPS = 25; // denial reasons shown as groups; the rest are rare enough to reach through the claims list
const SORT = { column: 'lastEventAt' as const, dir: 'desc' as const };

const claimItem = (r: ClaimListRow, today: string): WorklistItem => ({
  id: `c${r.id}`, claimId: String(r.id), exceptionId: null, title: `${r.patientName ?? 'Unknown patient'} · ${r.pcn}`,
  detail: r.payerClaimNumber ? `payer claim ${r.payerClaimNumber}` : null, payerName: r.payerName, amountCents: r.chargeCents - r.paidCents,
  date: r.lastEventAt, ageDays: Math.max(0, Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(r.lastEventAt)) / 86_400_000)),
});

function rejectionTitle(code: string | null): string {
  if (!code) return 'Rejected (no reason given)';
  if (/^[A-Z]$/.test(code)) return describe999Error('status', code) ?? `999 ${code}`;
  const [category = '', status = ''] = code.split(':');
  return [describeCategory(category), status ? describeStatus(status) : null].filter(Boolean).join(' — ') || code;
}

export function worklistHandlers(deps: HandlerDeps): Pick<Api, 'worklistSummaries' | 'getWorklist'> {
  const today = () => deps.now().toISOString().slice(0, 10);
  const staleQuery = (kind: 'no_acknowledgment' | 'no_payment', includeWorked: boolean) => {
    const p = readPreferences(deps);
    return {
      today: today(), kind, days: kind === 'no_acknowledgment' ? p.staleNoAckDays : p.staleUnpaidDays, perPayerDays: kind === 'no_payment' ? p.payerUnpaidDays : {},
      ...(includeWorked ? {} : { worked: false }),
    };
  };
  const stale = (kind: 'no_acknowledgment' | 'no_payment', includeWorked: boolean) => staleClaims(deps.db, { ...staleQuery(kind, includeWorked), limit: ITEMS });
  const staleCount = (kind: 'no_acknowledgment' | 'no_payment') => staleClaimIds(deps.db, staleQuery(kind, false)).ids.length;
  const orphans = (includeWorked: boolean) => {
    const filter = { flags: ['no_submission' as const], ...(includeWorked ? {} : { worked: false }) };
    const totals = claimTotals(deps.db, filter);
    return { rows: listClaims(deps.db, { ...filter, sort: SORT, limit: ITEMS }).rows, count: totals.count, amountCents: totals.billedCents - totals.paidCents };
  };

  // Every group's count and amount come from the whole store; only its items are the first ITEMS claims.
  function groups(kind: WorklistKind, includeWorked: boolean): WorklistGroup[] {
    const day = today();
    const worked = includeWorked ? {} : { worked: false };
    const single = (key: string, title: string, found: { rows: ClaimListRow[]; count: number; amountCents: number }, drill: WorklistGroup['drill']): WorklistGroup[] =>
      found.count === 0 ? [] : [{ key, title, code: null, count: found.count, amountCents: found.amountCents, items: found.rows.map((r) => claimItem(r, day)), drill }];
    switch (kind) {
      case 'rejections': {
        return rejectionsByReason(deps.db, worked).slice(0, REASON_GROUPS).map((g) => {
          const code = g.statusCode ?? '';
          const rows = listClaims(deps.db, { rejectionCode: code, ...worked, sort: SORT, limit: ITEMS }).rows;
          return { key: code || 'none', title: rejectionTitle(code || null), code: code || null, count: g.claims, amountCents: g.chargeCents,
            items: rows.map((r) => claimItem(r, day)), drill: { statuses: ['rejected'] } };
        });
      }
      case 'denials': {
        // One group per denial reason (the adjustment that explains the denial), largest dollars at risk first:
        // fix one cause, clear many. Items are that reason's denied claims, newest first.
        return denialsByCarc(deps.db, includeWorked ? {} : { worked: false }).slice(0, REASON_GROUPS).map((d) => {
          const code = d.group && d.reason ? `${d.group}-${d.reason}` : null;
          const rows = listClaims(deps.db, { status: ['denied'], ...(code ? { denialReason: code } : {}), ...(includeWorked ? {} : { worked: false }), sort: SORT, limit: ITEMS }).rows;
          return {
            key: code ?? 'unexplained', code, count: d.claims, amountCents: d.atRiskCents,
            title: code ? describeCarc(d.reason) ?? `Adjustment reason ${code}` : 'Denied without an adjustment reason', // the screen shows the code beside it
            items: rows.map((r) => claimItem(r, day)),
            drill: { statuses: ['denied'], ...(code && /^[A-Z0-9]{1,5}$/.test(d.reason) ? { carc: d.reason } : {}) },
          };
        });
      }
      case 'stale_no_ack': return single('no-ack', 'No acknowledgment yet', stale('no_acknowledgment', includeWorked), { statuses: ['submitted'] });
      case 'stale_unpaid': return single('unpaid', 'Accepted, no payment yet', stale('no_payment', includeWorked), { statuses: ['accepted', 'pending'] });
      case 'orphans': return single('orphans', 'Responses with no 837 on file', orphans(includeWorked), { flags: ['no_submission'] });
      case 'unbalanced_eras': {
        const eras = unbalancedRemittances(deps.db);
        return eras.length === 0 ? [] : [{ key: 'unbalanced', title: 'ERAs whose totals do not add up', code: null, count: remittanceIssueCounts(deps.db).unbalanced,
          amountCents: eras.reduce((s, e) => s + e.paymentCents, 0), drill: { flags: ['unbalanced'] },
          items: eras.map((e) => ({ id: `r${e.id}`, claimId: null, exceptionId: null, title: `Trace ${e.traceNumber}`, detail: 'payment total differs from its claims', payerName: e.payerName, amountCents: e.paymentCents, date: e.at, ageDays: null })) }];
      }
      case 'duplicate_eras': {
        const eras = duplicateRemittances(deps.db);
        return eras.length === 0 ? [] : [{ key: 'duplicates', title: 'ERAs received twice (counted once)', code: null, count: remittanceIssueCounts(deps.db).duplicates,
          amountCents: eras.reduce((s, e) => s + e.paymentCents, 0), drill: { flags: ['duplicate_era'] },
          items: eras.map((e) => ({ id: `d${e.id}`, claimId: null, exceptionId: null, title: `Trace ${e.traceNumber}`, detail: `repeats remittance ${e.originalId}`, payerName: e.payerName, amountCents: e.paymentCents, date: e.at, ageDays: null })) }];
      }
      case 'exceptions': {
        const open = listExceptions(deps.db, { limit: ITEMS });
        return open.length === 0 ? [] : [{ key: 'exceptions', title: 'Could not be read or stored', code: null, count: openExceptionCount(deps.db), amountCents: null, drill: null,
          items: open.map((e) => ({ id: `x${e.id}`, claimId: null, exceptionId: String(e.id), title: `${e.sourceKind} ${e.sourceRef.split(/[\\/]/).pop()}`, detail: e.reason, payerName: null, amountCents: null, date: e.updatedAt, ageDays: null })) }];
      }
    }
  }

  return {
    worklistSummaries: async () => {
      // from the worklists' own grouped queries: each reads a small covering index, never the wide claim rows
      const rejected = rejectionsByReason(deps.db, { worked: false }), denied = denialsByCarc(deps.db, { worked: false });
      const eras = remittanceIssueCounts(deps.db);
      return [
        { kind: 'rejections', count: sum(rejected, (g) => g.claims), amountCents: sum(rejected, (g) => g.chargeCents) },
        { kind: 'denials', count: sum(denied, (g) => g.claims), amountCents: sum(denied, (g) => g.atRiskCents) },
        { kind: 'stale_no_ack', count: staleCount('no_acknowledgment'), amountCents: null },
        { kind: 'stale_unpaid', count: staleCount('no_payment'), amountCents: null },
        { kind: 'unbalanced_eras', count: eras.unbalanced, amountCents: null },
        { kind: 'duplicate_eras', count: eras.duplicates, amountCents: null },
        { kind: 'orphans', count: claimTotals(deps.db, { flags: ['no_submission'], worked: false }).count, amountCents: null },
        { kind: 'exceptions', count: openExceptionCount(deps.db), amountCents: null },
      ];
    },
    getWorklist: async ({ kind, includeWorked }) => {
      const g = groups(kind, includeWorked ?? false);
      return { kind, groups: g, total: g.reduce((n, x) => n + x.count, 0), truncated: g.some((x) => x.items.length < x.count) };
    },
  };
}
