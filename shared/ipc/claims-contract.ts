// Claims screens: the list (keyset pages + totals), detail, raw X12, workflow marks, saved views. Spread into `contract`.
import { z } from 'zod';
import { ClaimDetail, RawTransaction, Workflow, WorkflowPatch } from '../domain/claim-detail.js';
import { ClaimFilters, ClaimId, ClaimPage, ClaimQuery, ClaimTotals, NamedEntity } from '../domain/claims.js';
import { SavedView } from '../domain/settings.js';

export const claimsContract = {
  /** One keyset page of claims for the filters and sort; pass `nextCursor` back as `after` for the next page. */
  listClaims: { input: ClaimQuery, output: ClaimPage },
  /** Count and sums (billed, paid, patient responsibility) over the whole filtered set. */
  claimTotals: { input: ClaimFilters, output: ClaimTotals },
  /** Everything about one claim. Fails with `not_found` for an unknown id. */
  getClaim: { input: z.object({ id: ClaimId }), output: ClaimDetail },
  /** One stored transaction, split into named segments and elements with code meanings. */
  getRawTransaction: { input: z.object({ id: z.string().min(1).max(64) }), output: RawTransaction },
  /** Sets a claim's local note, follow-up date and/or worked flag; survives re-sync. */
  updateWorkflow: { input: WorkflowPatch, output: Workflow },
  /** Marks many claims worked (or not worked) at once: bulk action on the claims list. */
  markWorked: { input: z.object({ claimIds: z.array(ClaimId).min(1).max(5000), worked: z.boolean() }), output: z.object({ updated: z.number().int() }) },
  /** Payers seen in the data, for the filter bar. */
  listPayers: { input: z.void(), output: z.array(NamedEntity) },
  /** Billing and rendering providers (id = NPI), for the filter bar. */
  listProviders: { input: z.void(), output: z.object({ billing: z.array(NamedEntity), rendering: z.array(NamedEntity) }) },
  /** The user's named claim views. */
  listSavedViews: { input: z.void(), output: z.array(SavedView) },
  /** Saves (or replaces, by name) a claim view. */
  saveView: { input: SavedView, output: z.array(SavedView) },
  /** Deletes a claim view by name. */
  deleteView: { input: z.object({ name: z.string().min(1).max(60) }), output: z.array(SavedView) },
} satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;
