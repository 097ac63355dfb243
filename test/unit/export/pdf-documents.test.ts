// The three PDF kinds, rendered from a real database and read back with poppler: pdftotext for the values,
// pdftoppm for a page image a person can look at (test-results/exports/*.png).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { iterateAudit } from '../../../db/queries/audit.js';
import { openDb, type Db } from '../../../db/open.js';
import { exportReportPack, printClaimHistory, printRemittanceAdvice } from '../../../main/export/export-service.js';
import { money } from '../../../main/export/pdf/pdf-text.js';
import { KPI_DEFINITIONS } from '../../../main/export/pdf/definitions.js';
import { buildReportPack } from '../../../main/export/report-pack.js';
import { ingestX12Text } from '../../../main/ingest/index.js';
import { claimHandlers } from '../../../main/ipc/handlers/claims.js';
import { reportHandlers } from '../../../main/ipc/handlers/reports.js';
import { MIGRATIONS_DIR, tempDir } from '../../helpers/db.js';
import { testDeps } from '../../helpers/handler-deps.js';
import { seedClaims } from './seed-claims.js';

const NOW = new Date('2026-11-23T10:00:00Z');
const FIXTURES = '/work/shared/fixtures/x12/LinuxForHealth__x12/835_005010X221A1';
const IMAGES = join(process.cwd(), 'test-results', 'exports');
let tmp: ReturnType<typeof tempDir>;
let db: Db;

beforeAll(() => {
  tmp = tempDir();
  db = openDb(join(tmp.dir, 'claimtrail.db'), MIGRATIONS_DIR);
  for (const name of ['managed-care.835', 'secondary-payment.835', 'cob-contractural-adjustment.835']) {
    const path = join(FIXTURES, name);
    ingestX12Text(db, readFileSync(path, 'latin1'), { kind: 'file', path }, NOW.toISOString());
  }
  mkdirSync(IMAGES, { recursive: true });
});
afterAll(() => { db.$client.close(); tmp.remove(); });

const ctx = () => ({ db, now: () => NOW, actor: 'biller' });
const pdfText = (file: string, mode = '-layout') => execFileSync('pdftotext', [mode, file, '-'], { encoding: 'utf8' });
const squash = (text: string) => text.replace(/\s+/g, ' ');
function firstPageImage(file: string, name: string): Buffer {
  execFileSync('pdftoppm', ['-png', '-r', '90', '-f', '1', '-l', '1', '-singlefile', file, join(IMAGES, name)]);
  return readFileSync(join(IMAGES, `${name}.png`));
}
const isPng = (bytes: Buffer) => bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));

describe('claim history PDF', () => {
  it('prints the claim the detail screen shows, with the database amounts', async () => {
    const claim = db.$client.prepare(`SELECT id, pcn, patient_name, charge_cents, paid_cents, status FROM claims
      WHERE paid_cents > 0 ORDER BY id LIMIT 1`).get() as { id: number; pcn: string; patient_name: string; charge_cents: number; paid_cents: number; status: string };
    const detail = await claimHandlers(testDeps({ db, now: () => NOW })).getClaim({ id: String(claim.id) });
    const out = join(tmp.dir, 'claim.pdf');
    const result = await printClaimHistory(ctx(), detail, { out });
    expect(result.rows).toBe(1); // one page
    const text = squash(pdfText(out));
    expect(text).toContain('Claim history');
    expect(text).toContain(`PCN ${claim.pcn}`);
    expect(text).toContain(claim.patient_name);
    expect(text).toContain(claim.status.toUpperCase());
    expect(text).toContain(`Billed charge ${money(claim.charge_cents)}`);
    expect(text).toContain(`Paid by payer ${money(claim.paid_cents)}`);
    for (const event of detail.timeline) expect(text).toContain(event.kind);
    for (const adjustment of detail.waterfall.claim.adjustments) expect(text).toContain(`CARC ${adjustment.group}-${adjustment.reason}`);
    expect(isPng(firstPageImage(out, 'claim-history'))).toBe(true);
    expect([...iterateAudit(db)].at(-1)).toMatchObject({ action: 'print', subject: `claim ${claim.id}`, detail: { outcome: 'completed', file: out } });
  });
});

