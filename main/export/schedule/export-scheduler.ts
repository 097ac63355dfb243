// Runs scheduled exports: each due schedule's saved view is exported (as the claims list shows it that day) into its
// folder under a dated name, through the same export path as a person's export, so it is audited the same way.
// One run per schedule at a time; a failure is recorded on the schedule for Settings to show, never thrown.
import { isAbsolute } from 'node:path';
import type { Db } from '../../../db/open.js';
import type { ScheduledExport, ScheduledExportRun, ScheduledExportStatus } from '../../../shared/domain/scheduled-exports.js';
import { AppError } from '../../../shared/ipc/errors.js';
import { readSavedViews } from '../../ipc/handlers/views.js';
import type { Logger } from '../../log/logger.js';
import { describeExportFailure } from '../export-jobs.js';
import { freeFileName } from '../export-path.js';
import { exportClaims } from '../export-service.js';
import { slug } from '../file-names.js';
import { listExportQuery } from '../list-export-query.js';
import { isDue, nextRunAfter } from './schedule-times.js';
import { readRuns, readSchedules, recordRun } from './schedule-store.js';

export interface SchedulerDeps {
  /** The open database at call time (a restore swaps it). */
  db: () => Db;
  now: () => Date;
  log: Logger;
}

/** The computer's local calendar date, as the office names the day's file. */
const localDate = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
/** The last run, or when the schedule was set: slots before it are not owed. */
const sinceOf = (s: ScheduledExport, last: ScheduledExportRun | undefined) => new Date(last && last.at > s.since ? last.at : s.since);

export function createExportScheduler(deps: SchedulerDeps) {
  const running = new Set<string>();

  async function write(s: ScheduledExport): Promise<Omit<ScheduledExportRun, 'at' | 'outcome' | 'error'>> {
    const db = deps.db();
    const view = readSavedViews(db).find((v) => v.name === s.viewName);
    if (!view) throw new AppError('not_found', `The saved view "${s.viewName}" no longer exists: choose another view for this schedule.`);
    if (!isAbsolute(s.folder)) throw new AppError('invalid_input', 'The folder must be a full path, such as C:\\Exports or /home/office/exports.');
    const now = deps.now();
    const out = freeFileName(s.folder, `${slug(view.name)}-${localDate(now)}.${s.format}`);
    const result = await exportClaims({ db, now: deps.now, actor: 'scheduled export' }, listExportQuery(db, view.filters, view.sort, now),
      { out, format: s.format, excelFriendly: s.format === 'csv' });
    return { file: result.file, rows: result.rows };
  }

  /** Exports `s` now and records how it went. Null when that schedule is already running. */
  async function run(s: ScheduledExport): Promise<ScheduledExportRun | null> {
    if (running.has(s.id)) return null;
    running.add(s.id);
    const at = deps.now().toISOString();
    let result: ScheduledExportRun;
    try {
      result = { at, outcome: 'completed', ...(await write(s)), error: null };
    } catch (err) {
      if (!(err instanceof AppError)) deps.log.error('a scheduled export failed', err);
      result = { at, outcome: 'failed', file: null, rows: null, error: describeExportFailure(err).message };
    } finally {
      running.delete(s.id);
    }
    recordRun(deps.db(), s.id, result, deps.now());
    return result;
  }

  return {
    /** Every enabled schedule whose slot has passed, one after another. Returns how many ran. */
    async runDue(): Promise<number> {
      const runs = readRuns(deps.db());
      const due = readSchedules(deps.db()).filter((s) => s.enabled && isDue(s, sinceOf(s, runs.get(s.id)), deps.now()));
      let ran = 0;
      for (const s of due) if (await run(s)) ran++;
      return ran;
    },
    /** "Run now" in Settings: whatever its schedule says. */
    async runNow(id: string): Promise<ScheduledExportRun> {
      const s = readSchedules(deps.db()).find((x) => x.id === id);
      if (!s) throw new AppError('not_found', 'That scheduled export no longer exists.');
      const result = await run(s);
      if (!result) throw new AppError('conflict', 'That export is running already.');
      return result;
    },
    /** The schedules as Settings shows them, with their last run and next slot (now, for one that is due). */
    statuses(): ScheduledExportStatus[] {
      const runs = readRuns(deps.db());
      const now = deps.now();
      return readSchedules(deps.db()).map((s) => {
        const lastRun = runs.get(s.id) ?? null;
        const next = s.enabled ? nextRunAfter(s, sinceOf(s, lastRun ?? undefined)) : null;
        return { ...s, lastRun, nextRunAt: next && (next < now ? now : next).toISOString() };
      });
    },
  };
}

export type ExportScheduler = ReturnType<typeof createExportScheduler>;
