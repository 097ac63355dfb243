// Export job events (main → renderer). Spread into `events` in shared/ipc/events.ts.
import { ExportJob, ExportProgressEvent } from '../domain/exports.js';

export const exportEvents = {
  /** A running export wrote more rows (at most a few times a second). */
  exportProgress: ExportProgressEvent,
  /** An export ended: completed, failed or cancelled. */
  exportFinished: ExportJob,
};
