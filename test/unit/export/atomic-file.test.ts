import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempPathFor, writeFileAtomically } from '../../../main/export/atomic-file.js';
import { writeCsv } from '../../../main/export/csv-writer.js';
import { writeXlsx } from '../../../main/export/xlsx-writer.js';
import { tempDir } from '../../helpers/db.js';
import { sampleColumns, sampleRows, type SampleRow } from './synthetic-rows.js';

let tmp: ReturnType<typeof tempDir>;
afterEach(() => tmp?.remove());

function* failingRows(after: number): Generator<SampleRow> {
  let n = 0;
  for (const row of sampleRows(after * 10)) {
    if (++n > after) throw new Error('disk went away');
    yield row;
  }
}

describe('writeFileAtomically', () => {
  it('renames into place only on success, private to the user', async () => {
    tmp = tempDir();
    const file = join(tmp.dir, 'ok.csv');
    await writeFileAtomically(file, (out) => writeCsv(sampleRows(10), sampleColumns, out));
    expect(readdirSync(tmp.dir)).toEqual(['ok.csv']);
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('keeps the previous file and leaves no temp file when the writer fails', async () => {
    tmp = tempDir();
    const file = join(tmp.dir, 'claims.csv');
    writeFileSync(file, 'previous export');
    await expect(writeFileAtomically(file, (out) => writeCsv(failingRows(70_000), sampleColumns, out))).rejects.toThrow('disk went away');
    expect(readdirSync(tmp.dir)).toEqual(['claims.csv']);
    expect(readFileSync(file, 'utf8')).toBe('previous export');
  });

  for (const format of ['csv', 'xlsx'] as const) {
    it(`cancels a ${format} export mid-way and leaves nothing behind`, async () => {
      tmp = tempDir();
      const file = join(tmp.dir, `claims.${format}`);
      const abort = new AbortController();
      const rows = (function* () {
        let n = 0;
        for (const row of sampleRows(1_000_000)) {
          if (++n === 20_000) abort.abort();
          yield row;
        }
      })();
      const write = format === 'csv'
        ? writeFileAtomically(file, (out) => writeCsv(rows, sampleColumns, out, { signal: abort.signal }))
        : writeFileAtomically(file, (out) => writeXlsx([{ name: 'Claims', columns: sampleColumns, rows }], out, { signal: abort.signal }));
      await expect(write).rejects.toMatchObject({ name: 'AbortError' });
      expect(readdirSync(tmp.dir)).toEqual([]);
      expect(existsSync(file)).toBe(false);
    });
  }

  it('names the temp file beside the target, hidden and recognisable', () => {
    expect(tempPathFor('/x/y/claims.csv', 'abc')).toBe('/x/y/.claims.csv.abc.partial');
  });
});
