// Importing X12: file contents from a browser picker (preview host) or paths (desktop), and what came of it.
import { z } from 'zod';

/** Per request, so one call stays under the preview host's body limit; the renderer batches larger sets. */
export const MAX_IMPORT_BATCH_CHARS = 4_000_000;

export const ImportFile = z.object({
  name: z.string().min(1).max(255),
  text: z.string().max(MAX_IMPORT_BATCH_CHARS),
});
export type ImportFile = z.infer<typeof ImportFile>;

export const ImportFilesInput = z.object({ files: z.array(ImportFile).min(1).max(200) })
  .refine((v) => v.files.reduce((n, f) => n + f.text.length, 0) <= MAX_IMPORT_BATCH_CHARS, 'files: too large for one call');

export const ImportSummary = z.object({
  files: z.number().int().nonnegative(),
  transactions: z.number().int().nonnegative(),
  claimsCreated: z.number().int().nonnegative(),
  claimsUpdated: z.number().int().nonnegative(),
  duplicatesSkipped: z.number().int().nonnegative(),
  exceptions: z.number().int().nonnegative(),
  /** Transaction sets stored although the engine warned about their envelope (see each one's raw X12). */
  warnings: z.number().int().nonnegative(),
});
export type ImportSummary = z.infer<typeof ImportSummary>;

export const SyncRun = z.object({
  id: z.string(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  outcome: z.enum(['running', 'ok', 'ok_with_exceptions', 'failed', 'cancelled', 'key_rejected', 'offline', 'busy']),
  trigger: z.string(), // schedule | manual | cli
  seen: z.number().int().nonnegative(),
  ingested: z.number().int().nonnegative(),
  skipped: z.number().int().nonnegative(),
  failed: z.number().int().nonnegative(),
  error: z.string().nullable(),
});
export type SyncRun = z.infer<typeof SyncRun>;
