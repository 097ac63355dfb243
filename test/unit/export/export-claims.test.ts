// Claims exported from a real database (real migrations, the store's tables and filter) read back with real readers.
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { iterateAudit, verifyAudit } from '../../../db/queries/audit.js';
import { openDb, type Db } from '../../../db/open.js';
import { exportClaims } from '../../../main/export/export-service.js';
import { centsToDecimal } from '../../../main/export/values.js';
import { MIGRATIONS_DIR, tempDir } from '../../helpers/db.js';
import { seedClaims } from './seed-claims.js';

const NOW = new Date('2026-11-23T10:00:00Z');
let tmp: ReturnType<typeof tempDir>;
let db: Db;
const ctx = () => ({ db, now: () => NOW, actor: 'biller' });

beforeEach(() => {
  tmp = tempDir();
  db = openDb(join(tmp.dir, 'claimtrail.db'), MIGRATIONS_DIR); // a file, so exports read through their own snapshot connection
  seedClaims(db, 700);
});
afterEach(() => { db.$client.close(); tmp.remove(); });

type DbClaim = Record<string, string | number | null>;
const dbClaims = (where = '1', order = 'service_from DESC, id DESC'): DbClaim[] => db.$client.prepare(`SELECT * FROM claims WHERE ${where} ORDER BY ${order}`).all() as DbClaim[];
const unneutralise = (text: string) => text.replace(/^'(?=[=+\-@\t\r])/, '');

describe('exportClaims', () => {
  it('writes the whole filtered set as CSV, in list order, with the database values', async () => {
    const query = { filter: { status: ['paid', 'denied'] as ('paid' | 'denied')[] }, sort: { column: 'serviceFrom' as const, dir: 'desc' as const } };
    const progress: number[] = [];
    const out = join(tmp.dir, 'claims.csv');
    const result = await exportClaims(ctx(), query, { out, format: 'csv', onProgress: (p) => progress.push(p.total ?? -1) });
    const expected = dbClaims("status IN ('paid', 'denied')");
    expect(result.rows).toBe(expected.length);
    expect(progress.at(-1)).toBe(expected.length);
    const records = parse(readFileSync(out), { columns: true }) as Record<string, string>[];
    expect(records.map((r) => r.patient_control_number)).toEqual(expected.map((c) => c.pcn));
    for (const [i, r] of records.entries()) {
      const c = expected[i]!;
      expect(r.status).toBe(c.status);
      expect(r.charge_amount).toBe(centsToDecimal(c.charge_cents as number));
      expect(r.paid_amount).toBe(centsToDecimal(c.paid_cents as number));
      expect(r.allowed_amount).toBe(c.allowed_cents === null ? '' : centsToDecimal(c.allowed_cents as number));
      expect(r.service_date_from).toBe(c.service_from);
      expect(unneutralise(r.patient_name!)).toBe(c.patient_name);
      expect(r.patient_name).not.toMatch(/^[=+\-@]/);
      expect(r.claim_id).toBe(String(c.id));
    }
    const denied = records.find((r) => r.status === 'denied')!;
    expect(denied.adjustments).toMatch(/^CO-197 \d+\.\d{2}$/);
  });

  it('writes XLSX with typed cells equal to the database values', async () => {
    const query = { filter: { payerId: '60054' }, sort: { column: 'charge' as const, dir: 'asc' as const } };
    const out = join(tmp.dir, 'claims.xlsx');
    await exportClaims(ctx(), query, { out, format: 'xlsx' });
    const expected = dbClaims("payer_id = '60054'", 'charge_cents ASC, id ASC');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.getWorksheet('Claims')!;
    const header = (sheet.getRow(1).values as string[]).slice(1);
    const col = (label: string) => header.indexOf(label) + 1;
    expect(sheet.rowCount).toBe(expected.length + 1);
    expected.forEach((c, i) => {
      const row = sheet.getRow(i + 2);
      expect(row.getCell(col('Patient control no.')).value).toBe(c.pcn);
      expect(row.getCell(col('Charge')).value).toBe(Number(centsToDecimal(c.charge_cents as number)));
      expect(row.getCell(col('Paid')).type).toBe(ExcelJS.ValueType.Number);
      expect((row.getCell(col('Service from')).value as Date).toISOString().slice(0, 10)).toBe(c.service_from);
      expect(row.getCell(col('ClaimTrail ID')).value).toBe(c.id);
    });
  });

  it('records each export in the audit log with rows, filters and destination', async () => {
    const query = { filter: { status: ['denied'] as 'denied'[] }, sort: { column: 'lastEventAt' as const, dir: 'desc' as const } };
    const out = join(tmp.dir, 'denied.csv');
    const result = await exportClaims(ctx(), query, { out, format: 'csv', excelFriendly: true });
    const [entry] = [...iterateAudit(db)];
    expect(entry).toMatchObject({ seq: result.auditSeq, action: 'export', subject: 'claims', actor: 'biller', at: NOW.toISOString() });
    expect(entry!.detail).toMatchObject({ outcome: 'completed', format: 'csv', file: out, rows: result.rows, bytes: result.bytes, filter: { status: ['denied'] } });
    expect(verifyAudit(db).ok).toBe(true);
  });

  it('leaves no file and records the cancellation when cancelled', async () => {
    seedMore(db, 30_000);
    const abort = new AbortController();
    const out = join(tmp.dir, 'all.xlsx');
    const running = exportClaims(ctx(), { filter: {}, sort: { column: 'lastEventAt' as const, dir: 'desc' as const } },
      { out, format: 'xlsx', signal: abort.signal, onProgress: (p) => { if (p.rows > 2000) abort.abort(); } });
    await expect(running).rejects.toMatchObject({ name: 'AbortError' });
    expect(readdirSync(tmp.dir).filter((f) => !f.startsWith('claimtrail.db'))).toEqual([]);
    expect([...iterateAudit(db)].at(-1)!.detail).toMatchObject({ outcome: 'cancelled', file: out });
  });
});

/** More claims on top of the 700 from beforeEach (ids continue). */
function seedMore(target: Db, extra: number): void {
  const start = target.$client.prepare('SELECT max(id) FROM claims').pluck().get() as number;
  target.$client.exec(`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${extra})
    INSERT INTO claims (id, anchor, pcn, pcn_key, status, flags, last_event_at, charge_cents, paid_cents, patient_resp_cents,
      contractual_cents, other_adjustment_cents, submission_count, payment_count)
    SELECT ${start} + i, 'b' || i, 'X' || i, 'x' || i, 'submitted', 0, '2026-11-01T00:00:00Z', i, 0, 0, 0, 0, 1, 0 FROM n`);
}
