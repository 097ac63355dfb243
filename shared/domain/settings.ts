// User preferences kept in app_settings (never secrets), saved views, and what the renderer may know about the key.
import { z } from 'zod';
import { ClaimFilters, ClaimSort, IsoDate } from './claims.js';

export const ClaimColumn = z.enum([
  'status', 'patient', 'pcn', 'payer', 'billing', 'rendering', 'serviceDate', 'submittedAt', 'paidAt', 'charge', 'allowed',
  'paid', 'patientResp', 'payerClaimNumber', 'memberId', 'lastEventAt', 'followUp',
]);
export type ClaimColumn = z.infer<typeof ClaimColumn>;

export const SavedView = z.object({
  name: z.string().trim().min(1).max(60),
  filters: ClaimFilters,
  sort: ClaimSort,
  columns: z.array(ClaimColumn).min(1).max(17),
});
export type SavedView = z.infer<typeof SavedView>;

export const Preferences = z.object({
  syncIntervalMinutes: z.number().int().min(5).max(1440),
  backfillStart: IsoDate.nullable(),
  staleNoAckDays: z.number().int().min(1).max(365),
  staleUnpaidDays: z.number().int().min(1).max(365),
  /** Per-payer override of the "accepted but unpaid" threshold. */
  payerUnpaidDays: z.record(z.string().max(80), z.number().int().min(1).max(365)),
});
export type Preferences = z.infer<typeof Preferences>;

export const DEFAULT_PREFERENCES: Preferences = {
  syncIntervalMinutes: 15, backfillStart: null, staleNoAckDays: 3, staleUnpaidDays: 30, payerUnpaidDays: {},
};

/** All the renderer ever learns about the Stedi key. */
export const StediKeyInfo = z.object({
  configured: z.boolean(),
  last4: z.string().nullable(),
  mode: z.enum(['test', 'production']).nullable(),
  source: z.enum(['stored', 'environment', 'none']),
});
export type StediKeyInfo = z.infer<typeof StediKeyInfo>;
