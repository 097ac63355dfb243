// Settings → Scheduled exports: create, change, delete and run schedules. The timer that runs them lives in the
// core's housekeeping (main/app/core.ts); both go through the same scheduler, so a schedule never runs twice at once.
import { randomUUID } from 'node:crypto';
import { isAbsolute, join } from 'node:path';
import type { z } from 'zod';
import { appendAudit } from '../../../db/queries/audit.js';
import type { ScheduledExport, ScheduledExportInput } from '../../../shared/domain/scheduled-exports.js';
import type { scheduleContract } from '../../../shared/ipc/schedule-contract.js';
import { AppError } from '../../../shared/ipc/errors.js';
import { lastExportFolder } from '../../export/last-folder.js';
import { createExportScheduler, type ExportScheduler } from '../../export/schedule/export-scheduler.js';
import { MAX_SCHEDULES, readSchedules, writeSchedules } from '../../export/schedule/schedule-store.js';
import type { HandlerDeps } from './deps.js';
import { readSavedViews } from './views.js';

type C = typeof scheduleContract;
type ScheduleApi = { [K in keyof C]: (input: z.infer<C[K]['input']>) => Promise<z.infer<C[K]['output']>> };

/** Where files go without a folder dialog (the preview host, tests): inside the data folder, never a path from the window. */
export const defaultScheduleFolder = (dataDir: string) => join(dataDir, 'exports', 'scheduled');

/** A schedule's slot moved (or it was switched back on): it owes nothing for slots before now. */
const timingChanged = (a: ScheduledExport, b: ScheduledExportInput) =>
  a.time !== b.time || JSON.stringify(a.cadence) !== JSON.stringify(b.cadence) || (!a.enabled && b.enabled);

export function scheduledExportHandlers(deps: HandlerDeps & { exportScheduler?: ExportScheduler }): ScheduleApi {
  const scheduler = deps.exportScheduler ?? createExportScheduler({ db: () => deps.db, now: deps.now, log: deps.log });
  const audit = (change: string, s: Pick<ScheduledExport, 'viewName' | 'format' | 'folder'>) =>
    appendAudit(deps.db, { action: 'schedule_change', subject: `scheduled export of "${s.viewName}"`, detail: { change, format: s.format, folder: s.folder } }, deps.now());

  /** The folder for a new schedule, or a changed one when asked: the native folder dialog when there is one. */
  async function folderFor(input: ScheduledExportInput, old: ScheduledExport | undefined): Promise<string> {
    if (old && !input.chooseFolder) return old.folder;
    const pick = deps.exportShell?.pickFolder;
    if (!pick) return old?.folder ?? defaultScheduleFolder(deps.dataDir);
    const picked = await pick({ defaultPath: old?.folder ?? lastExportFolder(deps.db, join(deps.dataDir, 'exports')), title: `Folder for the "${input.viewName}" exports` });
    if (!picked) throw new AppError('cancelled', 'No folder was chosen, so the schedule was not saved.');
    if (!isAbsolute(picked)) throw new AppError('invalid_input', 'Choose a folder with a full path.');
    return picked;
  }

  return {
    listScheduledExports: async () => scheduler.statuses(),
    saveScheduledExport: async (input) => {
      if (!readSavedViews(deps.db).some((v) => v.name === input.viewName)) {
        throw new AppError('not_found', `There is no saved view named "${input.viewName}". Save the view in the claims list first.`);
      }
      const find = () => (input.id ? readSchedules(deps.db).find((s) => s.id === input.id) : undefined);
      if (input.id && !find()) throw new AppError('not_found', 'That scheduled export no longer exists.');
      if (!input.id && readSchedules(deps.db).length >= MAX_SCHEDULES) throw new AppError('conflict', `At most ${MAX_SCHEDULES} exports can be scheduled.`);
      const folder = await folderFor(input, find());
      // read again after the dialog: the list may have changed while it was open
      const all = readSchedules(deps.db);
      const old = find();
      if (input.id && !old) throw new AppError('not_found', 'That scheduled export was deleted while the folder dialog was open.');
      const { chooseFolder: _ask, ...fields } = input;
      const saved: ScheduledExport = { ...fields, id: old?.id ?? randomUUID(), folder, since: old && !timingChanged(old, input) ? old.since : deps.now().toISOString() };
      writeSchedules(deps.db, old ? all.map((s) => (s.id === old.id ? saved : s)) : [...all, saved], deps.now());
      audit(old ? 'changed' : 'created', saved);
      return scheduler.statuses();
    },
    deleteScheduledExport: async ({ id }) => {
      const all = readSchedules(deps.db);
      const gone = all.find((s) => s.id === id);
      if (gone) {
        writeSchedules(deps.db, all.filter((s) => s.id !== id), deps.now());
        audit('deleted', gone);
      }
      return scheduler.statuses();
    },
    runScheduledExportNow: async ({ id }) => {
      await scheduler.runNow(id);
      const status = scheduler.statuses().find((s) => s.id === id);
      if (!status) throw new AppError('not_found', 'That scheduled export no longer exists.');
      return status;
    },
  };
}
