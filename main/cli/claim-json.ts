// The stable JSONL claim record (documented in README: "Claim export (JSONL)"). Add fields; never rename or remove.
import type { ExportClaim } from '../../db/queries/claim-export.js';
import { centsToDecimal } from './money.js';

export interface ClaimJson {
  patientControlNumber: string;
  payerClaimControlNumber: string | null;
  status: string;
  claimType: string | null;
  frequencyCode: string | null;
  billingNpi: string | null;
  renderingNpi: string | null;
  payerId: string | null;
  payerName: string | null;
  patientName: string | null;
  memberId: string | null;
  serviceDateFrom: string | null;
  serviceDateTo: string | null;
  chargeAmount: string;
  allowedAmount: string | null;
  paidAmount: string;
  patientResponsibilityAmount: string;
  adjustments: Array<{ group: string; reason: string; amount: string }>;
  flags: string[];
  submittedAt: string | null;
  acknowledgedAt: string | null;
  paidAt: string | null;
  lastEventAt: string;
  events: Array<{ type: string; at: string; source: string; code: string | null; amount: string | null }>;
}

export function claimJson(c: ExportClaim): ClaimJson {
  return {
    patientControlNumber: c.pcn,
    payerClaimControlNumber: c.payerClaimNumber,
    status: c.status,
    claimType: c.claimType,
    frequencyCode: c.frequencyCode,
    billingNpi: c.billingNpi,
    renderingNpi: c.renderingNpi,
    payerId: c.payerId,
    payerName: c.payerName,
    patientName: c.patientName,
    memberId: c.memberId,
    serviceDateFrom: c.serviceFrom,
    serviceDateTo: c.serviceTo,
    chargeAmount: centsToDecimal(c.chargeCents)!,
    allowedAmount: centsToDecimal(c.allowedCents),
    paidAmount: centsToDecimal(c.paidCents)!,
    patientResponsibilityAmount: centsToDecimal(c.patientRespCents)!,
    adjustments: c.adjustments.map((a) => ({ group: a.group, reason: a.reason, amount: centsToDecimal(a.amountCents)! })),
    flags: c.flags,
    submittedAt: c.submittedAt,
    acknowledgedAt: c.acknowledgedAt,
    paidAt: c.paidAt,
    lastEventAt: c.lastEventAt,
    events: c.events.map((e) => ({ type: e.type, at: e.at, source: e.source, code: e.code, amount: centsToDecimal(e.amountCents) })),
  };
}

/** CSV columns: the flat part of the JSON record, arrays folded into one cell each. */
export const CSV_HEADER = ['patientControlNumber', 'payerClaimControlNumber', 'status', 'claimType', 'frequencyCode', 'billingNpi', 'renderingNpi',
  'payerId', 'payerName', 'patientName', 'memberId', 'serviceDateFrom', 'serviceDateTo', 'chargeAmount', 'allowedAmount', 'paidAmount',
  'patientResponsibilityAmount', 'adjustments', 'flags', 'submittedAt', 'acknowledgedAt', 'paidAt', 'lastEventAt'] as const;

export function claimCsvCells(j: ClaimJson): Array<string | null> {
  return CSV_HEADER.map((k) => {
    if (k === 'adjustments') return j.adjustments.map((a) => `${a.group}-${a.reason} ${a.amount}`).join('; ');
    if (k === 'flags') return j.flags.join(' ');
    return j[k];
  });
}
