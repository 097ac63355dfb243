// Scheduled exports and their last runs, kept in app_settings. What is read back is validated record by record:
// one bad entry is dropped, never the rest.
import type { z } from 'zod';
import type { Db } from '../../../db/open.js';
import { readSetting, writeSetting } from '../../../db/queries/settings.js';
import { ScheduledExport, ScheduledExportRun } from '../../../shared/domain/scheduled-exports.js';

const SCHEDULES_KEY = 'exports.schedules';
const RUNS_KEY = 'exports.scheduleRuns';
export const MAX_SCHEDULES = 50;

function valid<T>(schema: z.ZodType<T>, value: unknown): T | null {
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

export function readSchedules(db: Db): ScheduledExport[] {
  const stored = readSetting(db, SCHEDULES_KEY);
  return (Array.isArray(stored) ? stored : []).flatMap((s) => valid(ScheduledExport, s) ?? []);
}

export function writeSchedules(db: Db, schedules: readonly ScheduledExport[], now: Date): void {
  writeSetting(db, SCHEDULES_KEY, schedules.slice(0, MAX_SCHEDULES), now);
}

/** Last run per schedule id. */
export function readRuns(db: Db): Map<string, ScheduledExportRun> {
  const stored = readSetting(db, RUNS_KEY);
  const out = new Map<string, ScheduledExportRun>();
  if (stored && typeof stored === 'object') {
    for (const [id, run] of Object.entries(stored)) {
      const ok = valid(ScheduledExportRun, run);
      if (ok) out.set(id, ok);
    }
  }
  return out;
}

export function recordRun(db: Db, id: string, run: ScheduledExportRun, now: Date): void {
  const runs = readRuns(db);
  runs.set(id, run);
  const live = new Set(readSchedules(db).map((s) => s.id));
  writeSetting(db, RUNS_KEY, Object.fromEntries([...runs].filter(([k]) => live.has(k))), now);
}
