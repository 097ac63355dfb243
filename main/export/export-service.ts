// The export and print entry points the IPC handlers, the preview host and the CLI call. Each one streams its rows,
// writes atomically and leaves an audit entry. Plain Node: no Electron, no dialogs (the shell picks the path).
import type { Writable } from 'node:stream';
import { iterateAudit } from '../../db/queries/audit.js';
import { countClaimsForExport, iterateClaimsForExport, type ClaimExportQuery } from '../../db/queries/export-rows.js';
import { loadRemittanceAdvice } from '../../db/queries/remittance-advice.js';
import type { ClaimDetail } from '../../shared/domain/claim-detail.js';
import type { Report } from '../../shared/domain/reports.js';
import { AppError } from '../../shared/ipc/errors.js';
import type { Section } from './columns.js';
import { CLAIM_COLUMNS } from './claim-columns.js';
import { writeCsv } from './csv-writer.js';
import type { Explain } from './pdf/code-words.js';
import type { ReportPack } from './pdf/report-pack-pdf.js';
import { AUDIT_COLUMNS, reportPackSections, reportSection } from './report-columns.js';
import { runExport, type ExportContext, type ExportResult, type RunOptions } from './run-export.js';
import { openSnapshotReader } from './snapshot-reader.js';

// The PDF and XLSX libraries (and the code lists the PDFs explain codes with) load on first use: a CSV export,
// and the CLI, should not pay their start-up time and memory.
const pdf = {
  claimHistory: async () => (await import('./pdf/claim-history-pdf.js')).renderClaimHistoryPdf,
  remittance: async () => (await import('./pdf/remittance-advice-pdf.js')).renderRemittanceAdvicePdf,
  reportPack: async () => (await import('./pdf/report-pack-pdf.js')).renderReportPackPdf,
  report: async () => (await import('./pdf/report-pack-pdf.js')).renderReportPdf,
};
const writeXlsx: typeof import('./xlsx-writer.js').writeXlsx = async (...args) => (await import('./xlsx-writer.js')).writeXlsx(...args);

export type TabularFormat = 'csv' | 'xlsx';

export interface TabularOptions extends RunOptions {
  format: TabularFormat;
  /** CSV only: add a byte order mark so Excel reads UTF-8 correctly. */
  excelFriendly?: boolean;
}

/** The whole filtered claims list (not the visible page), in the list's sort order. */
export async function exportClaims(ctx: ExportContext, query: ClaimExportQuery, options: TabularOptions): Promise<ExportResult> {
  const reader = openSnapshotReader(ctx.db);
  try {
    const total = countClaimsForExport(reader.db, query.filter);
    const section: Section<any> = { name: 'Claims', columns: CLAIM_COLUMNS, rows: iterateClaimsForExport(reader.db, query) };
    return await runExport(ctx, { action: 'export', subject: 'claims', format: options.format, request: { filter: query.filter, sort: query.sort, total } },
      options, (out) => writeTabular([section], out, options, total));
  } finally {
    reader.close();
  }
}

/** One report, as computed by the store for the screen (its rows are small: no streaming needed). */
export async function exportReport(ctx: ExportContext, report: Report, options: TabularOptions): Promise<ExportResult> {
  return runExport(ctx, { action: 'export', subject: `report ${report.kind}`, format: options.format, request: { report: report.kind, from: report.from, to: report.to } },
    options, (out) => writeTabular([reportSection(report)], out, options, report.rows.length));
}

/** The monthly pack as a workbook (one sheet per section) or as the printable PDF. */
export async function exportReportPack(ctx: ExportContext, pack: ReportPack, options: RunOptions & { format: 'xlsx' | 'pdf'; officeName?: string }): Promise<ExportResult> {
  const facts = { action: options.format === 'pdf' ? 'print' as const : 'export' as const, subject: 'monthly report pack', format: options.format, request: { month: pack.title, from: pack.from, to: pack.to } };
  return runExport(ctx, facts, options, (out) => options.format === 'pdf'
    ? pdf.reportPack().then((render) => render(pack, out, { generatedAt: ctx.now(), officeName: options.officeName }))
    : writeXlsx(reportPackSections(pack), out, { signal: options.signal, created: ctx.now() }));
}

/** The audit log itself, oldest first, with its hashes so a copy can be verified elsewhere. */
export async function exportAuditLog(ctx: ExportContext, options: TabularOptions): Promise<ExportResult> {
  const reader = openSnapshotReader(ctx.db);
  try {
    return await runExport(ctx, { action: 'export', subject: 'audit log', format: options.format, request: {} },
      options, (out) => writeTabular([{ name: 'Audit log', columns: AUDIT_COLUMNS, rows: iterateAudit(reader.db) }], out, options, null));
  } finally {
    reader.close();
  }
}

/** PDF (a): one claim's history. The caller loads the detail with the store's claim detail query. */
export async function printClaimHistory(ctx: ExportContext, detail: ClaimDetail, options: RunOptions): Promise<ExportResult> {
  return runExport(ctx, { action: 'print', subject: `claim ${detail.claim.id}`, format: 'pdf', request: { document: 'claim history', claimId: detail.claim.id } },
    options, async (out) => (await pdf.claimHistory())(detail, out, { generatedAt: ctx.now() }));
}

/** PDF (b): the remittance advice for a whole ERA, or for one claim within it. */
export async function printRemittanceAdvice(ctx: ExportContext, which: { remittanceId: number; claimId?: number | null }, options: RunOptions & { explain?: Explain }): Promise<ExportResult> {
  const advice = loadRemittanceAdvice(ctx.db, which.remittanceId, which.claimId ?? null);
  if (!advice) throw new AppError('not_found', which.claimId ? 'That claim is not in this remittance.' : 'There is no such remittance.');
  return runExport(ctx, { action: 'print', subject: `remittance ${which.remittanceId}`, format: 'pdf',
    request: { document: 'remittance advice', remittanceId: which.remittanceId, claimId: which.claimId ?? null, claims: advice.claims.length } },
  options, async (out) => (await pdf.remittance())(advice, out, { generatedAt: ctx.now(), explain: options.explain }));
}

/** One report as a PDF with its definitions: the CLI's `report <kind> --format pdf`. */
export async function printReport(ctx: ExportContext, report: Report, options: RunOptions & { officeName?: string }): Promise<ExportResult> {
  return runExport(ctx, { action: 'print', subject: `report ${report.kind}`, format: 'pdf', request: { report: report.kind, from: report.from, to: report.to } },
    options, async (out) => (await pdf.report())(report, out, { generatedAt: ctx.now(), officeName: options.officeName }));
}

function writeTabular(sections: Section<any>[], out: Writable, options: TabularOptions, total: number | null): Promise<number> {
  const progress = { signal: options.signal, onProgress: options.onProgress, total };
  if (options.format === 'xlsx') return writeXlsx(sections, out, progress);
  return writeCsv(sections[0]!.rows, sections[0]!.columns, out, { ...progress, bom: options.excelFriendly });
}
