// Everything the claims row, timeline, adjustment totals, flags and search index hold for one claim, derived from
// its evidence alone. Pure: the same evidence always gives the same claim.
import { denialReason } from './denial-reason.js';
import { bySortKey, type AckEvidence, type ClaimEvidence, type PaymentEvidence, type ReportEvidence, type SubmissionEvidence } from './evidence.js';
import { flagsToBits, type StoredFlag } from './flags.js';
import { lifecycleStatus, type ClaimStatus } from './lifecycle.js';
import { buildTimeline, isRejectCategory, type ClaimEvent } from './timeline.js';
import { waterfall, type AdjustmentTotal, type Waterfall } from './waterfall.js';

export interface DerivedClaim {
  anchor: string;
  pcn: string;
  pcnKey: string;
  payerClaimNumber: string | null;
  claimType: string | null;
  frequencyCode: string | null;
  status: ClaimStatus;
  statusCode: string | null;
  flags: number;
  flagNames: StoredFlag[];
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
  daysToAck: number | null;
  daysToPay: number | null;
  firstPassAccepted: number | null;
  submissionCount: number;
  paymentCount: number;
  denialGroup: string | null; // denied claims: the adjustment that explains the denial
  denialReason: string | null;
  events: ClaimEvent[];
  adjustments: AdjustmentTotal[];
  waterfall: Waterfall;
  search: { pcn: string; payerClaimNumbers: string; patientName: string; memberId: string; traceNumbers: string };
}

const first = <T>(xs: readonly T[], pick: (x: T) => string | null | undefined): string | null => {
  for (const x of xs) { const v = pick(x); if (v) return v; }
  return null;
};
const lastOf = <T>(xs: readonly T[], pick: (x: T) => string | null | undefined): string | null => first([...xs].reverse(), pick);
/** 277CA categories that accept a claim. A 999 never does: it accepts the transaction set, not the claim. */
const ACCEPTING = /^(A0|A1|A2|A5)$/;

/** Payments whose money counts: not duplicates. Claim-level plus line-level CAS make up each one's adjustments. */
export const moneyRecords = (payments: readonly PaymentEvidence[]) => payments.filter((p) => !p.duplicate).map((p) => ({
  chargeCents: p.chargeCents, paidCents: p.paidCents, adjustments: [...p.adjustments, ...p.lines.flatMap((l) => l.adjustments)],
}));

