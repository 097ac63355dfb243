// Fuzzing: mutated fixtures (dropped, duplicated, truncated segments, swapped delimiters, junk bytes) must
// never hang the engine and never throw anything but an X12Error that points at a location.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseX12Text, streamX12, X12Error, type ParseResult } from '../../../main/edi/index.js';
import type { Location } from '../../../main/edi/model.js';
import { readFixture } from './fixture-files.js';

const SOURCES = [
  'keironstoddart__edi-835-parser/test_edi_835_files/united_healthcare_legacy_sample.txt',
  'keironstoddart__edi-835-parser/test_edi_835_files/blue_cross_nc_sample.txt',
  'LinuxForHealth__x12/835_005010X221A1/medicare-part-a.835',
  'moov-io__x12/example_5010_837d/sample.txt',
  'LinuxForHealth__x12/837_005010X223A3/two-claims-single-provider.837i',
  'LinuxForHealth__x12/277_005010X212/claim-level-status.277',
  'imsweb__x12-parser/277_5010/x12_277CA_rejected.txt',
  'imsweb__x12-parser/837_5010/x12_999_rejected.txt',
  'tastypackets__x12-parser/835/multi-line-not-delimited.edi',
].map(readFixture);

type Mutation =
  | { kind: 'drop' | 'duplicate'; at: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'swap'; from: number; to: number; at: number }
  | { kind: 'junk'; at: number; text: string };

const DELIMITERS = ['*', '~', ':', '^', '>', '|', '\n'];

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constantFrom('drop' as const, 'duplicate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap' as const), from: fc.nat(DELIMITERS.length - 1), to: fc.nat(DELIMITERS.length - 1), at: fc.nat() }),
  fc.record({ kind: fc.constant('junk' as const), at: fc.nat(), text: fc.string({ unit: 'binary', maxLength: 12 }) }),
);

function apply(text: string, m: Mutation): string {
  const segments = text.split('~');
  const pick = (n: number) => n % Math.max(1, segments.length);
  switch (m.kind) {
    case 'drop': segments.splice(pick(m.at), 1); return segments.join('~');
    case 'duplicate': segments.splice(pick(m.at), 0, segments[pick(m.at)]); return segments.join('~');
    case 'truncate': return text.slice(0, m.at % (text.length + 1));
    case 'swap': {
      // Replace one occurrence (chosen by `at`) of a delimiter with another.
      const from = DELIMITERS[m.from];
      const hits: number[] = [];
      for (let i = text.indexOf(from); i >= 0; i = text.indexOf(from, i + 1)) hits.push(i);
      if (hits.length === 0) return text;
      const i = hits[m.at % hits.length];
      return text.slice(0, i) + DELIMITERS[m.to] + text.slice(i + 1);
    }
    case 'junk': { const i = m.at % (text.length + 1); return text.slice(0, i) + m.text + text.slice(i); }
  }
}

function expectLocation(loc: Location | undefined): void {
  expect(loc).toBeDefined();
  expect(Number.isInteger(loc!.byteOffset) && loc!.byteOffset >= 0).toBe(true);
  expect(Number.isInteger(loc!.segmentIndex) && loc!.segmentIndex >= 0).toBe(true);
  expect(typeof loc!.segmentId).toBe('string');
}

function check(result: ParseResult): void {
  for (const w of result.warnings) expectLocation(w.location);
  for (const set of result.sets) {
    expectLocation(set.location);
    if (set.error) {
      expect(set.error).toBeInstanceOf(X12Error);
      expectLocation(set.error.location);
    }
    for (const w of set.warnings) expectLocation(w.location);
  }
}

function parseOrX12Error(text: string): ParseResult | null {
  try {
    return parseX12Text(text, { file: 'fuzz.x12' });
  } catch (err) {
    expect(err).toBeInstanceOf(X12Error);
    expectLocation((err as X12Error).location);
    expect((err as X12Error).location.file).toBe('fuzz.x12');
    return null;
  }
}

describe('fuzzing the engine with mutated fixtures', () => {
  it('returns results or throws X12Error with a location, in memory', () => {
    fc.assert(
      fc.property(fc.nat(SOURCES.length - 1), fc.array(mutation, { minLength: 1, maxLength: 4 }), (source, mutations) => {
        const text = mutations.reduce(apply, SOURCES[source]);
        const result = parseOrX12Error(text);
        if (result) check(result);
      }),
      { seed: 20240613, numRuns: 400 },
    );
  });

  it('streams mutated input in random chunk sizes the same way', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(SOURCES.length - 1), fc.array(mutation, { minLength: 1, maxLength: 3 }), fc.integer({ min: 1, max: 200 }), async (source, mutations, size) => {
        const text = mutations.reduce(apply, SOURCES[source]);
        const expected = parseOrX12Error(text);
        async function* chunks() { for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size); }
        const sets = [];
        try {
          for await (const s of streamX12(chunks(), { file: 'fuzz.x12' })) sets.push(s);
        } catch (err) {
          expect(err).toBeInstanceOf(X12Error);
          expect(expected).toBeNull();
          return;
        }
        expect(expected).not.toBeNull();
        expect(sets.map((s) => s.contentHash)).toEqual(expected!.sets.map((s) => s.contentHash));
      }),
      { seed: 424242, numRuns: 150 },
    );
  });
});