describe('remittance advice PDF', () => {
  const remittance = () => db.$client.prepare(`SELECT id, trace_number AS trace, payment_cents AS payment FROM remittances
    WHERE claim_count > 1 ORDER BY id LIMIT 1`).get() as { id: number; trace: string; payment: number };
  const payments = (id: number) => db.$client.prepare(`SELECT claim_id AS claimId, pcn, paid_cents AS paid, charge_cents AS charge
    FROM claim_payments WHERE remittance_id = ? ORDER BY ordinal`).all(id) as { claimId: number; pcn: string; paid: number; charge: number }[];

  it('lays out the whole ERA with the database amounts and totals', async () => {
    const era = remittance();
    const claims = payments(era.id);
    const out = join(tmp.dir, 'era.pdf');
    await printRemittanceAdvice(ctx(), { remittanceId: era.id }, { out });
    const text = squash(pdfText(out));
    expect(text).toContain('Remittance advice');
    expect(text).toContain(era.trace);
    expect(text).toContain(money(era.payment));
    for (const c of claims) {
      expect(text).toContain(`Acct ${c.pcn}`);
      expect(text).toMatch(new RegExp(`Claim totals ${escape(money(c.charge))} .*${escape(money(c.paid))}`));
    }
    expect(text).toContain(`Provider paid`);
    expect(text).toContain(money(claims.reduce((t, c) => t + c.paid, 0)));
    expect(text).toContain('Glossary');
    expect(isPng(firstPageImage(out, 'remittance-advice'))).toBe(true);
  });

  it('prints one claim of the ERA on its own', async () => {
    const era = remittance();
    const [first, second] = payments(era.id);
    const out = join(tmp.dir, 'era-one.pdf');
    await printRemittanceAdvice(ctx(), { remittanceId: era.id, claimId: first!.claimId }, { out });
    const text = squash(pdfText(out));
    expect(text).toContain('one claim from this payment');
    expect(text).toContain(`Acct ${first!.pcn}`);
    expect(text).not.toContain(`Acct ${second!.pcn}`);
  });

  it('refuses an unknown remittance without writing anything', async () => {
    await expect(printRemittanceAdvice(ctx(), { remittanceId: 99_999 }, { out: join(tmp.dir, 'none.pdf') })).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe('monthly report pack', () => {
  it('prints the figures the Reports screen computes, each with its definition', async () => {
    const month = tempDir();
    const packDb = openDb(join(month.dir, 'claimtrail.db'), MIGRATIONS_DIR);
    try {
      seedClaims(packDb, 2400);
      const deps = testDeps({ db: packDb, now: () => NOW });
      const pack = await buildReportPack('2026-11', { ...reportHandlers(deps), ...claimHandlers(deps) });
      const inMonth = packDb.$client.prepare(`SELECT count(*) AS n, sum(charge_cents) AS billed, sum(paid_cents) AS paid FROM claims
        WHERE service_from BETWEEN '2026-11-01' AND '2026-11-30'`).get() as { n: number; billed: number; paid: number };
      expect(pack.kpis.claims).toBe(inMonth.n);
      const out = join(month.dir, 'pack.pdf');
      const result = await exportReportPack({ db: packDb, now: () => NOW }, pack, { out, format: 'pdf' });
      expect(result.rows).toBeGreaterThanOrEqual(1);
      const text = squash(pdfText(out));
      expect(text).toContain('Monthly report · November 2026');
      expect(text).toContain(inMonth.n.toLocaleString('en-US'));
      expect(text).toContain(money(inMonth.billed));
      expect(text).toContain(money(inMonth.paid));
      const reading = squash(pdfText(out, '-raw')); // reading order: each definition's lines stay together
      for (const definition of Object.values(KPI_DEFINITIONS)) expect(reading).toContain(squash(definition));
      for (const heading of ['Aging of unpaid claims', 'Denials by payer and reason', 'Top providers', 'Payer turnaround', 'First-pass acceptance']) {
        expect(text).toContain(heading);
      }
      for (const row of pack.aging) expect(text).toContain(money(row.unpaidCents));
      expect(isPng(firstPageImage(out, 'monthly-report-pack'))).toBe(true);
    } finally {
      packDb.$client.close();
      month.remove();
    }
  });
});

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
