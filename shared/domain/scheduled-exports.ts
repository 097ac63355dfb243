// Scheduled exports: a saved claims view written to a folder on a schedule (say, every Monday at 07:00, the denials
// view as XLSX into the office's shared drive). Times are the computer's local time, as the office reads a clock.
import { z } from 'zod';

export const ExportCadence = z.discriminatedUnion('every', [
  z.object({ every: z.literal('day') }),
  /** 0 = Sunday … 6 = Saturday, as Date.getDay(). */
  z.object({ every: z.literal('week'), weekday: z.number().int().min(0).max(6) }),
  /** Days 29–31 do not exist in every month: a monthly export picks 1–28. */
  z.object({ every: z.literal('month'), day: z.number().int().min(1).max(28) }),
]);
export type ExportCadence = z.infer<typeof ExportCadence>;

export const ClockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time as HH:MM (24-hour)');

const ScheduleFields = z.object({
  viewName: z.string().trim().min(1).max(60),
  format: z.enum(['csv', 'xlsx']),
  cadence: ExportCadence,
  time: ClockTime,
  enabled: z.boolean(),
});

/**
 * What Settings sends to create (no id) or change (with id) a schedule. It never names a folder: main asks the native
 * folder dialog (desktop) for a new schedule or when `chooseFolder` is set, so the window cannot direct patient data
 * to a path of its choosing. Without a dialog (the preview host) files go to the data folder's exports/scheduled.
 */
export const ScheduledExportInput = ScheduleFields.extend({
  id: z.string().min(1).max(64).optional(),
  chooseFolder: z.boolean().optional(),
});
export type ScheduledExportInput = z.infer<typeof ScheduledExportInput>;

export const ScheduledExport = ScheduleFields.extend({
  id: z.string().min(1).max(64),
  /** The absolute folder the files go to; created when missing. */
  folder: z.string().min(1).max(1000),
  /** When it was created or its timing last changed: a schedule never fires for a time before this. */
  since: z.string(),
});
export type ScheduledExport = z.infer<typeof ScheduledExport>;

export const ScheduledExportRun = z.object({
  at: z.string(),
  outcome: z.enum(['completed', 'failed']),
  file: z.string().nullable(),
  rows: z.number().int().nonnegative().nullable(),
  /** Why it failed, in words for the office (never a stack, never PHI). */
  error: z.string().nullable(),
});
export type ScheduledExportRun = z.infer<typeof ScheduledExportRun>;

/** A schedule as Settings shows it: its last run and when it runs next (null while paused). */
export const ScheduledExportStatus = ScheduledExport.extend({
  lastRun: ScheduledExportRun.nullable(),
  nextRunAt: z.string().nullable(),
});
export type ScheduledExportStatus = z.infer<typeof ScheduledExportStatus>;
