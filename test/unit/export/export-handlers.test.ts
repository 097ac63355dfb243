// The export IPC handlers end to end: choose a path, run in the background, report, cancel, audit.
import { parse } from 'csv-parse/sync';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type Db } from '../../../db/open.js';
import { ingestX12Text } from '../../../main/ingest/index.js';
import { claimHandlers } from '../../../main/ipc/handlers/claims.js';
import { exportHandlers, type ExportDeps } from '../../../main/ipc/handlers/export.js';
import { reportHandlers } from '../../../main/ipc/handlers/reports.js';
import type { ExportJob } from '../../../shared/domain/exports.js';
import { MIGRATIONS_DIR, tempDir } from '../../helpers/db.js';
import { testDeps } from '../../helpers/handler-deps.js';
import { seedClaims } from './seed-claims.js';

const NOW = new Date('2026-11-23T10:00:00Z');
const FIXTURES = '/work/shared/fixtures/x12/LinuxForHealth__x12/835_005010X221A1';
let tmp: ReturnType<typeof tempDir>;
let db: Db;

beforeEach(() => {
  tmp = tempDir();
  db = openDb(join(tmp.dir, 'claimtrail.db'), MIGRATIONS_DIR);
  seedClaims(db, 500);
});
afterEach(() => { db.$client.close(); tmp.remove(); });

function handlers(shell?: ExportDeps['exportShell']) {
  const deps = { ...testDeps({ db, now: () => NOW, dataDir: tmp.dir }), exportShell: shell };
  return exportHandlers(deps, { ...claimHandlers(deps), ...reportHandlers(deps) });
}

async function settled(api: ReturnType<typeof handlers>, jobId: string): Promise<ExportJob> {
  for (;;) {
    const job = await api.getExportJob({ jobId });
    if (job.state !== 'running') return job;
    await new Promise((r) => setTimeout(r, 20));
  }
}

const claimsRequest = { what: 'claims' as const, filters: { statuses: ['denied' as const], serviceDate: { from: '2026-01-01', to: '2026-12-31' } }, sort: { key: 'serviceDate' as const, dir: 'desc' as const }, format: 'csv' as const };

