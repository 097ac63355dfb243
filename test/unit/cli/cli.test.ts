// The headless CLI against the shared fixtures: the exported values are the ones the fixture manifests state.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../main/cli/index.js';
import type { ClaimJson } from '../../../main/cli/claim-json.js';
import type { CliIo } from '../../../main/cli/io.js';
import { tempDir } from '../../helpers/db.js';

const FIXTURES = resolve(process.cwd(), '..', 'shared', 'fixtures', 'x12');
const tmp = tempDir();
afterAll(() => tmp.remove());

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '', err = '';
  const io: CliIo = { out: (t) => { out += t; }, err: (t) => { err += t; }, env: {}, now: () => new Date('2026-02-01T00:00:00Z') };
  const code = await runCli([...argv, '--data-dir', tmp.dir], io);
  return { code, out, err };
}

describe('cli', () => {
  let claims: ClaimJson[] = [];

  it('imports the fixture folder and exports JSONL with the manifests\' values', async () => {
    const imported = await cli('import', FIXTURES, '--json');
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.out)).toMatchObject({ exceptions: 0 });
    const exported = await cli('export', 'claims', '--format', 'jsonl');
    expect(exported.code).toBe(0);
    claims = exported.out.trim().split('\n').map((l) => JSON.parse(l) as ClaimJson);
    const one = (pcn: string, pcc?: string) => claims.filter((c) => c.patientControlNumber === pcn && (!pcc || c.payerClaimControlNumber === pcc));

    // keironstoddart blue_cross_nc_sample: 2100 charged, 1922.86 paid, 142.54 patient responsibility
    expect(one('200200964A52')[0]).toMatchObject({ status: 'paid', chargeAmount: '2100.00', paidAmount: '1922.86', patientResponsibilityAmount: '142.54',
      payerClaimControlNumber: '94151100100', payerName: 'BLUE CROSS AND BLUE SHIELD OF NORTH CAROLINA', flags: ['no_submission'] });
    expect(one('200200964A52')[0]!.adjustments).toEqual([{ group: 'CO', reason: '42', amount: '34.60' }, { group: 'PR', reason: '2', amount: '117.54' }, { group: 'PR', reason: '3', amount: '25.00' }]);
    // emedny: three claims sharing the placeholder CLP01, told apart by CLP07; the duplicate copies are never counted twice
    const emedny = one('PATIENT ACCOUNT NUMBER').map((c) => [c.payerClaimControlNumber, c.paidAmount]).sort();
    expect(emedny).toEqual([['1000210000000030', '34.25'], ['1000220000000020', '0.00'], ['1000230000000020', '11.50']]);
    // united healthcare: the second CAS triple (PR-1 110.00) is part of the claim
    expect(one('001-18604-358')[0]!.adjustments).toContainEqual({ group: 'PR', reason: '1', amount: '110.00' });
    expect(one('001-18604-358')[0]).toMatchObject({ paidAmount: '261.07', chargeAmount: '816.24' });
    // imsweb 277CA: accepted with REF*1K, and rejected A7:562:85
    expect(one('5781')[0]).toMatchObject({ status: 'accepted', payerClaimControlNumber: '1107000000014420', chargeAmount: '125.00' });
    expect(one('3920394930203')[0]).toMatchObject({ status: 'rejected', chargeAmount: '199.14' });
    // LinuxForHealth 837P example: submitted, dates ISO, charge as sent
    expect(one('R03996273 #01')[0]).toMatchObject({ status: 'submitted', chargeAmount: '520.24', claimType: 'professional', frequencyCode: '1', billingNpi: '9992233334' });
    // medicare-part-a: institutional payments with no SVC lines
    expect(one('666123')[0]).toMatchObject({ paidAmount: '138018.40', chargeAmount: '211366.97' });
    const events = one('5781')[0]!.events;
    expect(events[0]).toMatchObject({ type: 'ack_277ca', source: '277CA', code: 'A2:20', amount: '125.00' });
  });

  it('skips everything on a second import and exports CSV with filters', async () => {
    const again = await cli('import', FIXTURES, '--json');
    expect(JSON.parse(again.out)).toMatchObject({ transactions: 0, claimsCreated: 0, claimsUpdated: 0 });
    const out = join(tmp.dir, 'paid.csv');
    expect((await cli('export', 'claims', '--format', 'csv', '--status', 'paid,denied', '--out', out)).code).toBe(0);
    const lines = readFileSync(out, 'utf8').trim().split('\r\n');
    expect(lines[0]!.startsWith('patientControlNumber,')).toBe(true);
    expect(lines.length - 1).toBe(claims.filter((c) => c.status === 'paid' || c.status === 'denied').length);
  });

  it('prints reports and stats, and uses exit code 2 for usage errors', async () => {
    const aging = await cli('report', 'aging', '--format', 'jsonl', '--as-of', '2026-02-01');
    expect(aging.out.trim().split('\n')).toHaveLength(5);
    const stats = JSON.parse((await cli('stats', '--json')).out) as { rowCounts: Record<string, number> };
    expect(stats.rowCounts.claims).toBe(claims.length);
    expect((await cli('export', 'claims', '--status', 'bogus')).code).toBe(2);
    expect((await cli('export', 'claims', '--format', 'xlsx')).code).toBe(2);
    expect((await cli('import', '/no/such/path')).code).toBe(2);
    expect((await cli('frobnicate')).code).toBe(2);
  });

  it('writes the app\'s own XLSX and PDF documents, read back with a real reader', async () => {
    const book = join(tmp.dir, 'claims.xlsx');
    expect((await cli('export', 'claims', '--format', 'xlsx', '--status', 'paid', '--out', book)).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(book);
    const sheet = wb.worksheets[0]!;
    expect(sheet.actualRowCount - 1).toBe(claims.filter((c) => c.status === 'paid').length);
    const header = (sheet.getRow(1).values as unknown[]).map(String);
    const paidCol = header.findIndex((h) => /paid/i.test(h) && !/date|at$/i.test(h));
    expect(paidCol).toBeGreaterThan(0);
    const paidCells = sheet.getColumn(paidCol).values.slice(2);
    expect(paidCells.every((v) => typeof v === 'number')).toBe(true); // money as numbers, not text

    const pdf = join(tmp.dir, 'aging.pdf');
    expect((await cli('report', 'aging', '--format', 'pdf', '--out', pdf)).code).toBe(0);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toMatch(/aging/i);
    expect((await cli('report', 'aging', '--format', 'pdf')).code).toBe(2); // a PDF needs a file
  });
});
