import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeFileAtomically } from '../../../main/export/atomic-file.js';
import { centsToDecimal } from '../../../main/export/values.js';
import { writeXlsx } from '../../../main/export/xlsx-writer.js';
import { tempDir } from '../../helpers/db.js';
import { sampleColumns, sampleRow, sampleRows } from './synthetic-rows.js';

let tmp: ReturnType<typeof tempDir>;
afterEach(() => tmp?.remove());

async function readBack(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

describe('writeXlsx', () => {
  it('writes typed cells that read back as the same numbers, dates and text', async () => {
    tmp = tempDir();
    const file = join(tmp.dir, 'claims.xlsx');
    const rows = await writeFileAtomically(file, (out) =>
      writeXlsx([{ name: 'Claims', columns: sampleColumns, rows: sampleRows(300) }], out));
    expect(rows).toBe(300);
    const sheet = (await readBack(file)).getWorksheet('Claims')!;
    expect(sheet.rowCount).toBe(301);
    expect(sheet.getRow(1).values).toEqual([undefined, ...sampleColumns.map((c) => c.label)]);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    for (let i = 1; i <= 300; i++) {
      const row = sampleRow(i);
      const cells = sheet.getRow(i + 1);
      expect(cells.getCell(1).value).toBe(row.id);
      const charge = cells.getCell(3);
      expect(charge.type).toBe(ExcelJS.ValueType.Number);
      expect((charge.value as number).toFixed(2)).toBe(centsToDecimal(row.charge));
      expect(charge.numFmt).toContain('#,##0.00');
      expect(cells.getCell(4).value).toBe(row.paid === null ? null : Number(centsToDecimal(row.paid)));
      const date = cells.getCell(5);
      expect(date.type).toBe(ExcelJS.ValueType.Date);
      expect((date.value as Date).toISOString().slice(0, 10)).toBe(row.serviceDate);
      expect((cells.getCell(6).value as Date).toISOString()).toBe(row.at);
      const name = cells.getCell(2).value as string;
      expect(name.replace(/^'(?=[=+\-@\t\r])/, '')).toBe(row.patient.replace(/\r\n?/g, '\n'));
      expect(name).not.toMatch(/^[=+\-@\t\r]/);
    }
  });

  it('writes one sheet per section and continues a section on a new sheet past the row limit', async () => {
    tmp = tempDir();
    const file = join(tmp.dir, 'pack.xlsx');
    await writeFileAtomically(file, (out) => writeXlsx([
      { name: 'Aging', columns: sampleColumns, rows: sampleRows(5) },
      { name: 'Denials: by payer/CARC', columns: sampleColumns, rows: sampleRows(12) },
    ], out, { maxRowsPerSheet: 5 }));
    const workbook = await readBack(file);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Aging', 'Denials  by payer CARC', 'Denials  by payer CARC (2)', 'Denials  by payer CARC (3)']);
    expect(workbook.worksheets.map((s) => s.rowCount)).toEqual([6, 6, 6, 3]);
    expect(workbook.worksheets[3]!.getRow(3).getCell(1).value).toBe(12);
  });
});
