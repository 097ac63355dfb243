// Document logic that needs no database: remittance column arithmetic, an unbalanced waterfall, the pack workbook.
import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeFileAtomically } from '../../../main/export/atomic-file.js';
import { renderClaimHistoryPdf } from '../../../main/export/pdf/claim-history-pdf.js';
import { claimAmounts, codesUsed, lineAmounts, mergeAdjustments } from '../../../main/export/pdf/remittance-model.js';
import { reportPackSections } from '../../../main/export/report-columns.js';
import { writeXlsx } from '../../../main/export/xlsx-writer.js';
import { tempDir } from '../../helpers/db.js';
import { sampleClaimDetail, sampleRemittance, sampleReportPack } from './sample-documents.js';

let tmp: ReturnType<typeof tempDir>;
afterEach(() => tmp?.remove());

describe('remittance columns', () => {
  it('splits a line into billed, allowed, deductible, coinsurance, other adjustments and paid', () => {
    const [first] = sampleRemittance().claims[0]!.lines;
    expect(lineAmounts(first!)).toEqual({
      billed: 15000, allowed: 11000, deductible: 2000, coinsurance: 1800, other: [{ group: 'CO', reason: '45', amountCents: 4000 }], paid: 7200,
    });
  });

  it('derives allowed from paid plus patient share when the payer sent no AMT*B6', () => {
    const second = sampleRemittance().claims[0]!.lines[1]!;
    expect(lineAmounts(second).allowed).toBe(5800 + 1200);
  });

  it('totals a claim from its lines and claim-level adjustments, one entry per group and reason', () => {
    const [jane, richard] = sampleRemittance().claims;
    expect(claimAmounts(jane!)).toMatchObject({ billed: 25000, allowed: 18000, deductible: 2000, coinsurance: 3000, paid: 13000, other: [{ group: 'CO', reason: '45', amountCents: 7000 }] });
    expect(claimAmounts(richard!).other).toEqual([{ group: 'OA', reason: '23', amountCents: 4000 }]);
    expect(mergeAdjustments([{ group: 'CO', reason: '45', amountCents: 1 }, { group: 'CO', reason: '45', amountCents: -3 }])).toEqual([{ group: 'CO', reason: '45', amountCents: -2 }]);
  });

  it('lists every code the advice uses for the glossary', () => {
    expect(codesUsed(sampleRemittance())).toEqual({ groups: ['CO', 'OA', 'PR'], reasons: ['1', '2', '23', '45'], remarks: ['MA18', 'N130'] });
  });
});

describe('claim history', () => {
  it('says in red words when the waterfall does not balance', async () => {
    tmp = tempDir();
    const detail = sampleClaimDetail();
    detail.waterfall.claim.differenceCents = 500;
    const out = join(tmp.dir, 'unbalanced.pdf');
    await writeFileAtomically(out, (stream) => renderClaimHistoryPdf(detail, stream, { generatedAt: new Date('2026-11-23T10:00:00Z') }));
    const text = execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' });
    expect(text).toContain('Does not balance: $5.00 unexplained.');
    expect(text).not.toContain('Balanced: charge');
  });
});

describe('monthly pack workbook', () => {
  it('has one sheet per section, typed key figures and the definitions', async () => {
    tmp = tempDir();
    const pack = sampleReportPack();
    const out = join(tmp.dir, 'pack.xlsx');
    await writeFileAtomically(out, (stream) => writeXlsx(reportPackSections(pack), stream));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Key figures', 'Aging', 'Denials', 'Top providers', 'Payer turnaround', 'First pass', 'Definitions']);
    const kpis = workbook.getWorksheet('Key figures')!;
    expect(kpis.getRow(2).getCell(2).value).toBe(pack.kpis.claims);
    expect(kpis.getRow(3).getCell(3).value).toBe(1824500.75);
    expect(kpis.getRow(6).getCell(4).value).toBe(pack.kpis.denialRate);
    expect(workbook.getWorksheet('Aging')!.getRow(2).getCell(3).value).toBe(210000);
    expect(workbook.getWorksheet('Definitions')!.rowCount).toBeGreaterThan(10);
  });
});
