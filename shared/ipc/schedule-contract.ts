// Scheduled exports (Settings → Scheduled exports). Spread into `contract`.
import { z } from 'zod';
import { ScheduledExportInput, ScheduledExportStatus } from '../domain/scheduled-exports.js';

const ScheduleRef = z.object({ id: z.string().min(1).max(64) });

export const scheduleContract = {
  /** Saved views exported to a folder on a schedule (Settings → Scheduled exports), with their last and next runs. */
  listScheduledExports: { input: z.void(), output: z.array(ScheduledExportStatus) },
  /** Creates (no id) or changes a schedule. `not_found` when the view is not saved; `invalid_input` for a relative folder. */
  saveScheduledExport: { input: ScheduledExportInput, output: z.array(ScheduledExportStatus) },
  deleteScheduledExport: { input: ScheduleRef, output: z.array(ScheduledExportStatus) },
  /** Exports the schedule's view now, whatever its schedule says; the run is recorded (and audited) like a scheduled one. */
  runScheduledExportNow: { input: ScheduleRef, output: ScheduledExportStatus },
} satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;
