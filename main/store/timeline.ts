// Turns a claim's evidence into its timeline: one event per submission, acknowledgment, status report and payment,
// in a fixed order (time, then transaction kind, then canonical position), whatever order the files arrived in.
import { paymentOutcome } from './adjudication.js';
import type { AckEvidence, ClaimEvidence, PaymentEvidence, ReportEvidence } from './evidence.js';
import { normalizeId } from './keys.js';

export type EventType = 'submitted' | 'replacement' | 'void' | 'ack_999' | 'ack_277ca' | 'status_277' | 'payment' | 'reversal' | 'duplicate_era';
export type EventSource = '837' | '999' | '277CA' | '277' | '835';

export interface ClaimEvent {
  at: string;
  type: EventType;
  source: EventSource;
  code: string | null; // frequency, IK5, STC category:status[:entity], or CLP02
  category: string | null; // what the lifecycle reads: 999 IK5 letter, STC category (A2, A7, P1 ...), or a payment's outcome (adjudication.ts)
  amountCents: number | null;
  pcc: string | null; // payer claim number, for reversal matching
  rawId: number;
  sortKey: string;
  counted: boolean; // false: a duplicate ERA, shown but never summed
  detail: string | null;
}

const RANK: Record<EventSource, number> = { '837': 0, '999': 1, '277CA': 2, '277': 3, '835': 4 };
const REJECT_CATEGORIES = new Set(['A3', 'A6', 'A7', 'A8']);
export const isRejectCategory = (category: string | null): boolean => !!category && REJECT_CATEGORIES.has(category);

export function compareEvents(a: ClaimEvent, b: ClaimEvent): number {
  if (a.at !== b.at) return a.at < b.at ? -1 : 1;
  if (RANK[a.source] !== RANK[b.source]) return RANK[a.source] - RANK[b.source];
  return a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0;
}

function reportEvent(r: ReportEvidence): ClaimEvent {
  // One event per report: a report rejects when any of its STC categories is a rejection category.
  const deciding = r.statuses.find((s) => isRejectCategory(s.categoryCode)) ?? r.statuses[0];
  const code = deciding ? [deciding.categoryCode, deciding.statusCode, deciding.entityCode].filter(Boolean).join(':') : null;
  const at = deciding?.effectiveDate ? `${deciding.effectiveDate}T00:00:00.000Z` : r.at;
  const others = r.statuses.filter((s) => s !== deciding).map((s) => `${s.categoryCode}:${s.statusCode}`);
  const detail = [r.pcc ? `payer claim ${r.pcc}` : null, others.length ? `also ${others.join(', ')}` : null].filter(Boolean).join('; ') || null;
  return {
    at, type: r.variant === '277CA' ? 'ack_277ca' : 'status_277', source: r.variant, code, category: deciding?.categoryCode ?? null,
    amountCents: deciding?.paidCents ?? deciding?.chargeCents ?? r.chargeCents, pcc: normalizeId(r.pcc), rawId: r.rawId, sortKey: r.sortKey,
    counted: true, detail,
  };
}

/** A payment's facts for adjudication.ts: claim-level and line-level CAS count alike. */
export const paymentFacts = (p: PaymentEvidence) => ({
  statusCode: p.statusCode, paidCents: p.paidCents, patientRespCents: p.patientRespCents,
  adjustments: p.lines.length ? [...p.adjustments, ...p.lines.flatMap((l) => l.adjustments)] : p.adjustments,
});

function paymentEvent(p: PaymentEvidence): ClaimEvent {
  const type: EventType = p.duplicate ? 'duplicate_era' : p.statusCode === '22' ? 'reversal' : 'payment';
  const detail = [`trace ${p.traceNumber}`, p.pcc ? `payer claim ${p.pcc}` : null].filter(Boolean).join('; ');
  return {
    at: p.at, type, source: '835', code: p.statusCode, category: paymentOutcome(paymentFacts(p)), amountCents: p.paidCents, pcc: normalizeId(p.pcc),
    rawId: p.rawId, sortKey: p.sortKey, counted: !p.duplicate, detail,
  };
}

export function buildTimeline(items: readonly ClaimEvidence[], acks: readonly AckEvidence[]): ClaimEvent[] {
  const events: ClaimEvent[] = [];
  for (const e of items) {
    if (e.kind === 'submission') {
      const type: EventType = e.frequencyCode === '7' ? 'replacement' : e.frequencyCode === '8' ? 'void' : 'submitted';
      events.push({
        at: e.at, type, source: '837', code: e.frequencyCode, category: null, amountCents: e.chargeCents, pcc: normalizeId(e.originalPcc),
        rawId: e.rawId, sortKey: e.sortKey, counted: true, detail: e.originalPcc ? `replaces payer claim ${e.originalPcc}` : null,
      });
    } else if (e.kind === 'report') events.push(reportEvent(e));
    else events.push(paymentEvent(e));
  }
  for (const a of acks) {
    const letter = a.status === 'rejected' ? 'R' : a.status === 'accepted_with_errors' ? 'E' : 'A';
    events.push({
      at: a.at, type: 'ack_999', source: '999', code: a.statusCode, category: letter, amountCents: null, pcc: null, rawId: a.rawId,
      sortKey: a.sortKey, counted: true, detail: a.errors.length ? `${a.errors.length} error(s)` : null,
    });
  }
  return events.sort(compareEvents);
}
