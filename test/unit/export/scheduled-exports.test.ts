// Scheduled exports end to end over a real store: a saved view written to its folder when its time comes, once per
// slot, audited like a person's export; failures recorded on the schedule in words, never thrown at the timer. The
// folder comes from the shell's folder dialog (here a fake one that answers from a list), never from the window.
import { parse } from 'csv-parse/sync';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listAudit } from '../../../db/queries/audit.js';
import { openDb, type Db } from '../../../db/open.js';
import { createExportScheduler, type ExportScheduler } from '../../../main/export/schedule/export-scheduler.js';
import { defaultScheduleFolder, scheduledExportHandlers } from '../../../main/ipc/handlers/scheduled-exports.js';
import { viewHandlers } from '../../../main/ipc/handlers/views.js';
import { createMemoryLogger } from '../../../main/log/logger.js';
import type { ScheduledExportInput } from '../../../shared/domain/scheduled-exports.js';
import { AppError } from '../../../shared/ipc/errors.js';
import { MIGRATIONS_DIR, tempDir } from '../../helpers/db.js';
import { testDeps } from '../../helpers/handler-deps.js';
import { seedClaims } from './seed-claims.js';

let tmp: ReturnType<typeof tempDir>;
let db: Db;
let clock: Date;
let scheduler: ExportScheduler;
let api: ReturnType<typeof scheduledExportHandlers> & ReturnType<typeof viewHandlers>;
/** What the fake folder dialog answers next (null: cancelled), and what it was asked. */
let dialogAnswers: Array<string | null>;
let dialogAsked: string[];

const local = (day: number, h: number, m = 0) => new Date(2026, 10, day, h, m); // November 2026
const DENIED_VIEW = { name: 'Denied — follow up', filters: { statuses: ['denied' as const] }, sort: { key: 'charge' as const, dir: 'desc' as const }, columns: ['status' as const, 'charge' as const] };

beforeEach(async () => {
  tmp = tempDir();
  db = openDb(join(tmp.dir, 'claimtrail.db'), MIGRATIONS_DIR);
  seedClaims(db, 700);
  clock = local(23, 6);
  scheduler = createExportScheduler({ db: () => db, now: () => clock, log: createMemoryLogger() });
  dialogAnswers = [];
  dialogAsked = [];
  const exportShell = {
    pickExportPath: async () => null,
    showInFolder: () => {},
    pickFolder: async ({ title }: { title: string }) => { dialogAsked.push(title); return dialogAnswers.length ? dialogAnswers.shift()! : join(tmp.dir, 'shared drive', 'exports'); },
  };
  const deps = { ...testDeps({ db, now: () => clock, dataDir: tmp.dir }), exportScheduler: scheduler, exportShell };
  api = { ...scheduledExportHandlers(deps), ...viewHandlers(deps) };
  await api.saveView(DENIED_VIEW);
});
afterEach(() => { db.$client.close(); tmp.remove(); });

const daily = (over: Partial<ScheduledExportInput> = {}): ScheduledExportInput => ({
  viewName: DENIED_VIEW.name, format: 'csv', cadence: { every: 'day' }, time: '07:00', enabled: true, ...over,
});
const deniedCount = () => db.$client.prepare("SELECT count(*) FROM claims WHERE status = 'denied'").pluck().get() as number;

