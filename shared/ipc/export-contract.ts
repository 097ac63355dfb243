// Exports, printable documents and the audit log. Spread into `contract`; events in export-events.ts.
import { z } from 'zod';
import { ClaimId } from '../domain/claims.js';
import { AuditEntry, AuditQuery, AuditVerification, ExportJob, ExportRequest, ExportStarted } from '../domain/exports.js';

const JobRef = z.object({ jobId: z.string().min(1).max(64) });

export const exportContract = {
  /**
   * Asks where to save (desktop: the native dialog, opened in the last folder used, with a default name like
   * claims-denied-2026-11-01_2026-11-30.xlsx), then exports in the background. `jobId` is null when the user
   * closed the dialog. Follow it with the `exportProgress` / `exportFinished` events or `getExportJob`.
   */
  startExport: { input: ExportRequest, output: ExportStarted },
  /** The job's state now (for a window that missed the events). `not_found` once it has been forgotten. */
  getExportJob: { input: JobRef, output: ExportJob },
  /** Cancels a running export: nothing is left on disk. `cancelled` is false when it had already finished. */
  cancelExport: { input: JobRef, output: z.object({ cancelled: z.boolean() }) },
  /** Opens the folder of a finished export with the file selected (desktop only: `unavailable` elsewhere). */
  showExportInFolder: { input: JobRef, output: z.object({ shown: z.boolean() }) },
  /** The remittances (ERAs) that paid or denied a claim, newest first: what "Print remittance advice" offers. */
  listClaimRemittances: {
    input: z.object({ claimId: ClaimId }),
    output: z.array(z.object({ remittanceId: z.number().int(), traceNumber: z.string(), at: z.string() })),
  },
  /** Audit log entries, newest first, one keyset page (Settings → Audit log). */
  listAuditLog: { input: AuditQuery, output: z.array(AuditEntry) },
  /** Re-checks the audit log's hash chain; reports the first entry that was altered or removed. */
  verifyAuditLog: { input: z.void(), output: AuditVerification },
} satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;
