// The frame every export and print runs in: atomic file, byte count, and one audit entry whatever the outcome.
import { mkdir, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Writable } from 'node:stream';
import type { Db } from '../../db/open.js';
import { appendAudit, type AuditAction } from '../../db/queries/audit.js';
import { writeFileAtomically } from './atomic-file.js';
import { isAbortError, type OnProgress } from './progress.js';

export type ExportFormat = 'csv' | 'xlsx' | 'pdf';

export interface ExportContext {
  db: Db;
  now: () => Date;
  /** Who asked (the OS account), for the audit log. */
  actor?: string | null;
}

export interface RunOptions {
  /** Absolute path of the file to create or replace. */
  out: string;
  signal?: AbortSignal;
  onProgress?: OnProgress;
}

export interface ExportResult {
  file: string;
  format: ExportFormat;
  /** Data rows written (pages for a PDF). */
  rows: number;
  bytes: number;
  auditSeq: number;
}

export interface AuditFacts {
  action: Extract<AuditAction, 'export' | 'print'>;
  subject: string;
  format: ExportFormat;
  /** What was asked for: filters, sort, report and range, claim id… Plain JSON. */
  request: Record<string, unknown>;
}

/** Writes `out` through `write` (which returns its row count), then records it. A failure is recorded and rethrown. */
export async function runExport(ctx: ExportContext, facts: AuditFacts, options: RunOptions, write: (out: Writable) => Promise<number>): Promise<ExportResult> {
  const startedAt = ctx.now();
  const audit = (outcome: string, extra: Record<string, unknown>) => appendAudit(ctx.db, {
    action: facts.action, subject: facts.subject, actor: ctx.actor ?? null,
    detail: { outcome, format: facts.format, file: options.out, ...facts.request, startedAt: startedAt.toISOString(), ...extra },
  }, ctx.now());
  try {
    options.signal?.throwIfAborted();
    await mkdir(dirname(options.out), { recursive: true });
    const rows = await writeFileAtomically(options.out, write);
    const { size } = await stat(options.out);
    const entry = audit('completed', { rows, bytes: size });
    return { file: options.out, format: facts.format, rows, bytes: size, auditSeq: entry.seq };
  } catch (err) {
    const cancelled = isAbortError(err) || options.signal?.aborted === true;
    try {
      audit(cancelled ? 'cancelled' : 'failed', cancelled ? {} : { error: err instanceof Error ? err.name : 'Error' });
    } catch { /* the export's own error is the one to report */ }
    throw err;
  }
}
