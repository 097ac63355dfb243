// One claim's whole story: header, timeline, dollar waterfall, related claims, raw transactions, local workflow.
import { z } from 'zod';
import { ClaimId, ClaimRow, ClaimStatus, IsoDate } from './claims.js';

/** A code with its meaning in words, e.g. { system: 'CARC', code: '45', text: 'Charge exceeds fee schedule…' }. */
export const ExplainedCode = z.object({
  system: z.enum(['CARC', 'RARC', 'CLAIM_STATUS', 'STATUS_CATEGORY', 'ACK', 'ADJUSTMENT_GROUP', 'OTHER']),
  code: z.string(),
  text: z.string(),
});
export type ExplainedCode = z.infer<typeof ExplainedCode>;

export const TransactionKind = z.enum(['837', '999', '277CA', '277', '835']);
export type TransactionKind = z.infer<typeof TransactionKind>;

export const TimelineEvent = z.object({
  id: z.string(),
  kind: TransactionKind,
  at: z.string(), // ISO date or date-time
  title: z.string(), // "Submitted (837P, original)", "Paid $120.00"
  detail: z.string().nullable(),
  tone: z.enum(['ok', 'bad', 'warn', 'info', 'neutral']),
  codes: z.array(ExplainedCode),
  amountCents: z.number().int().nullable(),
  transactionId: z.string().nullable(), // opens the raw X12
});
export type TimelineEvent = z.infer<typeof TimelineEvent>;

export const ExplainedAdjustment = z.object({
  group: z.string(), // CO, PR, OA, PI, CR
  reason: z.string(), // CARC
  text: z.string(),
  amountCents: z.number().int(),
});
export type ExplainedAdjustment = z.infer<typeof ExplainedAdjustment>;

/** charge → contractual → allowed → patient share → paid → other adjustments. Balanced when the parts add up. */
export const WaterfallBlock = z.object({
  chargeCents: z.number().int(),
  contractualCents: z.number().int(),
  allowedCents: z.number().int(),
  deductibleCents: z.number().int(),
  coinsuranceCents: z.number().int(),
  copayCents: z.number().int(),
  otherPatientCents: z.number().int(),
  paidCents: z.number().int(),
  otherAdjustmentCents: z.number().int(),
  adjustments: z.array(ExplainedAdjustment),
  remarks: z.array(ExplainedCode),
  /** charge − every adjustment − paid; zero when the block balances. */
  differenceCents: z.number().int(),
});
export type WaterfallBlock = z.infer<typeof WaterfallBlock>;

export const WaterfallLine = WaterfallBlock.extend({
  lineNumber: z.number().int(),
  procedure: z.string().nullable(), // "HC:99213:25"
  serviceDate: IsoDate.nullable(),
});
export type WaterfallLine = z.infer<typeof WaterfallLine>;

export const Waterfall = z.object({ claim: WaterfallBlock, lines: z.array(WaterfallLine), adjudicated: z.boolean() });
export type Waterfall = z.infer<typeof Waterfall>;

export const RelatedClaim = z.object({
  id: ClaimId,
  relation: z.enum(['original', 'replacement', 'void', 'reversal', 'correction', 'same_patient_control_number']),
  patientControlNumber: z.string(),
  status: ClaimStatus,
  chargeCents: z.number().int(),
  payerName: z.string().nullable(),
});
export type RelatedClaim = z.infer<typeof RelatedClaim>;

export const TransactionRef = z.object({
  id: z.string(),
  kind: TransactionKind,
  receivedAt: z.string(),
  source: z.string(), // "file: era-1104.835" or "stedi: <transaction id>"
  controlNumber: z.string().nullable(),
});
export type TransactionRef = z.infer<typeof TransactionRef>;

export const Workflow = z.object({
  note: z.string(),
  followUpDate: IsoDate.nullable(),
  worked: z.boolean(),
  updatedAt: z.string().nullable(),
});
export type Workflow = z.infer<typeof Workflow>;

export const Party = z.object({ name: z.string(), id: z.string().nullable() });

export const ClaimDetail = z.object({
  claim: ClaimRow,
  statusMeaning: z.string(), // the status in plain language
  patient: z.object({ name: z.string(), memberId: z.string().nullable(), birthDate: IsoDate.nullable() }),
  subscriber: Party.nullable(),
  payer: Party.nullable(),
  billingProvider: Party.nullable(),
  renderingProvider: Party.nullable(),
  timeline: z.array(TimelineEvent),
  waterfall: Waterfall,
  related: z.array(RelatedClaim),
  transactions: z.array(TransactionRef),
  workflow: Workflow,
});
export type ClaimDetail = z.infer<typeof ClaimDetail>;

export const WorkflowPatch = z.object({
  claimId: ClaimId,
  note: z.string().max(4000).optional(),
  followUpDate: IsoDate.nullable().optional(),
  worked: z.boolean().optional(),
});
export type WorkflowPatch = z.infer<typeof WorkflowPatch>;

export const X12Element = z.object({
  position: z.string(), // "CLP04", "SVC01-2"
  name: z.string().nullable(),
  value: z.string(),
  meaning: z.string().nullable(), // code-list text when the value is a code
});
export const X12Segment = z.object({
  index: z.number().int(),
  id: z.string(),
  name: z.string().nullable(),
  text: z.string(), // the segment as sent
  elements: z.array(X12Element),
});
export type X12Segment = z.infer<typeof X12Segment>;

export const RawTransaction = z.object({
  ref: TransactionRef,
  /** What the engine noticed about the set itself (an SE01 count or control number that disagrees), where. */
  warnings: z.array(z.object({ code: z.string(), message: z.string(), where: z.string().nullable() })),
  segments: z.array(X12Segment),
  truncated: z.boolean(), // very large transactions show their first segments only
});
export type RawTransaction = z.infer<typeof RawTransaction>;