describe('scheduled exports', () => {
  it('exports the view into its folder when the time comes, once per slot, and catches up once after the computer was off', async () => {
    const [s] = await api.saveScheduledExport(daily());
    expect(s).toMatchObject({ lastRun: null, nextRunAt: local(23, 7).toISOString(), folder: join(tmp.dir, 'shared drive', 'exports') });
    expect(dialogAsked).toEqual(['Folder for the "Denied — follow up" exports']);
    expect(await scheduler.runDue()).toBe(0); // 06:00: not yet

    clock = local(23, 7, 1);
    expect(await scheduler.runDue()).toBe(1);
    const file = join(tmp.dir, 'shared drive', 'exports', 'denied-follow-up-2026-11-23.csv');
    const rows = parse(readFileSync(file), { columns: true, bom: true }) as Array<Record<string, string>>;
    expect(rows).toHaveLength(deniedCount());
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(['denied']));
    const [after] = await api.listScheduledExports();
    expect(after).toMatchObject({ lastRun: { outcome: 'completed', file, rows: deniedCount(), error: null }, nextRunAt: local(24, 7).toISOString() });
    clock = local(23, 18);
    expect(await scheduler.runDue()).toBe(0); // ran today already

    clock = local(27, 12); // off since the 23rd: one run, not four
    expect((await api.listScheduledExports())[0]!.nextRunAt).toBe(clock.toISOString()); // due now, not back on the 24th
    expect(await scheduler.runDue()).toBe(1);
    expect(await scheduler.runDue()).toBe(0);
    expect(existsSync(join(tmp.dir, 'shared drive', 'exports', 'denied-follow-up-2026-11-27.csv'))).toBe(true);

    const exports = listAudit(db, { limit: 10, action: 'export' });
    expect(exports.map((e) => [e.actor, e.detail.outcome])).toEqual([['scheduled export', 'completed'], ['scheduled export', 'completed']]);
    expect(listAudit(db, { limit: 10, action: 'schedule_change' }).map((e) => e.detail.change)).toEqual(['created']);
  });

  it('a paused schedule never runs; switched back on, it owes nothing for the slots it skipped', async () => {
    const [s] = await api.saveScheduledExport(daily({ enabled: false }));
    expect(s!.nextRunAt).toBeNull();
    clock = local(25, 9);
    expect(await scheduler.runDue()).toBe(0);
    const [on] = await api.saveScheduledExport({ ...daily(), id: s!.id });
    expect(on!.nextRunAt).toBe(local(26, 7).toISOString());
    expect(await scheduler.runDue()).toBe(0);
  });

  it('records why a run failed — a deleted view, a folder that is a file — and keeps the schedule', async () => {
    const [s] = await api.saveScheduledExport(daily());
    await api.deleteView({ name: DENIED_VIEW.name });
    const missing = await api.runScheduledExportNow({ id: s!.id });
    expect(missing.lastRun).toMatchObject({ outcome: 'failed', file: null, error: expect.stringContaining('"Denied — follow up" no longer exists') });

    await api.saveView(DENIED_VIEW);
    writeFileSync(join(tmp.dir, 'not-a-folder'), 'x');
    dialogAnswers = [join(tmp.dir, 'not-a-folder')];
    await api.saveScheduledExport({ ...daily(), id: s!.id, chooseFolder: true });
    const blocked = await api.runScheduledExportNow({ id: s!.id });
    expect(blocked.lastRun).toMatchObject({ outcome: 'failed', error: 'That folder no longer exists: choose another one.' });
    expect(listAudit(db, { limit: 10, action: 'export' }).map((e) => e.detail.outcome)).toEqual(['failed']); // the view check failed before any export
    expect(await api.listScheduledExports()).toHaveLength(1);
  });

  it('saves nothing when the folder dialog is cancelled, and keeps the folder unless asked to choose again', async () => {
    dialogAnswers = [null];
    await expect(api.saveScheduledExport(daily())).rejects.toMatchObject({ code: 'cancelled' });
    expect(await api.listScheduledExports()).toEqual([]);
    dialogAnswers = [join(tmp.dir, 'a')];
    const [s] = await api.saveScheduledExport(daily());
    const [paused] = await api.saveScheduledExport({ ...daily({ enabled: false }), id: s!.id });
    expect(paused).toMatchObject({ folder: join(tmp.dir, 'a'), enabled: false });
    expect(dialogAsked).toHaveLength(2); // pausing asked nothing
    dialogAnswers = [null];
    await expect(api.saveScheduledExport({ ...daily(), id: s!.id, chooseFolder: true })).rejects.toMatchObject({ code: 'cancelled' });
    expect((await api.listScheduledExports())[0]).toMatchObject({ folder: join(tmp.dir, 'a'), enabled: false });
  });

  it('without a folder dialog (the preview host), files go to the data folder, whatever the window sends', async () => {
    const plain = scheduledExportHandlers({ ...testDeps({ db, now: () => clock, dataDir: tmp.dir }), exportScheduler: scheduler });
    const sneaky = { ...daily(), folder: '/etc/cron.d' } as ScheduledExportInput; // not in the contract: dispatch strips it, and so does this
    const [s] = await plain.saveScheduledExport(sneaky);
    expect(s!.folder).toBe(defaultScheduleFolder(tmp.dir));
    expect(s!.folder).toBe(join(tmp.dir, 'exports', 'scheduled'));
  });

  it('refuses a view that is not saved; deletes on request', async () => {
    await expect(api.saveScheduledExport(daily({ viewName: 'Nope' }))).rejects.toBeInstanceOf(AppError);
    await expect(api.saveScheduledExport(daily({ viewName: 'Nope' }))).rejects.toMatchObject({ code: 'not_found' });
    const [s] = await api.saveScheduledExport(daily({ format: 'xlsx', cadence: { every: 'week', weekday: 1 } }));
    expect(s!.nextRunAt).toBe(local(23, 7).toISOString()); // the 23rd is a Monday
    expect(await api.deleteScheduledExport({ id: s!.id })).toEqual([]);
    expect(listAudit(db, { limit: 10, action: 'schedule_change' }).map((e) => e.detail.change)).toEqual(['deleted', 'created']);
  });
});
