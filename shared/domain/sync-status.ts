import { z } from 'zod';

/** What the status bar and the Sync page show. A discriminated union, not a pile of booleans. */
export const SyncState = z.discriminatedUnion('state', [
  z.object({ state: z.literal('not_configured') }),
  z.object({ state: z.literal('idle') }),
  z.object({ state: z.literal('running'), runId: z.string() }),
  z.object({ state: z.literal('offline'), retryAt: z.string().nullable() }),
  z.object({ state: z.literal('key_rejected') }),
  z.object({ state: z.literal('error'), message: z.string() }),
]);
export type SyncState = z.infer<typeof SyncState>;

export const SyncStatus = z.object({
  status: SyncState,
  lastSuccessAt: z.string().nullable(), // ISO date-time: "data as of"
  lastImportAt: z.string().nullable(),
});
export type SyncStatus = z.infer<typeof SyncStatus>;

export const SyncProgress = z.object({
  runId: z.string(),
  phase: z.string(),
  pages: z.number().int(),
  seen: z.number().int(),
  ingested: z.number().int(),
  skipped: z.number().int(),
  failed: z.number().int(),
  processedAt: z.string().nullable(),
});
export type SyncProgress = z.infer<typeof SyncProgress>;

export const SyncFinished = z.object({
  runId: z.string(),
  outcome: z.enum(['ok', 'failed', 'cancelled']),
  error: z.string().nullable(),
});
export type SyncFinished = z.infer<typeof SyncFinished>;