export function deriveClaim(evidence: readonly ClaimEvidence[], acks: readonly AckEvidence[]): DerivedClaim {
  const items = [...evidence].sort(bySortKey);
  const byTime = <T extends ClaimEvidence>(xs: T[]) => xs.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : bySortKey(a, b)));
  const subs = byTime(items.filter((e): e is SubmissionEvidence => e.kind === 'submission'));
  const reports = byTime(items.filter((e): e is ReportEvidence => e.kind === 'report'));
  const payments = byTime(items.filter((e): e is PaymentEvidence => e.kind === 'payment'));
  const events = buildTimeline(items, acks);
  const life = lifecycleStatus(events);
  const currentPayment = life.current ? payments.find((p) => p.sortKey === life.current!.sortKey) ?? null : null;
  const counted = payments.filter((p) => !p.duplicate);
  const latestSub = subs.at(-1) ?? null;
  const money = waterfall(moneyRecords(payments), latestSub?.chargeCents ?? Math.abs(currentPayment?.chargeCents ?? reports.at(-1)?.chargeCents ?? 0));
  const responses = [...reports, ...payments];
  const all = [...subs, ...responses];

  const flags: StoredFlag[] = [];
  if (subs.length === 0) flags.push('no_submission');
  const zeroLine = currentPayment?.lines.some((l) => l.chargeCents > 0 && l.paidCents === 0) ?? false;
  if (life.status === 'paid' && money.paidCents > 0 && (zeroLine || money.otherAdjustmentCents > 0)) flags.push('partially_paid');
  if (counted.some((p) => p.unbalanced) || (counted.length > 0 && money.imbalanceCents !== 0)) flags.push('unbalanced');
  if (payments.some((p) => p.duplicate)) flags.push('duplicate_era');
  if (counted.some((p) => p.statusCode === '22')) flags.push('reversal');
  if (subs.some((s) => s.frequencyCode === '7')) flags.push('replaced');
  if (subs.some((s) => s.frequencyCode === '8')) flags.push('voided');

  const pccs = [...new Set(responses.flatMap((r) => (r.pcc ? [r.pcc] : [])))].sort();
  const ack = events.find((e) => e.type === 'ack_277ca' && ACCEPTING.test(e.category ?? ''));
  const adjudicated = life.status === 'paid' || life.status === 'denied';
  const serviceFrom = first([...subs, ...payments, ...reports], (e) => e.serviceFrom);
  const denial = life.status === 'denied' ? denialReason(money.adjustments) : null;
  return {
    anchor: items[0]!.sortKey,
    pcn: latestSub?.pcn ?? items[0]!.pcn,
    pcnKey: latestSub?.pcnKey ?? items[0]!.pcnKey,
    payerClaimNumber: currentPayment?.pcc ?? lastOf(payments, (p) => p.pcc) ?? lastOf(reports, (r) => r.pcc),
    claimType: latestSub?.claimType ?? null,
    frequencyCode: latestSub?.frequencyCode ?? currentPayment?.frequencyCode ?? null,
    status: life.status,
    statusCode: life.statusCode,
    flags: flagsToBits(flags),
    flagNames: flags,
    billingNpi: first(all, (e) => e.npi),
    billingName: latestSub?.billingName ?? null,
    renderingNpi: latestSub?.renderingNpi ?? first(payments, (p) => p.renderingNpi),
    payerId: first(all, (e) => e.payerId),
    payerName: first(all, (e) => e.payerName),
    patientName: first(all, (e) => e.patientName),
    memberId: first(all, (e) => e.memberId ?? e.patientId),
    serviceFrom,
    serviceTo: first([...subs, ...payments, ...reports], (e) => (e.serviceFrom ? e.serviceTo ?? e.serviceFrom : null)),
    submittedAt: subs[0]?.at ?? null,
    acknowledgedAt: ack?.at ?? null,
    paidAt: adjudicated && currentPayment ? currentPayment.at : null,
    lastEventAt: events.at(-1)!.at,
    chargeCents: latestSub?.chargeCents ?? money.chargeCents,
    allowedCents: counted.length ? money.allowedCents : null,
    paidCents: money.paidCents,
    patientRespCents: counted.reduce((s, p) => s + p.patientRespCents, 0),
    contractualCents: money.contractualCents,
    otherAdjustmentCents: money.otherAdjustmentCents,
    daysToAck: daysBetween(subs[0]?.at, ack?.at),
    daysToPay: adjudicated && currentPayment ? daysBetween(subs[0]?.at, currentPayment.at) : null,
    firstPassAccepted: firstPass(events),
    submissionCount: subs.length,
    paymentCount: counted.length,
    denialGroup: denial?.group ?? null,
    denialReason: denial?.reason ?? null,
    events,
    adjustments: counted.length ? money.adjustments : [],
    waterfall: money,
    search: {
      pcn: [...new Set(all.map((e) => e.pcn))].join(' '),
      payerClaimNumbers: pccs.join(' '),
      patientName: [...new Set(all.flatMap((e) => (e.patientName ? [e.patientName] : [])))].join(' '),
      memberId: [...new Set(all.flatMap((e) => [e.memberId, e.patientId].filter((x): x is string => !!x)))].join(' '),
      traceNumbers: [...new Set(payments.map((p) => p.traceNumber))].join(' '),
    },
  };
}


const daysBetween = (from: string | undefined, to: string | undefined): number | null =>
  from && to ? Math.max(0, Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000)) : null;

/** Whether the first answer about the claim itself accepted it: a 999 rejection of its set, or its first 277CA. */
function firstPass(events: readonly ClaimEvent[]): number | null {
  const answer = events.find((e) => (e.type === 'ack_999' && e.category === 'R') || e.type === 'ack_277ca');
  if (!answer || !events.some((e) => e.source === '837')) return null;
  return (answer.type === 'ack_999' ? answer.category === 'R' : isRejectCategory(answer.category)) ? 0 : 1;
}
