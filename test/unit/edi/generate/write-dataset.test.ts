// writeDataset puts exactly the streamed files on disk (plus truth.jsonl when asked); settle runs every
// claim's story to its end.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateDataset, generateTruth, writeDataset, type GeneratorOptions } from '../../../../main/edi/generate/index.js';
import { tempDir } from '../../../helpers/db.js';

const tmp = tempDir('claimtrail-gen-');
afterAll(() => tmp.remove());

describe('writeDataset', () => {
  it('writes every file byte for byte and one truth line per claim', async () => {
    const opts: GeneratorOptions = { seed: 31, claims: 250, claimsPer837: 25, delimiters: { newline: '\r\n' } };
    const dir = join(tmp.dir, 'set');
    const result = await writeDataset(opts, dir, { truth: true });
    const files = [...generateDataset(opts)];
    expect(result).toEqual({ files: files.length, bytes: files.reduce((a, f) => a + Buffer.byteLength(f.text), 0), claims: 250 });
    expect(readdirSync(dir).sort()).toEqual([...files.map((f) => f.name), 'truth.jsonl'].sort());
    for (const f of files) expect(readFileSync(join(dir, f.name), 'latin1')).toBe(f.text);
    const lines = readFileSync(join(dir, 'truth.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toEqual([...generateTruth(opts)]);
  });
});

describe('settle', () => {
  it('leaves no claim submitted or accepted, while the default stops with the last batch in flight', () => {
    const opts: GeneratorOptions = { seed: 32, claims: 300, claimsPer837: 30 };
    const settled = new Set([...generateTruth({ ...opts, settle: true })].map((t) => t.status));
    expect(settled.has('submitted') || settled.has('accepted')).toBe(false);
    expect(settled.has('paid')).toBe(true);
    const truths = [...generateTruth(opts)];
    const lastBatch = truths.reduce((a, t) => (t.submittedDate > a ? t.submittedDate : a), '');
    const open = truths.filter((t) => t.status === 'submitted');
    expect(open.length).toBeGreaterThan(0);
    expect(open.every((t) => t.submittedDate === lastBatch)).toBe(true); // its 277CA falls after the window
  });
});
