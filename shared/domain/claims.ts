// Claims as the list screen sees them: the row, the filters, the sort, one keyset page and the totals.
import { z } from 'zod';

export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');
/** Integer cents; inputs are capped so junk never reaches SQL as a huge number. */
export const CentsInput = z.number().int().min(0).max(100_000_000_000);

/** The lifecycle status derived by the store: one per claim. */
export const ClaimStatus = z.enum(['submitted', 'accepted', 'rejected', 'pending', 'paid', 'denied', 'reversed']);
export type ClaimStatus = z.infer<typeof ClaimStatus>;

/** Each status in plain language: the claim header, tooltips and exports say it the same way. */
export const STATUS_MEANINGS: Record<ClaimStatus, string> = {
  submitted: 'Sent to the payer; no acknowledgment has come back yet.',
  accepted: 'The clearinghouse or payer accepted the claim for processing; no decision yet.',
  rejected: 'Rejected before adjudication: it must be corrected and sent again.',
  pending: 'The payer is reviewing the claim.',
  paid: 'The payer adjudicated the claim and paid all or part of it.',
  denied: 'The payer adjudicated the claim and paid nothing.',
  reversed: 'A payment was taken back and no corrected payment has arrived yet.',
};

/** Derived flags and local workflow marks a list can be filtered by. */
export const ClaimFlag = z.enum([
  'partially_paid', 'unbalanced', 'duplicate_era', 'no_response', 'no_submission', 'reversal', 'replaced', 'voided',
  'worked', 'follow_up_due', 'has_note',
]);
export type ClaimFlag = z.infer<typeof ClaimFlag>;

export const ClaimId = z.string().min(1).max(64);
export const DateRange = z.object({ from: IsoDate.optional(), to: IsoDate.optional() });
export type DateRange = z.infer<typeof DateRange>;

export const ClaimFilters = z.object({
  statuses: z.array(ClaimStatus).max(7).optional(),
  payerId: z.string().min(1).max(80).optional(),
  billingNpi: z.string().regex(/^\d{10}$/).optional(),
  renderingNpi: z.string().regex(/^\d{10}$/).optional(),
  serviceDate: DateRange.optional(),
  submittedDate: DateRange.optional(),
  paidDate: DateRange.optional(),
  chargeMinCents: CentsInput.optional(),
  chargeMaxCents: CentsInput.optional(),
  flags: z.array(ClaimFlag).max(11).optional(),
  /** A CARC (claim adjustment reason code) that must appear on the claim: report drill-down. */
  carc: z.string().regex(/^[A-Z0-9]{1,5}$/).optional(),
  /** Denied, or adjudicated at zero with nothing owed by the patient: the reports' definition of a denial. */
  denied: z.boolean().optional(),
  /** Full-text: patient name, patient control number, payer claim number, member id, check / EFT number. */
  search: z.string().max(200).optional(),
});
export type ClaimFilters = z.infer<typeof ClaimFilters>;

export const ClaimSortKey = z.enum(['serviceDate', 'submittedAt', 'paidAt', 'lastEventAt', 'charge', 'paid', 'patient', 'payer', 'status']);
export type ClaimSortKey = z.infer<typeof ClaimSortKey>;
export const ClaimSort = z.object({ key: ClaimSortKey, dir: z.enum(['asc', 'desc']) });
export type ClaimSort = z.infer<typeof ClaimSort>;

export const ClaimQuery = z.object({
  filters: ClaimFilters,
  sort: ClaimSort,
  /** Opaque keyset cursor from the previous page; absent for the first page. */
  after: z.string().min(1).max(600).optional(),
  limit: z.number().int().min(1).max(500),
});
export type ClaimQuery = z.infer<typeof ClaimQuery>;

export const ClaimRow = z.object({
  id: ClaimId,
  patientControlNumber: z.string(),
  payerClaimControlNumber: z.string().nullable(),
  patientName: z.string(),
  memberId: z.string().nullable(),
  payerId: z.string().nullable(),
  payerName: z.string().nullable(),
  billingNpi: z.string().nullable(),
  billingName: z.string().nullable(),
  renderingNpi: z.string().nullable(),
  renderingName: z.string().nullable(),
  claimType: z.enum(['professional', 'institutional', 'dental']).nullable(),
  frequencyCode: z.string().nullable(),
  status: ClaimStatus,
  flags: z.array(ClaimFlag),
  serviceDateFrom: IsoDate.nullable(),
  serviceDateTo: IsoDate.nullable(),
  submittedAt: z.string().nullable(),
  paidAt: z.string().nullable(),
  lastEventAt: z.string().nullable(),
  chargeCents: z.number().int(),
  allowedCents: z.number().int().nullable(),
  paidCents: z.number().int(),
  patientResponsibilityCents: z.number().int(),
  followUpDate: IsoDate.nullable(),
});
export type ClaimRow = z.infer<typeof ClaimRow>;

export const ClaimPage = z.object({ rows: z.array(ClaimRow), nextCursor: z.string().nullable() });
export type ClaimPage = z.infer<typeof ClaimPage>;

/** Live count and sums for the whole filtered set, not the visible page. */
export const ClaimTotals = z.object({
  count: z.number().int().nonnegative(),
  chargeCents: z.number().int(),
  paidCents: z.number().int(),
  patientResponsibilityCents: z.number().int(),
});
export type ClaimTotals = z.infer<typeof ClaimTotals>;

export const NamedEntity = z.object({ id: z.string(), name: z.string(), claimCount: z.number().int().nonnegative() });
export type NamedEntity = z.infer<typeof NamedEntity>;
