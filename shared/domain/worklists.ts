// Worklists: what needs a person today, grouped so one fix clears many.
import { z } from 'zod';
import { ClaimFilters, ClaimId } from './claims.js';

export const WorklistKind = z.enum([
  'rejections', 'denials', 'stale_no_ack', 'stale_unpaid', 'unbalanced_eras', 'duplicate_eras', 'orphans', 'exceptions',
]);
export type WorklistKind = z.infer<typeof WorklistKind>;

export const WorklistSummary = z.object({
  kind: WorklistKind,
  count: z.number().int().nonnegative(),
  amountCents: z.number().int().nullable(), // dollars at risk, where that means something
});
export type WorklistSummary = z.infer<typeof WorklistSummary>;

export const WorklistItem = z.object({
  id: z.string(), // stable within its list
  claimId: ClaimId.nullable(), // null for exceptions with no claim yet
  exceptionId: z.string().nullable(), // set for sync / import exceptions: Reprocess acts on it
  title: z.string(), // patient and patient control number, or a file name
  detail: z.string().nullable(),
  payerName: z.string().nullable(),
  amountCents: z.number().int().nullable(),
  date: z.string().nullable(),
  ageDays: z.number().int().nullable(),
});
export type WorklistItem = z.infer<typeof WorklistItem>;

export const WorklistGroup = z.object({
  key: z.string(),
  title: z.string(), // the reason in words
  code: z.string().nullable(),
  count: z.number().int().nonnegative(),
  amountCents: z.number().int().nullable(),
  items: z.array(WorklistItem),
  /** The claims behind this group, for "open in Claims". */
  drill: ClaimFilters.nullable(),
});
export type WorklistGroup = z.infer<typeof WorklistGroup>;

export const Worklist = z.object({
  kind: WorklistKind,
  groups: z.array(WorklistGroup),
  total: z.number().int().nonnegative(),
  truncated: z.boolean(), // each group lists its first items; counts are complete
});
export type Worklist = z.infer<typeof Worklist>;

export const WorklistQuery = z.object({ kind: WorklistKind, includeWorked: z.boolean().optional() });
export type WorklistQuery = z.infer<typeof WorklistQuery>;
