// Tokenizer, envelope and streaming behaviour: delimiters, layouts, envelope checks, raw copies, chunking.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseX12Text, readX12File, streamX12, X12Error, type TransactionSet } from '../../../main/edi/index.js';
import { codes, fixturePath, parseFixture, readFixture, remittances } from './fixture-files.js';

const TP = 'tastypackets__x12-parser/835/';
const ISA = 'ISA*00*          *00*          *ZZ*SENDER         *ZZ*RECEIVER       *240101*1200*^*00501*000000007*0*P*:~';
const SET = ['ST*999*0001*005010X231A1', 'AK1*HC*17*005010X222A1', 'AK2*837*0001', 'IK5*A', 'AK9*A*1*1*1', 'SE*6*0001'];
const wrap = (set = SET, ge = 'GE*1*7', iea = 'IEA*1*000000007') => [ISA.slice(0, -1), 'GS*FA*S*R*20240101*1200*7*X*005010X231A1', ...set, ge, iea].join('~') + '~';

async function collect(gen: AsyncGenerator<TransactionSet>): Promise<TransactionSet[]> {
  const out: TransactionSet[] = [];
  for await (const s of gen) out.push(s);
  return out;
}

async function* chunks(text: string, size: number): AsyncGenerator<Uint8Array> {
  const bytes = Buffer.from(text, 'utf8');
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

const strip = (s: TransactionSet) => ({ ...s, error: s.error?.code ?? null });
const withoutLocations = (v: unknown) => JSON.parse(JSON.stringify(v, (k, x) => (k === 'location' ? undefined : x)));

describe('delimiters and layouts', () => {
  it('reads the same 835 from LF-terminated, one-line and newline-as-terminator layouts (69 segments)', () => {
    const layouts = ['profee.edi', 'profee-one-line.edi', 'multi-line-not-delimited.edi'].map((f) => parseFixture(TP + f));
    for (const r of layouts) expect(r.sets[0].segmentCount + 4).toBe(69);
    const [a, b, c] = layouts.map((r) => remittances(r)[0]);
    expect(b.claims).toEqual(a.claims.map((cl) => ({ ...cl, location: b.claims[a.claims.indexOf(cl)].location, lines: cl.lines.map((l, i) => ({ ...l, location: b.claims[a.claims.indexOf(cl)].lines[i].location })) })));
    expect(c.claims.map((cl) => cl.payerClaimControlNumber)).toEqual(a.claims.map((cl) => cl.payerClaimControlNumber));
    expect(layouts[0].sets[0].envelope).toEqual({
      senderId: 'EMEDNYBAT', receiverId: 'ETIN', interchangeControlNumber: '006000600', interchangeDate: '2010-01-01', usage: 'T',
      functionalId: 'HP', groupControlNumber: '6000600', version: '005010X221A1', transactionSetId: '835', transactionControlNumber: '1740',
    });
  });

  it('reads 156 interchanges on one line: 468 claims, each 45.75', () => {
    const result = parseFixture(`${TP}profee-multiple.edi`);
    expect(result.sets).toHaveLength(156);
    const all = remittances(result);
    expect(all.flatMap((r) => r.claims)).toHaveLength(468);
    expect(all.every((r) => r.paymentCents === 4575)).toBe(true);
    expect(new Set(result.sets.map((s) => s.contentHash)).size).toBe(1); // same content, same hash
  });

  it('detects & # @ $ delimiters from the ISA', () => {
    const text = wrap().replaceAll('*', '&').replaceAll('~', '$').replaceAll(':', '@').replace('&^&', '&#&');
    const ack = parseX12Text(text).sets[0];
    expect(ack.mapped?.kind).toBe('999');
    expect(ack.raw.split('\n')[0].endsWith('&@$')).toBe(true);
  });

  it('tolerates BOM, leading text, CRLF, trailing whitespace and lower-case segment ids', () => {
    const text = `\uFEFFExported by some tool\r\n${wrap().replaceAll('~', '~\r\n').replace('IK5*A', 'ik5*A  ')}\r\n\r\n   `;
    const result = parseX12Text(text);
    expect(codes(result.warnings)).toEqual(['text_before_isa']);
    expect(result.sets[0].warnings).toEqual([]);
    const m = result.sets[0].mapped!;
    expect(m.kind === '999' && m.acknowledgment.sets[0].status).toBe('accepted');
  });

  it('reads a non-fixed-width ISA by splitting (imsweb x12_bad_first_line)', () => {
    const result = parseFixture('imsweb__x12-parser/837_5010/x12_bad_first_line.txt');
    expect(result.sets[0].error).toBeNull();
    expect(result.sets[0].envelope.senderId).toBe('SUBMITTERS.ID');
  });

  it('reads a file starting at GS with a warning on the set (imsweb x12_no_isa_line)', () => {
    const result = parseFixture('imsweb__x12-parser/837_5010/x12_no_isa_line.txt');
    expect(codes(result.sets[0].warnings)).toContain('no_envelope');
    expect(result.sets[0].envelope.functionalId).toBe('HC');
    expect(codes(result.warnings)).toContain('segment_outside_set'); // the trailing IEA without an ISA
  });

  it('rejects text that is not X12 with not_x12 and a location', () => {
    for (const junk of ['', 'hello world', '{"json": true}', 'IS', 'ISAAC*NEWTON']) {
      let error: unknown;
      try { parseX12Text(junk, { file: 'junk.txt' }); } catch (err) { error = err; }
      expect(error).toBeInstanceOf(X12Error);
      expect((error as X12Error).code).toMatch(/not_x12|bad_isa/);
      expect((error as X12Error).location.file).toBe('junk.txt');
      expect((error as X12Error).message).toContain('junk.txt');
    }
  });

  it('reports a broken first ISA as bad_isa naming the element', () => {
    const broken = 'ISA*00*          *00*          *ZZ*SENDER         *ZZ*RECEIVER~GS*FA~';
    expect(() => parseX12Text(broken)).toThrowError(expect.objectContaining({ code: 'bad_isa', location: expect.objectContaining({ segmentId: 'ISA', byteOffset: 0 }) }));
  });
});

describe('envelope checks', () => {
  it('warns on SE count, SE/ST, GE and IEA mismatches and keeps mapping', () => {
    const set = SET.slice(0, -1).concat('SE*9*0002');
    const result = parseX12Text(wrap(set, 'GE*2*8', 'IEA*3*000000008'));
    expect(codes(result.sets[0].warnings)).toEqual(['se_count_mismatch', 'se_control_mismatch', 'ge_count_mismatch', 'ge_control_mismatch', 'iea_count_mismatch', 'iea_control_mismatch']);
    expect(result.sets[0].warnings[0].location).toMatchObject({ segmentId: 'SE', element: 1, segmentIndex: 8 });
    expect(result.sets[0].mapped?.kind).toBe('999');
  });

  it('closes a set cut off by the end of the file, with missing SE/GE/IEA warnings', () => {
    const text = wrap().split('SE*6')[0];
    const result = parseX12Text(text);
    expect(codes(result.sets[0].warnings)).toEqual(['missing_se', 'missing_ge', 'missing_iea']);
  });

  it('keeps going after a set whose mapping fails: the error has a location', () => {
    const bad = ['ST*835*0001*005010X221A1', 'BPR*I*12.3.4*C*CHK', 'TRN*1*9', 'SE*4*0001'];
    const good = ['ST*835*0002*005010X221A1', 'BPR*I*1.00*C*CHK', 'TRN*1*10', 'SE*4*0002'];
    const result = parseX12Text(wrap([...bad, ...good], 'GE*2*7'), { file: 'two.835' });
    expect(result.sets).toHaveLength(2);
    expect(result.sets[0].error).toMatchObject({ code: 'invalid_amount', location: { file: 'two.835', segmentId: 'BPR', element: 2, segmentIndex: 4 } });
    expect(result.sets[0].error!.message).toMatch(/two\.835.*byte \d+.*segment #4 BPR.*element 2/);
    expect(result.sets[1].error).toBeNull();
    expect(result.sets[1].mapped?.kind === '835' && result.sets[1].mapped.remittance.paymentCents).toBe(100);
  });
});

describe('raw copy and hash', () => {
  it('raw is a standalone interchange that re-parses to the same records', () => {
    const original = parseFixture('LinuxForHealth__x12/835_005010X221A1/managed-care.835').sets[0];
    expect(original.contentHash).toBe(createHash('sha256').update(original.raw).digest('hex'));
    const lines = original.raw.trimEnd().split('\n');
    expect(lines[0].startsWith('ISA*')).toBe(true);
    expect(lines.at(-2)).toBe('GE*1*1~');
    expect(lines.at(-1)).toBe(`IEA*1*${original.envelope.interchangeControlNumber}~`);
    const again = parseX12Text(original.raw).sets[0];
    expect(withoutLocations(again.mapped)).toEqual(withoutLocations(original.mapped));
    expect(again.raw).toBe(original.raw);
  });

  it('each set of a multi-set file gets its own raw with one ST', () => {
    const sets = parseFixture('imsweb__x12-parser/837_5010/x12_multiple_st.txt').sets;
    for (const s of sets) expect(s.raw.match(/^ST\*/gm)).toHaveLength(1);
    expect(sets[0].contentHash).not.toBe(sets[1].contentHash);
  });
});

describe('streaming', () => {
  it('gives the same sets for any chunk size, including 291-byte chunks and 1-byte chunks', async () => {
    for (const file of [`${TP}profee.edi`, 'LinuxForHealth__x12/837_004010X096A1/homeowners.837', 'imsweb__x12-parser/837_5010/x12_multiple_gs.txt']) {
      const text = readFixture(file);
      const whole = parseX12Text(text).sets.map(strip);
      for (const size of [1, 7, 291, 65536]) expect((await collect(streamX12(chunks(text, size)))).map(strip)).toEqual(whole);
    }
  });

  it('reads a file from disk with its base name in locations', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'x12-'));
    try {
      const path = join(dir, 'era.835');
      writeFileSync(path, readFixture(`${TP}profee-multiple.edi`));
      const sets = await collect(readX12File(path));
      expect(sets).toHaveLength(156);
      expect(sets[155].location.file).toBe('era.835');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('hands out sets while the source is still being read (about 1 MB is buffered before the first scan)', async () => {
    const sets = Array.from({ length: 40_000 }, (_, i) => SET.map((seg) => seg.replace('0001', String(i + 1).padStart(5, '0'))));
    const text = wrap(sets.flat(), `GE*${sets.length}*7`);
    let pulled = 0;
    async function* counted(): AsyncGenerator<Uint8Array> {
      for await (const chunk of chunks(text, 65536)) { pulled++; yield chunk; }
    }
    const pulledAt: number[] = [];
    for await (const set of streamX12(counted())) {
      expect(set.error).toBeNull();
      pulledAt.push(pulled);
    }
    expect(pulledAt).toHaveLength(40_000);
    expect(text.length).toBeGreaterThan(3 << 20);
    expect(pulledAt[0]).toBeLessThanOrEqual(17); // 16 chunks of 64 KB = the first scan
    expect(pulledAt[20_000]).toBeLessThan(pulledAt[39_999]);
  });

  it('contentHash is the SHA-256 of raw as UTF-8, for ASCII and non-ASCII sets, parsed or streamed', async () => {
    for (const file of [`${TP}profee.edi`, 'LinuxForHealth__x12/837_004010X096A1/homeowners.837']) {
      const text = readFixture(file);
      const streamed = await collect(streamX12(chunks(text, 4096)));
      for (const set of [...parseX12Text(text).sets, ...streamed]) {
        expect(set.contentHash).toBe(createHash('sha256').update(set.raw, 'utf8').digest('hex'));
      }
    }
  });

  it('throws not_x12 from the stream for non-X12 input', async () => {
    await expect(collect(streamX12(chunks('just some text\n'.repeat(10), 16)))).rejects.toMatchObject({ code: 'not_x12' });
  });

  it('keeps exact byte offsets after multi-byte characters', async () => {
    const path = fixturePath('LinuxForHealth__x12/837_004010X096A1/workers-compensation.837');
    const [set] = await collect(readX12File(path));
    const bytes = readFileSync(path);
    const m = set.mapped!;
    if (m.kind !== '837') throw new Error('expected 837');
    expect(bytes.subarray(0, m.claims[0].location.byteOffset).includes(0xe2)).toBe(true); // a multi-byte char precedes CLM
    expect(bytes.subarray(m.claims[0].location.byteOffset, m.claims[0].location.byteOffset + 4).toString('latin1')).toBe('CLM*');
  });
});
