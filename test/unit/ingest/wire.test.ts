// What the import worker sends is exactly what staging made: every set of a generated dataset, every lifecycle path.
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../../main/edi/generate/index.js';
import { parseX12Text } from '../../../main/edi/index.js';
import { stageSet } from '../../../main/ingest/stage.js';
import { decodeBatch, encodeBatch } from '../../../main/ingest/wire.js';
import { encodedColumns } from '../../../db/queries/evidence.js';
import { unpackRawText } from '../../../db/queries/raw-text.js';
import type { StagedSet } from '../../../main/ingest/stage.js';

/** The evidence drafts of decoded sets with the JSON columns they arrived with; the columns are taken off them. */
function takeEncoded(sets: StagedSet[]): Array<{ got: string[] | undefined; want: string[] }> {
  const out: Array<{ got: string[] | undefined; want: string[] }> = [];
  const take = <D extends { encoded?: string[] }>(d: D, encode: (d: D) => string[]) => {
    const got = d.encoded;
    delete d.encoded;
    out.push({ got, want: encode(d) });
  };
  for (const s of sets) {
    const c = s.content;
    if (c?.kind === '837') c.submissions.forEach((d) => take(d, encodedColumns.submission));
    if (c?.kind === '277') c.reports.forEach((d) => take(d, encodedColumns.report));
    if (c?.kind === '835') c.payments.forEach((d) => take(d, encodedColumns.payment));
  }
  return out;
}

describe('import worker wire format', () => {
  it('round-trips staged sets, failures included', () => {
    const staged = [...generateDataset({ seed: 3, claims: 300, claimsPer837: 20, rates: { reversal: 0.1, duplicateEra: 0.05, rejected999: 0.05 } })]
      .flatMap((f) => parseX12Text(f.text, { file: f.name }).sets.map((s) => stageSet(s, '2026-02-01T00:00:00.000Z')));
    const broken = stageSet({ ...parseX12Text(generateDataset({ seed: 3, claims: 1 }).next().value!.text).sets[0]!, mapped: null }, '2026-02-01T00:00:00.000Z');
    staged[1] = { ...staged[1]!, warnings: [{ code: 'se_count_mismatch', message: 'SE01 says 9 segments, the set has 8', location: { byteOffset: 10, segmentIndex: 12, segmentId: 'SE', element: 1 } }] };
    const back = decodeBatch(encodeBatch([...staged, broken]));
    // the texts travel packed for storage, and unpack to each set verbatim
    expect(back.every((s) => s.text instanceof Uint8Array)).toBe(true);
    expect(back.map((s) => unpackRawText(s.text))).toEqual([...staged, broken].map((s) => s.text));
    // every evidence row's JSON columns arrive encoded, exactly as the writer would encode them itself
    const columns = takeEncoded(back);
    expect(columns.length).toBeGreaterThan(300);
    for (const { got, want } of columns) expect(got).toEqual(want);
    expect(back.slice(0, -1).map((s, i) => ({ ...s, text: staged[i]!.text }))).toEqual(staged);
    expect(new Set(staged.map((s) => s.content?.kind))).toEqual(new Set(['837', '999', '277', '835']));
    expect(back.at(-1)!.failure).toBeInstanceOf(Error);
    expect((back.at(-1)!.failure as Error).message).toBe((broken.failure as Error).message);
  });
});
