// Same seed → the same bytes and truths; another seed → other data; options are checked up front.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generateDataset, generateEvents, generateTruth, stream835, type GeneratorOptions } from '../../../../main/edi/generate/index.js';

function digest(opts: GeneratorOptions): { hash: string; names: string[] } {
  const h = createHash('sha256');
  const names: string[] = [];
  for (const f of generateDataset(opts)) {
    names.push(f.name);
    h.update(f.name).update('\0').update(f.text).update('\0');
  }
  return { hash: h.digest('hex'), names };
}

describe('generator determinism', () => {
  const opts: GeneratorOptions = { seed: 11, claims: 400, claimsPer837: 40 };

  it('the same seed yields byte-identical files and identical truths', () => {
    const a = digest(opts);
    const b = digest({ ...opts });
    expect(a.names.length).toBeGreaterThan(10);
    expect(b).toEqual(a);
    expect([...generateTruth(opts)]).toEqual([...generateTruth(opts)]);
  });

  it('a different seed yields different files', () => {
    const a = digest(opts);
    const b = digest({ ...opts, seed: 12 });
    expect(b.hash).not.toBe(a.hash);
    const pcnsA = [...generateTruth(opts)].map((t) => `${t.patientControlNumber} ${t.chargeCents}`);
    const pcnsB = [...generateTruth({ ...opts, seed: 12 })].map((t) => `${t.patientControlNumber} ${t.chargeCents}`);
    expect(pcnsB).not.toEqual(pcnsA);
  });

  it('generateDataset yields the same files as generateEvents', () => {
    const viaEvents = [...generateEvents(opts)].flatMap((e) => (e.type === 'file' ? [e.file] : []));
    expect([...generateDataset(opts)]).toEqual(viaEvents);
  });

  it('stream835 is deterministic and seed dependent', () => {
    const text = (seed: number) => [...stream835({ seed, claims: 120, claimsPer835: 25 })].join('');
    expect(text(5)).toBe(text(5));
    expect(text(6)).not.toBe(text(5));
  });

  it('zero claims yields nothing', () => {
    expect([...generateDataset({ seed: 1, claims: 0 })]).toEqual([]);
  });

  it('rejects options it cannot honour, naming the option', () => {
    expect(() => [...generateDataset({ seed: 1, claims: 5, delimiters: { element: 'A' } })]).toThrow(/delimiters.element/);
    expect(() => [...generateDataset({ seed: 1, claims: 5, delimiters: { component: '*' } })]).toThrow(/four different/);
    expect(() => [...generateDataset({ seed: 1, claims: 5, delimiters: { terminator: '\n', newline: '\n' } })]).toThrow(/line-break terminator/);
    expect(() => [...generateDataset({ seed: 1, claims: 5, rates: { denied: 1.5 } })]).toThrow(/rates.denied/);
    expect(() => [...generateDataset({ seed: 1.5, claims: 5 })]).toThrow(/seed/);
    expect(() => [...generateDataset({ seed: 1, claims: -1 })]).toThrow(/claims/);
    expect(() => [...generateDataset({ seed: 1, claims: 5, startDate: '2025-02-30' })]).toThrow(/startDate/);
  });
});
