import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeFileAtomically } from '../../../main/export/atomic-file.js';
import { writeCsv } from '../../../main/export/csv-writer.js';
import { centsToDecimal } from '../../../main/export/values.js';
import { tempDir } from '../../helpers/db.js';
import { sampleColumns, sampleRow, sampleRows } from './synthetic-rows.js';

let tmp: ReturnType<typeof tempDir>;
afterEach(() => tmp?.remove());

async function exportCsv(count: number, bom = false) {
  tmp = tempDir();
  const file = join(tmp.dir, 'out.csv');
  const progress: number[] = [];
  const rows = await writeFileAtomically(file, (out) =>
    writeCsv(sampleRows(count), sampleColumns, out, { bom, onProgress: (p) => progress.push(p.rows) }));
  return { file, rows, progress, bytes: readFileSync(file) };
}

describe('writeCsv', () => {
  it('writes RFC 4180 that a strict parser reads back to the same values', async () => {
    const { bytes, rows, progress } = await exportCsv(2000);
    expect(rows).toBe(2000);
    expect(progress.at(-1)).toBe(2000);
    const records = parse(bytes, { columns: true, relax_quotes: false, record_delimiter: '\r\n' }) as Record<string, string>[];
    expect(Object.keys(records[0]!)).toEqual(sampleColumns.map((c) => c.key));
    expect(records).toHaveLength(2000);
    for (const [i, record] of records.entries()) {
      const row = sampleRow(i + 1);
      expect(record.id).toBe(String(row.id));
      expect(record.charge_amount).toBe(centsToDecimal(row.charge));
      expect(record.paid_amount).toBe(row.paid === null ? '' : centsToDecimal(row.paid));
      expect(record.service_date).toBe(row.serviceDate);
      expect(record.updated_at).toBe(row.at);
      expect(record.patient_name.replace(/^'(?=[=+\-@\t\r])/, '')).toBe(row.patient);
    }
  });

  it('neutralises formula cells but leaves plain negative money numeric', async () => {
    const { bytes } = await exportCsv(7);
    const records = parse(bytes, { columns: true }) as Record<string, string>[];
    const names = records.map((r) => r.patient_name);
    expect(names).toContain('\'=HYPERLINK("http://evil")');
    expect(names).toContain("'-SMITH");
    expect(names).toContain("'@SUM(1)");
    expect(names).toContain('DOE, JANE');
    expect(names.filter((n) => /^[=+\-@\t\r]/.test(n))).toEqual([]);
    expect(records[0]!.charge_amount).toBe('79.19');
    expect(records[2]!.charge_amount).toBe('-237.58'); // a reversal: a plain number, no apostrophe
  });

  it('adds a UTF-8 byte order mark only when asked (Excel-friendly)', async () => {
    const plain = await exportCsv(3);
    expect([...plain.bytes.subarray(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
    tmp.remove();
    const excel = await exportCsv(3, true);
    expect([...excel.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(excel.bytes.toString('utf8')).toContain('MÜLLER, JÖRG');
    expect(excel.bytes.toString('utf8')).toContain('\r\n');
  });
});