describe('export handlers', () => {
  it('without a shell, exports to a free default name in the data folder, then remembers the folder', async () => {
    const api = handlers();
    const started = await api.startExport(claimsRequest);
    expect(started.file).toBe(join(tmp.dir, 'exports', 'claims-denied-2026-01-01_2026-12-31.csv'));
    const job = await settled(api, started.jobId!);
    const denied = db.$client.prepare("SELECT count(*) FROM claims WHERE status = 'denied'").pluck().get() as number;
    expect(job).toMatchObject({ state: 'completed', rows: denied, what: 'claims', format: 'csv', error: null });
    expect(parse(readFileSync(started.file!), { columns: true })).toHaveLength(denied);
    const again = await api.startExport(claimsRequest);
    expect(again.file).toBe(join(tmp.dir, 'exports', 'claims-denied-2026-01-01_2026-12-31 (2).csv'));
    await settled(api, again.jobId!);
    const audit = await api.listAuditLog({ limit: 10 });
    expect(audit.map((e) => e.detail.file)).toEqual([again.file, started.file]);
    expect(await api.verifyAuditLog()).toMatchObject({ ok: true, entries: 2 });
  });

  it('asks the shell where to save, adds the extension, and reports progress and the end as events', async () => {
    const picked: string[] = [];
    const finished: ExportJob[] = [];
    const shown: string[] = [];
    const api = handlers({
      pickExportPath: async ({ defaultPath }) => { picked.push(defaultPath); return join(tmp.dir, 'mine'); },
      showInFolder: (file) => shown.push(file),
      events: { progress: () => undefined, finished: (job) => finished.push(job) },
    });
    const started = await api.startExport({ ...claimsRequest, format: 'xlsx' });
    expect(picked).toEqual([join(tmp.dir, 'exports', 'claims-denied-2026-01-01_2026-12-31.xlsx')]);
    expect(started.file).toBe(join(tmp.dir, 'mine.xlsx'));
    await settled(api, started.jobId!);
    expect(finished.map((j) => j.state)).toEqual(['completed']);
    expect(await api.showExportInFolder({ jobId: started.jobId! })).toEqual({ shown: true });
    expect(shown).toEqual([started.file]);
    const next = await handlers({ pickExportPath: async ({ defaultPath }) => { picked.push(defaultPath); return null; }, showInFolder: () => undefined })
      .startExport(claimsRequest);
    expect(next).toEqual({ jobId: null, file: null });
    expect(picked.at(-1)).toBe(join(tmp.dir, 'claims-denied-2026-01-01_2026-12-31.csv')); // the last folder used
  });

  it('exports only the selected claims, in the list order, and names the file after the selection', async () => {
    const denied = db.$client.prepare(`SELECT id, pcn FROM claims WHERE status = 'denied' AND service_from >= '2026-01-01' ORDER BY service_from DESC, id DESC`)
      .all() as Array<{ id: number; pcn: string }>;
    const picked = [denied[7]!, denied[2]!, denied[11]!]; // picked out of order: the file keeps the list's order
    const api = handlers();
    const started = await api.startExport({ ...claimsRequest, claimIds: picked.map((c) => String(c.id)) });
    expect(started.file).toBe(join(tmp.dir, 'exports', 'claims-3-selected-denied-2026-01-01_2026-12-31.csv'));
    expect(await settled(api, started.jobId!)).toMatchObject({ state: 'completed', rows: 3 });
    const rows = parse(readFileSync(started.file!), { columns: true }) as Array<{ patient_control_number: string }>;
    expect(rows.map((r) => r.patient_control_number)).toEqual([denied[2]!.pcn, denied[7]!.pcn, denied[11]!.pcn]);
    // a selected claim the filters no longer match stays out: the file never holds what the list does not show
    const paid = db.$client.prepare(`SELECT id FROM claims WHERE status = 'paid' LIMIT 1`).pluck().get() as number;
    const mixed = await api.startExport({ ...claimsRequest, claimIds: [String(paid), String(denied[0]!.id)] });
    expect(await settled(api, mixed.jobId!)).toMatchObject({ state: 'completed', rows: 1 });
  });

  it('cancels a running export and leaves nothing behind', async () => {
    seedMore(db, 5_000);
    const api = handlers();
    const started = await api.startExport({ what: 'claims', filters: {}, sort: { key: 'lastEventAt', dir: 'desc' }, format: 'xlsx' });
    expect(await api.cancelExport({ jobId: started.jobId! })).toEqual({ cancelled: true });
    expect(await settled(api, started.jobId!)).toMatchObject({ state: 'cancelled', bytes: null });
    expect(existsSync(started.file!)).toBe(false);
    expect(readdirSync(join(tmp.dir, 'exports'))).toEqual([]);
    expect(await api.cancelExport({ jobId: started.jobId! })).toEqual({ cancelled: false });
  });

  it('fails a job with a plain message when the folder cannot be written, and audits the failure', async () => {
    writeFileSync(join(tmp.dir, 'not-a-folder'), '');
    const api = handlers({ pickExportPath: async () => join(tmp.dir, 'not-a-folder', 'claims.csv'), showInFolder: () => undefined });
    const started = await api.startExport(claimsRequest);
    const job = await settled(api, started.jobId!);
    expect(job.state).toBe('failed');
    expect(job.error?.code).toBe('unavailable');
    expect(job.error?.message).not.toContain('DOE');
    expect((await api.listAuditLog({ limit: 1 }))[0]!.detail).toMatchObject({ outcome: 'failed', file: started.file });
  });

  it('answers unknown jobs, documents and desktop-only calls with typed errors', async () => {
    const api = handlers();
    await expect(api.getExportJob({ jobId: 'nope' })).rejects.toMatchObject({ code: 'not_found' });
    await expect(api.startExport({ what: 'claimHistory', claimId: '999999' })).rejects.toMatchObject({ code: 'not_found' });
    await expect(api.startExport({ what: 'remittanceAdvice', remittanceId: 5 })).rejects.toMatchObject({ code: 'not_found' });
    const started = await api.startExport({ what: 'auditLog', format: 'csv' });
    await settled(api, started.jobId!);
    await expect(api.showExportInFolder({ jobId: started.jobId! })).rejects.toMatchObject({ code: 'unavailable' });
  });

  it('prints a claim history and a monthly pack through the screen calls', async () => {
    const era = join(FIXTURES, 'tertiary-payment.835');
    ingestX12Text(db, readFileSync(era, 'latin1'), { kind: 'file', path: era }, NOW.toISOString());
    const { id, pcn } = db.$client.prepare('SELECT id, pcn FROM claims WHERE anchor NOT LIKE \'a%\'').get() as { id: number; pcn: string };
    const api = handlers();
    const history = await api.startExport({ what: 'claimHistory', claimId: String(id) });
    expect(history.file).toBe(join(tmp.dir, 'exports', `claim-${pcn.toLowerCase()}-history-2026-11-23.pdf`));
    const pack = await api.startExport({ what: 'reportPack', month: '2026-11', format: 'xlsx' });
    expect(pack.file).toBe(join(tmp.dir, 'exports', 'monthly-report-2026-11-01_2026-11-30.xlsx'));
    expect((await settled(api, history.jobId!)).state).toBe('completed');
    expect((await settled(api, pack.jobId!)).state).toBe('completed');
    expect(readFileSync(history.file!).subarray(0, 5).toString()).toBe('%PDF-');
    const eras = await api.listClaimRemittances({ claimId: String(id) });
    expect(eras.map((e) => e.traceNumber)).toEqual(db.$client.prepare('SELECT trace_number FROM claim_payments WHERE claim_id = ?').pluck().all(id));
    expect(await api.listClaimRemittances({ claimId: 'x' })).toEqual([]);
  });
});

function seedMore(target: Db, extra: number): void {
  const start = target.$client.prepare('SELECT max(id) FROM claims').pluck().get() as number;
  target.$client.exec(`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${extra})
    INSERT INTO claims (id, anchor, pcn, pcn_key, status, flags, last_event_at, charge_cents, paid_cents, patient_resp_cents,
      contractual_cents, other_adjustment_cents, submission_count, payment_count)
    SELECT ${start} + i, 'b' || i, 'X' || i, 'x' || i, 'submitted', 0, '2026-11-01T00:00:00Z', i, 0, 0, 0, 0, 1, 0 FROM n`);
}
