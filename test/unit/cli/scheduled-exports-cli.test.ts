// `scheduled-exports --run-due`: the schedules set in Settings, run from the OS scheduler while the app is closed;
// with the app open on the folder it runs nothing (the app does), and a failed run makes the exit code 1.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { markStoreOpen } from '../../../main/app/presence.js';
import { runCli } from '../../../main/cli/index.js';
import { openStoreAt, type CliIo } from '../../../main/cli/io.js';
import { scheduledExportHandlers } from '../../../main/ipc/handlers/scheduled-exports.js';
import { viewHandlers } from '../../../main/ipc/handlers/views.js';
import { tempDir } from '../../helpers/db.js';
import { testDeps } from '../../helpers/handler-deps.js';
import { seedClaims } from '../export/seed-claims.js';

let tmp: ReturnType<typeof tempDir>;
const SET_AT = new Date(2026, 10, 23, 6, 0); // local time, before the 07:00 slot
const folder = () => join(tmp.dir, 'exports', 'scheduled'); // no folder dialog outside the desktop app

async function cli(now: Date, ...argv: string[]) {
  let out = '', err = '';
  const io: CliIo = { out: (t) => { out += t; }, err: (t) => { err += t; }, env: {}, now: () => now };
  const code = await runCli(['scheduled-exports', ...argv, '--data-dir', tmp.dir], io);
  return { code, out, err };
}

beforeEach(async () => {
  tmp = tempDir();
  const db = openStoreAt(tmp.dir);
  seedClaims(db, 300);
  const deps = testDeps({ db, now: () => SET_AT, dataDir: tmp.dir });
  await viewHandlers(deps).saveView({ name: 'Paid', filters: { statuses: ['paid'] }, sort: { key: 'paidAt', dir: 'desc' }, columns: ['status'] });
  await scheduledExportHandlers(deps).saveScheduledExport({ viewName: 'Paid', format: 'csv', cadence: { every: 'day' }, time: '07:00', enabled: true });
  db.$client.close();
});
afterEach(() => tmp.remove());

describe('cli scheduled-exports', () => {
  it('lists the schedules, runs the due ones once, and says what it ran', async () => {
    const early = await cli(new Date(2026, 10, 23, 6, 30), '--run-due', '--json');
    expect(early.code).toBe(0);
    expect(JSON.parse(early.out)).toMatchObject({ ran: [], schedules: [{ viewName: 'Paid', lastRun: null }] });
    expect(existsSync(folder())).toBe(false);

    const due = await cli(new Date(2026, 10, 23, 7, 5), '--run-due');
    expect(due.code).toBe(0);
    expect(due.out).toMatch(/^\* Paid \(csv\) → .*; last .*: \d+ claims → .*paid-2026-11-23\.csv\n$/);
    expect(readdirSync(folder())).toEqual(['paid-2026-11-23.csv']);
    const again = await cli(new Date(2026, 10, 23, 7, 10), '--run-due', '--json');
    expect(JSON.parse(again.out).ran).toEqual([]);
  });

  it('runs nothing while the app has the folder open', async () => {
    const unmark = markStoreOpen(tmp.dir);
    try {
      const r = await cli(new Date(2026, 10, 23, 8, 0), '--run-due', '--json');
      expect(r.code).toBe(0);
      expect(JSON.parse(r.out)).toMatchObject({ skippedBecauseAppOpen: true, ran: [] });
      expect(existsSync(folder())).toBe(false);
    } finally {
      unmark();
    }
  });

  it('exits 1 when a due run fails, naming why', async () => {
    const db = openStoreAt(tmp.dir);
    await viewHandlers(testDeps({ db, now: () => SET_AT, dataDir: tmp.dir })).deleteView({ name: 'Paid' });
    db.$client.close();
    const r = await cli(new Date(2026, 10, 23, 8, 0), '--run-due');
    expect(r.code).toBe(1);
    expect(r.out).toContain('failed: The saved view "Paid" no longer exists');
  });
});
