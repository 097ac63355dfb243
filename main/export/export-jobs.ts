// Background export jobs: start, progress, cancel, and a short memory of finished ones for a window that reloads.
// One per export; nothing here touches the database or the file system (the run function does).
import type { ExportFormat, ExportJob, ExportRequest } from '../../shared/domain/exports.js';
import { AppError } from '../../shared/ipc/errors.js';
import type { Logger } from '../log/logger.js';
import type { ExportProgress } from './progress.js';
import { isAbortError } from './progress.js';
import type { ExportResult } from './run-export.js';

export type RunJob = (signal: AbortSignal, onProgress: (p: ExportProgress) => void) => Promise<ExportResult>;

export interface JobEvents {
  progress(payload: { jobId: string; rows: number; total: number | null }): void;
  finished(job: ExportJob): void;
}

const KEEP_FINISHED = 20;

export function createExportJobs(deps: { now: () => Date; newId: () => string; log: Logger; events?: JobEvents }) {
  const jobs = new Map<string, { job: ExportJob; abort: AbortController }>();

  function forgetOld(): void {
    const finished = [...jobs.values()].filter((j) => j.job.state !== 'running');
    for (const old of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) jobs.delete(old.job.jobId);
  }

  function start(what: ExportRequest['what'], format: ExportFormat, file: string, run: RunJob): ExportJob {
    const abort = new AbortController();
    const job: ExportJob = {
      jobId: deps.newId(), what, format, state: 'running', rows: 0, total: null, file, bytes: null, error: null,
      startedAt: deps.now().toISOString(), finishedAt: null,
    };
    jobs.set(job.jobId, { job, abort });
    const onProgress = (p: ExportProgress) => {
      job.rows = p.rows;
      job.total = p.total;
      deps.events?.progress({ jobId: job.jobId, rows: p.rows, total: p.total });
    };
    const settle = (patch: Partial<ExportJob>) => {
      Object.assign(job, patch, { finishedAt: deps.now().toISOString() });
      deps.events?.finished({ ...job });
      forgetOld();
    };
    run(abort.signal, onProgress).then(
      (result) => settle({ state: 'completed', rows: result.rows, bytes: result.bytes, file: result.file }),
      (err: unknown) => {
        if (isAbortError(err) || abort.signal.aborted) return settle({ state: 'cancelled' });
        if (!(err instanceof AppError)) deps.log.error(`export ${what} failed`, err);
        settle({ state: 'failed', error: describeExportFailure(err) });
      },
    );
    return { ...job };
  }

  return {
    start,
    get(jobId: string): ExportJob | null {
      const entry = jobs.get(jobId);
      return entry ? { ...entry.job } : null;
    },
    cancel(jobId: string): boolean {
      const entry = jobs.get(jobId);
      if (!entry || entry.job.state !== 'running') return false;
      entry.abort.abort();
      return true;
    },
  };
}

export type ExportJobs = ReturnType<typeof createExportJobs>;

/** What the renderer may see of a failure: an AppError as is; a disk error in words; never a stack or PHI. */
export function describeExportFailure(err: unknown): { code: AppError['code']; message: string } {
  if (err instanceof AppError) return { code: err.code, message: err.message };
  const code = (err as { code?: string }).code;
  if (code === 'ENOSPC') return { code: 'unavailable', message: 'The disk is full: the export was not saved.' };
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return { code: 'unavailable', message: 'ClaimTrail may not write to that folder: choose another one.' };
  if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EEXIST') return { code: 'unavailable', message: 'That folder no longer exists: choose another one.' };
  return { code: 'internal', message: 'The export failed. The details are in the log file.' };
}
