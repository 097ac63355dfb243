// Export, print and audit-log calls. Jobs run in the background; the shell (if any) supplies dialogs and events.
// Documents reuse the very calls the screens make (getClaim, runReport, claimTotals), so paper matches screen.
import { randomUUID } from 'node:crypto';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import type { z } from 'zod';
import { listAudit, verifyAudit } from '../../../db/queries/audit.js';
import { loadRemittanceAdvice, remittancesForClaim } from '../../../db/queries/remittance-advice.js';
import type { ExportJob, ExportRequest } from '../../../shared/domain/exports.js';
import type { Api } from '../../../shared/ipc/contract.js';
import { AppError } from '../../../shared/ipc/errors.js';
import type { exportContract } from '../../../shared/ipc/export-contract.js';
import { exportAuditLog, exportClaims, exportReport, exportReportPack, printClaimHistory, printRemittanceAdvice, printReport } from '../../export/export-service.js';
import { createExportJobs, type JobEvents, type RunJob } from '../../export/export-jobs.js';
import { freeFileName, withExtension, type ExportShell } from '../../export/export-path.js';
import { claimsFileName, exportFileName } from '../../export/file-names.js';
import { lastExportFolder, rememberExportFolder } from '../../export/last-folder.js';
import { buildReportPack, monthRange } from '../../export/report-pack.js';
import { REPORT_TITLES } from '../../export/report-columns.js';
import type { ExportContext } from '../../export/run-export.js';
import { claimIdNumber } from './claim-adapters.js';
import type { HandlerDeps } from './deps.js';
import { listExportQuery } from '../../export/list-export-query.js';

// Typed from exportContract itself, so this file compiles before and after the contract spreads it in.
type C = typeof exportContract;
type ExportApi = { [K in keyof C]: (input: z.infer<C[K]['input']>) => Promise<z.infer<C[K]['output']>> };

/** The screen calls documents are built from; createHandlers passes its own handlers in. */
export type ExportLookups = Pick<Api, 'getClaim' | 'runReport' | 'claimTotals'>;

export interface ExportDeps {
  /** Native dialogs; only the Electron shell has them. `events` overrides the window events (tests). */
  exportShell?: ExportShell & { events?: JobEvents };
}

