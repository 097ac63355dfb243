// The store's claim detail → the screen's ClaimDetail: events titled and coded in words, the waterfall in blocks.
import type { ClaimDetail as StoreDetail, TimelineEvent as StoreEvent } from '../../../db/queries/claim-detail.js';
import type { ClaimDetail, ExplainedAdjustment, RelatedClaim, TimelineEvent, TransactionKind, WaterfallBlock } from '../../../shared/domain/claim-detail.js';
import { STATUS_MEANINGS } from '../../../shared/domain/claims.js';
import { describe999Error, describeCarc, describeCategory, describeClp02, describeStatus } from '../../edi/index.js';
import type { AdjustmentTotal, Waterfall } from '../../store/waterfall.js';
import { toClaimRow } from './claim-adapters.js';
import { describeSource, transactionKind } from './raw-transactions.js';

const KINDS = new Set(['837', '999', '277CA', '277', '835']);
const FREQUENCY: Record<string, string> = { '1': 'original', '7': 'replacement', '8': 'void' };

function eventView(e: StoreEvent, i: number): TimelineEvent {
  const kind = (KINDS.has(e.source) ? e.source : '837') as TransactionKind;
  const base = { id: `${e.seq}-${i}`, kind, at: e.at, detail: e.detail, amountCents: e.amountCents, transactionId: String(e.rawId) };
  const code = e.code ?? '';
  switch (e.type) {
    case 'submitted': case 'replacement': case 'void':
      return { ...base, title: `Submitted (${FREQUENCY[code] ?? e.type})`, tone: 'neutral', codes: [] };
    case 'ack_999': {
      const text = describe999Error('status', code) ?? code;
      const tone = code === 'R' ? 'bad' : code === 'E' ? 'warn' : 'info';
      return { ...base, title: code === 'R' ? 'Rejected by the clearinghouse (999)' : 'Acknowledged by the clearinghouse (999)', tone, codes: [{ system: 'ACK', code, text }] };
    }
    case 'ack_277ca': case 'status_277': {
      const [category = '', status = ''] = code.split(':');
      const rejected = ['A3', 'A6', 'A7', 'A8'].includes(category);
      const codes = [
        { system: 'STATUS_CATEGORY' as const, code: category, text: describeCategory(category) ?? 'Unknown category' },
        ...(status ? [{ system: 'CLAIM_STATUS' as const, code: status, text: describeStatus(status) ?? 'Unknown status' }] : []),
      ];
      const title = e.type === 'ack_277ca' ? (rejected ? 'Rejected by the payer (277CA)' : 'Acknowledged by the payer (277CA)') : 'Claim status (277)';
      return { ...base, title, tone: rejected ? 'bad' : category.startsWith('P') ? 'info' : 'info', codes };
    }
    case 'payment': {
      const denied = code === '4';
      return { ...base, title: denied ? 'Denied (835)' : 'Paid (835)', tone: denied ? 'bad' : 'ok', codes: [{ system: 'OTHER', code: `CLP02 ${code}`, text: describeClp02(code) ?? 'Unknown claim status' }] };
    }
    case 'reversal':
      return { ...base, title: 'Payment reversed (835)', tone: 'warn', codes: [{ system: 'OTHER', code: `CLP02 ${code}`, text: describeClp02(code) ?? 'Reversal of previous payment' }] };
    case 'duplicate_era':
      return { ...base, title: 'Duplicate ERA received (not counted)', tone: 'warn', codes: [] };
    default:
      return { ...base, title: e.type, tone: 'neutral', codes: [] };
  }
}

const explain = (a: AdjustmentTotal): ExplainedAdjustment =>
  ({ group: a.group, reason: a.reason, amountCents: a.amountCents, text: describeCarc(a.reason) ?? 'Reason not in the code list' });

/** Before any 835, nothing is expected to balance yet: the difference is only meaningful once adjudicated. */
function block(w: Waterfall, adjustments: readonly AdjustmentTotal[], adjudicated: boolean): WaterfallBlock {
  return {
    chargeCents: w.chargeCents, contractualCents: w.contractualCents, allowedCents: w.allowedCents, deductibleCents: w.deductibleCents,
    coinsuranceCents: w.coinsuranceCents, copayCents: w.copayCents, otherPatientCents: w.otherPatientCents, paidCents: w.paidCents,
    otherAdjustmentCents: w.otherAdjustmentCents, adjustments: adjustments.map(explain), remarks: [], differenceCents: adjudicated ? w.imbalanceCents : 0,
  };
}

function relation(text: string): RelatedClaim['relation'] {
  const known = ['original', 'replacement', 'void', 'reversal', 'correction'] as const;
  return known.find((k) => text.includes(k)) ?? 'same_patient_control_number';
}

export function claimDetailView(d: StoreDetail, today: string): ClaimDetail {
  const claim = toClaimRow(d.claim, today);
  const kindOfRaw = new Map(d.events.map((e) => [e.rawId, e.source]));
  const adjudicated = d.events.some((e) => e.source === '835');
  return {
    claim,
    statusMeaning: STATUS_MEANINGS[claim.status],
    patient: { name: claim.patientName, memberId: claim.memberId, birthDate: null },
    subscriber: null,
    payer: claim.payerName || claim.payerId ? { name: claim.payerName ?? claim.payerId!, id: claim.payerId } : null,
    billingProvider: claim.billingNpi ? { name: claim.billingName ?? claim.billingNpi, id: claim.billingNpi } : null,
    renderingProvider: claim.renderingNpi ? { name: claim.renderingNpi, id: claim.renderingNpi } : null,
    timeline: d.events.map(eventView),
    waterfall: {
      claim: block(d.waterfall, d.adjustments, adjudicated),
      lines: d.lines.map((l, i) => ({ ...block(l, l.otherAdjustments, adjudicated), lineNumber: l.lineNumber ?? i + 1, procedure: l.procedure, serviceDate: l.serviceFrom })),
      adjudicated,
    },
    related: d.related.map((r) => ({
      id: String(r.id), relation: relation(r.relation), patientControlNumber: r.pcn, status: claim.status === r.status ? claim.status : (r.status as RelatedClaim['status']),
      chargeCents: r.chargeCents, payerName: r.payerName,
    })),
    transactions: d.rawTransactions.map((t) => {
      const source = kindOfRaw.get(t.id);
      return {
        id: String(t.id), kind: source && KINDS.has(source) ? (source as TransactionKind) : transactionKind(t.transactionSetId, null),
        receivedAt: t.processedAt, source: describeSource(t.sourceKind, t.sourceRef), controlNumber: t.controlNumber,
      };
    }),
    workflow: { note: d.claim.note ?? '', followUpDate: d.claim.followUpOn, worked: d.claim.worked, updatedAt: null },
  };
}
