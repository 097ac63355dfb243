// Exports, prints and the audit log as the renderer sees them: what to export, the job's state, audit entries.
import { z } from 'zod';
import { ClaimFilters, ClaimId, ClaimSort } from './claims.js';
import { ReportQuery } from './reports.js';
import { ErrorBody } from '../ipc/errors.js';

export const ExportFormat = z.enum(['csv', 'xlsx', 'pdf']);
export type ExportFormat = z.infer<typeof ExportFormat>;

/** What to export. Claims and the audit log are lists (CSV / XLSX); the rest are documents or report tables. */
export const ExportRequest = z.discriminatedUnion('what', [
  z.object({
    what: z.literal('claims'), filters: ClaimFilters, sort: ClaimSort, format: z.enum(['csv', 'xlsx']),
    /** Only these claims (the rows selected in the list), still in the list's order; absent: every claim the filters match. */
    claimIds: z.array(ClaimId).min(1).max(100_000).optional(),
    /** CSV with a byte order mark, so Excel reads accented names correctly. */
    excelFriendly: z.boolean().optional(),
  }),
  z.object({ what: z.literal('report'), report: ReportQuery, format: ExportFormat, excelFriendly: z.boolean().optional() }),
  z.object({ what: z.literal('reportPack'), month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month as YYYY-MM'), format: z.enum(['xlsx', 'pdf']) }),
  z.object({ what: z.literal('auditLog'), format: z.enum(['csv', 'xlsx']), excelFriendly: z.boolean().optional() }),
  z.object({ what: z.literal('claimHistory'), claimId: ClaimId }),
  z.object({ what: z.literal('remittanceAdvice'), remittanceId: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER), claimId: ClaimId.optional() }),
]);
export type ExportRequest = z.infer<typeof ExportRequest>;

export const ExportJobState = z.enum(['running', 'completed', 'failed', 'cancelled']);

export const ExportJob = z.object({
  jobId: z.string(),
  what: z.enum(['claims', 'report', 'reportPack', 'auditLog', 'claimHistory', 'remittanceAdvice']),
  format: ExportFormat,
  state: ExportJobState,
  /** Rows written so far (pages, for a PDF). */
  rows: z.number().int().nonnegative(),
  /** Rows expected, when known up front. */
  total: z.number().int().nonnegative().nullable(),
  file: z.string(),
  bytes: z.number().int().nonnegative().nullable(),
  error: ErrorBody.nullable(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type ExportJob = z.infer<typeof ExportJob>;

/** The reply to startExport: no job when the user closed the save dialog. */
export const ExportStarted = z.object({ jobId: z.string().nullable(), file: z.string().nullable() });
export type ExportStarted = z.infer<typeof ExportStarted>;

export const ExportProgressEvent = z.object({ jobId: z.string(), rows: z.number().int(), total: z.number().int().nullable() });

export const AuditEntry = z.object({
  seq: z.number().int(),
  at: z.string(),
  action: z.string(),
  subject: z.string(),
  actor: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()),
  hash: z.string(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditQuery = z.object({
  beforeSeq: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER).optional(),
  limit: z.number().int().min(1).max(200),
  action: z.enum(['export', 'print', 'key_change', 'restore', 'reprocess', 'schedule_change']).optional(),
});
export type AuditQuery = z.infer<typeof AuditQuery>;

export const AuditVerification = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), entries: z.number().int(), headHash: z.string() }),
  z.object({ ok: z.literal(false), entries: z.number().int(), badSeq: z.number().int(), problem: z.enum(['gap', 'link', 'content']), message: z.string() }),
]);
export type AuditVerification = z.infer<typeof AuditVerification>;