export function exportHandlers(deps: HandlerDeps & ExportDeps, lookups: ExportLookups): ExportApi {
  const emit = deps.emit;
  const windowEvents: JobEvents | undefined = emit && {
    progress: (p) => emit('exportProgress', p),
    finished: (job) => emit('exportFinished', job),
  };
  const jobs = createExportJobs({ now: deps.now, newId: randomUUID, log: deps.log, events: deps.exportShell?.events ?? windowEvents });
  const ctx = (): ExportContext => ({ db: deps.db, now: deps.now, actor: osUser() });

  async function choosePath(request: ExportRequest): Promise<string | null> {
    const format = formatOf(request);
    const name = await defaultName(request, format, ctx(), lookups);
    const folder = lastExportFolder(deps.db, join(deps.dataDir, 'exports'));
    if (!deps.exportShell) return freeFileName(folder, name);
    const picked = await deps.exportShell.pickExportPath({ defaultPath: join(folder, name), format, title: `Export ${request.what}` });
    return picked && withExtension(picked, format);
  }

  /** Loads what the export needs up front (a missing claim fails now, not after the dialog); returns the job to run. */
  async function prepare(request: ExportRequest): Promise<(out: string) => RunJob> {
    const c = ctx();
    switch (request.what) {
      case 'claims': {
        const listed = listExportQuery(deps.db, request.filters, request.sort, c.now());
        const query = request.claimIds ? { ...listed, filter: { ...listed.filter, claimIds: request.claimIds.map(claimIdNumber) } } : listed;
        return (out) => (signal, onProgress) => exportClaims(c, query, { out, format: request.format, excelFriendly: request.excelFriendly, signal, onProgress });
      }
      case 'report': {
        const report = await lookups.runReport(request.report);
        return (out) => (signal, onProgress) => (request.format === 'pdf'
          ? printReport(c, report, { out, signal })
          : exportReport(c, report, { out, format: request.format as 'csv' | 'xlsx', excelFriendly: request.excelFriendly, signal, onProgress }));
      }
      case 'reportPack': {
        const pack = await buildReportPack(request.month, lookups);
        return (out) => (signal) => exportReportPack(c, pack, { out, format: request.format, signal });
      }
      case 'auditLog':
        return (out) => (signal, onProgress) => exportAuditLog(c, { out, format: request.format, excelFriendly: request.excelFriendly, signal, onProgress });
      case 'claimHistory': {
        const detail = await lookups.getClaim({ id: request.claimId });
        return (out) => (signal) => printClaimHistory(c, detail, { out, signal });
      }
      case 'remittanceAdvice': {
        const which = { remittanceId: request.remittanceId, claimId: request.claimId === undefined ? null : Number(request.claimId) };
        if (!loadRemittanceAdvice(deps.db, which.remittanceId, Number.isSafeInteger(which.claimId) ? which.claimId : null)) {
          throw new AppError('not_found', request.claimId ? 'That claim is not in this remittance.' : 'There is no such remittance.');
        }
        return (out) => (signal) => printRemittanceAdvice(c, which, { out, signal });
      }
    }
  }

  return {
    startExport: async (request) => {
      const run = await prepare(request);
      const out = await choosePath(request);
      if (!out) return { jobId: null, file: null };
      rememberExportFolder(deps.db, out, deps.now());
      const job = jobs.start(request.what, formatOf(request), out, run(out));
      return { jobId: job.jobId, file: out };
    },
    getExportJob: async ({ jobId }) => found(jobs.get(jobId)),
    cancelExport: async ({ jobId }) => ({ cancelled: jobs.cancel(jobId) }),
    showExportInFolder: async ({ jobId }) => {
      const job = found(jobs.get(jobId));
      if (!deps.exportShell) throw new AppError('unavailable', 'Show in folder works in the desktop app only.');
      if (job.state !== 'completed') throw new AppError('conflict', 'The export has not finished.');
      deps.exportShell.showInFolder(job.file);
      return { shown: true };
    },
    listClaimRemittances: async ({ claimId }) => {
      const id = Number(claimId);
      return Number.isSafeInteger(id) ? remittancesForClaim(deps.db, id) : [];
    },
    listAuditLog: async (q) => listAudit(deps.db, q).map(({ prevHash: _prev, ...entry }) => entry),
    verifyAuditLog: async () => verifyAudit(deps.db),
  };
}

function found(job: ExportJob | null): ExportJob {
  if (!job) throw new AppError('not_found', 'That export is no longer known (ClaimTrail keeps the last 20).');
  return job;
}

function formatOf(request: ExportRequest): 'csv' | 'xlsx' | 'pdf' {
  return 'format' in request ? request.format : 'pdf';
}

async function defaultName(request: ExportRequest, format: 'csv' | 'xlsx' | 'pdf', c: ExportContext, lookups: ExportLookups): Promise<string> {
  const today = c.now().toISOString().slice(0, 10);
  switch (request.what) {
    case 'claims': return claimsFileName(request.filters, request.format, today, request.claimIds?.length);
    case 'report': return exportFileName({ subject: 'report', qualifiers: [REPORT_TITLES[request.report.kind]], range: request.report, ext: format, today });
    case 'reportPack': return exportFileName({ subject: 'monthly-report', range: monthRange(request.month), ext: format, today });
    case 'auditLog': return exportFileName({ subject: 'audit-log', ext: format, today });
    case 'claimHistory': {
      const detail = await lookups.getClaim({ id: request.claimId });
      return exportFileName({ subject: 'claim', qualifiers: [detail.claim.patientControlNumber, 'history'], ext: 'pdf', today });
    }
    case 'remittanceAdvice': return exportFileName({ subject: 'remittance', qualifiers: [String(request.remittanceId), ...(request.claimId ? [`claim-${request.claimId}`] : [])], ext: 'pdf', today });
  }
}

/** The OS account name for the audit log; absent on odd systems rather than failing an export. */
function osUser(): string | null {
  try { return userInfo().username; } catch { return null; }
}
