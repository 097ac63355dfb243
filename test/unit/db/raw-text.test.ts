// Raw X12 is kept deflated: it must come back exactly, rows from before compression must still read, and damaged
// bytes must be refused rather than read as some other text.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { getRawTransaction } from '../../../db/queries/raw.js';
import { packRawText, unpackRawText } from '../../../db/queries/raw-text.js';
import { generateDataset } from '../../../main/edi/generate/index.js';
import { freshDb, ingest } from '../ingest/helpers.js';

const x12 = generateDataset({ seed: 11, claims: 40, claimsPer837: 20 }).next().value!.text;

describe('raw text storage', () => {
  it('round-trips any text exactly, non-ASCII included, in far fewer bytes than X12 takes', () => {
    for (const text of [x12, '', 'ISA*00*~', 'NM1*QC*1*MÜLLER*JOSÉ~ 😀 \u0000\u00ff']) expect(unpackRawText(packRawText(text))).toBe(text);
    expect(packRawText(x12).length).toBeLessThan(x12.length / 2);
  });

  it('reads rows written before compression, which hold the text itself', () => {
    expect(unpackRawText(x12)).toBe(x12);
  });

  it('refuses damaged bytes', () => {
    const packed = packRawText(x12);
    const damaged = Uint8Array.from(packed);
    damaged.fill(0xff, 10, 40);
    expect(() => unpackRawText(damaged)).toThrow();
  });

  it('an imported set is stored packed and read back verbatim', () => {
    const db = freshDb();
    ingest(db, x12, 'claims.x12');
    const row = db.$client.prepare('SELECT id, content_hash AS hash, typeof(text) AS kind, length(text) AS bytes FROM raw_transactions LIMIT 1').get() as { id: number; hash: string; kind: string; bytes: number };
    expect(row.kind).toBe('blob');
    const back = getRawTransaction(db, row.id)!;
    expect(createHash('sha256').update(back.text).digest('hex')).toBe(row.hash); // the very text that was hashed at import
    expect(back.text).toContain('ST*837*');
    expect(row.bytes).toBeLessThan(back.text.length / 2);
  });
});
