// Worklists, reports, sync history, settings, key handling and imports. Spread into `contract`.
import { z } from 'zod';
import { ImportFilesInput, ImportSummary, SyncRun } from '../domain/imports.js';
import { Report, ReportQuery } from '../domain/reports.js';
import { Preferences, StediKeyInfo } from '../domain/settings.js';
import { Worklist, WorklistQuery, WorklistSummary } from '../domain/worklists.js';

export const workspaceContract = {
  /** Count and dollars at risk of every worklist (the Worklists side list and badges). */
  worklistSummaries: { input: z.void(), output: z.array(WorklistSummary) },
  /** One worklist, grouped by reason. */
  getWorklist: { input: WorklistQuery, output: Worklist },
  /** Runs a failed transaction through ingestion again from its stored raw X12. */
  reprocessException: { input: z.object({ id: z.string().min(1).max(64) }), output: z.object({ resolved: z.boolean(), message: z.string() }) },
  /** One report over a date range; every row carries the claim filters behind it. */
  runReport: { input: ReportQuery, output: Report },
  /** Cancels the sync run in flight (no-op when it already ended). */
  cancelSync: { input: z.object({ runId: z.string().min(1).max(64) }), output: z.object({ cancelled: z.boolean() }) },
  /** Recent sync runs with their counts, newest first. */
  listSyncRuns: { input: z.object({ limit: z.number().int().min(1).max(200) }), output: z.array(SyncRun) },
  /** Schedule, backfill start and stale-claim thresholds. */
  getPreferences: { input: z.void(), output: Preferences },
  savePreferences: { input: Preferences, output: Preferences },
  /** Whether a Stedi key is set: never the key itself. */
  getStediKey: { input: z.void(), output: StediKeyInfo },
  /** Stores (or replaces) the Stedi key. Write-only: the reply carries the last four characters only. */
  setStediKey: { input: z.object({ key: z.string().trim().min(8).max(200) }), output: StediKeyInfo },
  /** Checks the stored key against Stedi: `auth_required` when rejected, `offline` without network. */
  testStediKey: { input: z.void(), output: z.object({ ok: z.boolean(), message: z.string() }) },
  removeStediKey: { input: z.void(), output: StediKeyInfo },
  /** Loads the bundled demo dataset (a few thousand claims) so the app can be explored without Stedi. */
  loadDemoDataset: { input: z.void(), output: ImportSummary },
  /** Removes everything the demo dataset added, and nothing else. */
  removeDemoDataset: { input: z.void(), output: z.object({ removedClaims: z.number().int() }) },
  /** Imports X12 file contents (preview host file picker / drag-and-drop); batched by the renderer under the size limit. */
  importFiles: { input: ImportFilesInput, output: ImportSummary },
  /** Imports X12 files or folders by path (desktop app). */
  importPaths: { input: z.object({ paths: z.array(z.string().min(1).max(4096)).min(1).max(500) }), output: ImportSummary },
} satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;
