// Translates between the UI contract (ClaimFilters, ClaimRow) and the store's list query (ClaimFilter, ClaimListRow).
import type { ClaimFilter } from '../../../db/queries/claim-filter.js';
import type { ClaimListRow, SortColumn } from '../../../db/queries/claims-list.js';
import { ClaimFlag, ClaimStatus, type ClaimFilters, type ClaimRow, type ClaimSortKey } from '../../../shared/domain/claims.js';
import { AppError } from '../../../shared/ipc/errors.js';
import type { ClaimFlag as StoreFlag } from '../../store/flags.js';

export const SORTS: Record<ClaimSortKey, SortColumn> = {
  serviceDate: 'serviceFrom', submittedAt: 'submittedAt', paidAt: 'paidAt', lastEventAt: 'lastEventAt', charge: 'charge', paid: 'paid',
  patient: 'patientName', payer: 'payerName', status: 'status',
};

const STORE_FLAGS = new Set<string>(['no_submission', 'partially_paid', 'unbalanced', 'duplicate_era', 'reversal', 'replaced', 'voided', 'no_response']);

/** `today` (YYYY-MM-DD) decides "no response" and "follow-up due"; `noResponseDays` comes from Preferences. */
export function toStoreFilter(f: ClaimFilters, today: string, noResponseDays: number): ClaimFilter {
  const flags = f.flags ?? [];
  return {
    status: f.statuses, payerId: f.payerId, billingNpi: f.billingNpi, renderingNpi: f.renderingNpi,
    serviceFrom: f.serviceDate?.from, serviceTo: f.serviceDate?.to,
    submittedFrom: f.submittedDate?.from, submittedTo: f.submittedDate?.to,
    paidFrom: f.paidDate?.from, paidTo: f.paidDate?.to,
    amountMin: f.chargeMinCents, amountMax: f.chargeMaxCents,
    flags: flags.filter((x) => STORE_FLAGS.has(x)) as StoreFlag[],
    ...(flags.includes('worked') ? { worked: true } : {}),
    ...(flags.includes('follow_up_due') ? { followUpDue: today } : {}),
    ...(flags.includes('has_note') ? { hasNote: true } : {}),
    ...(f.carc ? { adjustmentReason: f.carc } : {}), ...(f.denied ? { denied: true } : {}),
    search: f.search, today, noResponseDays,
  };
}

const range = (from?: string, to?: string) => (from || to ? { ...(from ? { from } : {}), ...(to ? { to } : {}) } : undefined);

/** A store filter (report drill-down) → the claims screen's filters, so the list shows exactly the counted claims. */
export function fromStoreFilter(f: ClaimFilter): ClaimFilters {
  const out: ClaimFilters = {
    statuses: f.status, payerId: f.payerId ?? undefined, billingNpi: f.billingNpi, renderingNpi: f.renderingNpi,
    serviceDate: range(f.serviceFrom, f.serviceTo), submittedDate: range(f.submittedFrom?.slice(0, 10), f.submittedTo?.slice(0, 10)),
    paidDate: range(f.paidFrom?.slice(0, 10), f.paidTo?.slice(0, 10)), chargeMinCents: f.amountMin, chargeMaxCents: f.amountMax,
    flags: f.flags?.filter((x) => ClaimFlag.safeParse(x).success) as ClaimFilters['flags'],
    carc: f.adjustmentReason, denied: f.denied,
  };
  return Object.fromEntries(Object.entries(out).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0))) as ClaimFilters;
}

const CLAIM_TYPES = new Set(['professional', 'institutional', 'dental']);

export function toClaimRow(r: ClaimListRow, today: string): ClaimRow {
  const flags = r.flags.filter((x) => ClaimFlag.safeParse(x).success) as ClaimRow['flags'];
  if (r.worked) flags.push('worked');
  if (r.hasNote) flags.push('has_note');
  if (r.followUpOn && r.followUpOn <= today) flags.push('follow_up_due');
  return {
    id: String(r.id), patientControlNumber: r.pcn, payerClaimControlNumber: r.payerClaimNumber, patientName: r.patientName ?? 'Unknown patient',
    memberId: r.memberId, payerId: r.payerId, payerName: r.payerName, billingNpi: r.billingNpi, billingName: r.billingName,
    renderingNpi: r.renderingNpi, renderingName: null,
    claimType: r.claimType && CLAIM_TYPES.has(r.claimType) ? (r.claimType as ClaimRow['claimType']) : null, frequencyCode: r.frequencyCode,
    status: ClaimStatus.safeParse(r.status).data ?? 'submitted', flags,
    serviceDateFrom: r.serviceFrom, serviceDateTo: r.serviceTo, submittedAt: r.submittedAt, paidAt: r.paidAt, lastEventAt: r.lastEventAt,
    chargeCents: r.chargeCents, allowedCents: r.allowedCents, paidCents: r.paidCents, patientResponsibilityCents: r.patientRespCents,
    followUpDate: r.followUpOn,
  };
}

/** A claim id from the renderer as the store's number; one that cannot be a number names no claim. */
export function claimIdNumber(id: string): number {
  const n = Number(id);
  if (!Number.isSafeInteger(n)) throw new AppError('not_found', `There is no claim ${id}.`);
  return n;
}
