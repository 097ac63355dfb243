// One claim in full: header, timeline with codes, waterfall per claim and per line, related claims, raw sets.
import { bySortKey, type AckEvidence, type PaymentEvidence, type SubmissionEvidence } from '../../main/store/evidence.js';
import { deriveClaim } from '../../main/store/derive-claim.js';
import { lineWaterfalls, type LineWaterfall } from '../../main/store/line-waterfall.js';
import type { AdjustmentTotal, Waterfall } from '../../main/store/waterfall.js';
import type { Db } from '../open.js';
import { LIST_COLUMNS, toListRow, type ClaimListRow } from './claims-list.js';
import { acksFor, evidenceOfClaim } from './evidence.js';
import { stmt } from './statements.js';

export interface TimelineEvent {
  seq: number; at: string; type: string; source: string; code: string | null; amountCents: number | null;
  rawId: number; counted: boolean; detail: string | null;
}

export interface ClaimDetail {
  claim: ClaimListRow & { contractualCents: number; otherAdjustmentCents: number; note: string | null; anchor: string };
  events: TimelineEvent[];
  waterfall: Waterfall;
  lines: LineWaterfall[];
  adjustments: AdjustmentTotal[];
  related: Array<{ id: number; pcn: string; status: string; payerName: string | null; patientName: string | null; chargeCents: number; relation: string }>;
  rawTransactions: Array<{ id: number; transactionSetId: string; controlNumber: string | null; sourceKind: string; sourceRef: string; processedAt: string }>;
}

export function getClaimDetail(db: Db, claimId: number): ClaimDetail | null {
  const row = stmt(db, `SELECT ${LIST_COLUMNS}, c.contractual_cents AS contractualCents, c.other_adjustment_cents AS otherAdjustmentCents,
    w.note, c.anchor, c.pcn_key AS pcnKey FROM claims c LEFT JOIN claim_workflow w ON w.claim_id = c.id WHERE c.id = ?`).get(claimId) as Record<string, unknown> | undefined;
  if (!row) return null;
  const { pcnKey, ...rest } = row;
  const evidence = evidenceOfClaim(db, claimId).sort(bySortKey);
  const subs = evidence.filter((e): e is SubmissionEvidence => e.kind === 'submission');
  const acks = new Map<number, AckEvidence>();
  for (const s of subs) for (const a of acksFor(db, s.groupControlNumber, s.transactionControlNumber)) acks.set(a.id, a);
  const derived = evidence.length ? deriveClaim(evidence, [...acks.values()]) : null;
  const latest = [...subs].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : bySortKey(a, b))).at(-1);
  const paidLines = evidence.filter((e): e is PaymentEvidence => e.kind === 'payment' && !e.duplicate).flatMap((p) => p.lines);
  // The timeline re-derived from the evidence carries each event's raw set; the stored one (for exports) does not.
  const events: TimelineEvent[] = derived
    ? derived.events.map((e, seq) => ({ seq, at: e.at, type: e.type, source: e.source, code: e.code, amountCents: e.amountCents, rawId: e.rawId, counted: e.counted, detail: e.detail }))
    : [];
  const related = stmt(db, `SELECT id, pcn, status, payer_name AS payerName, patient_name AS patientName, charge_cents AS chargeCents,
    'same patient control number' AS relation FROM claims WHERE pcn_key = ? AND id <> ? ORDER BY id LIMIT 50`).all(pcnKey, claimId) as ClaimDetail['related'];
  const rawTransactions = stmt(db, `SELECT id, transaction_set_id AS transactionSetId, control_number AS controlNumber, source_kind AS sourceKind,
    source_ref AS sourceRef, processed_at AS processedAt FROM raw_transactions
    WHERE id IN (SELECT value FROM json_each(?)) ORDER BY processed_at, id`).all(JSON.stringify([...new Set(events.map((e) => e.rawId))])) as ClaimDetail['rawTransactions'];
  return {
    claim: { ...toListRow(rest), contractualCents: rest.contractualCents as number, otherAdjustmentCents: rest.otherAdjustmentCents as number, note: (rest.note as string | null) ?? null, anchor: rest.anchor as string },
    events,
    waterfall: derived!.waterfall,
    lines: lineWaterfalls(latest?.detail.lines ?? [], paidLines),
    adjustments: derived?.adjustments ?? [],
    related,
    rawTransactions,
  };
}
