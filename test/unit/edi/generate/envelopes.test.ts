// Envelope arithmetic of every generated interchange, for several delimiter sets: fixed-width ISA,
// control numbers that match, GE01 / IEA01 / SE01 counts.
import { describe, expect, it } from 'vitest';
import { generateDataset, stream835, type Delimiters } from '../../../../main/edi/generate/index.js';
import { splitInterchange } from './x12-lite.js';

const DELIMITER_SETS: Partial<Delimiters>[] = [
  {},
  { element: '|', component: '>', repetition: '!', terminator: '\n', newline: '' },
  { element: '^', component: '\\', repetition: '{', terminator: '~', newline: '\r\n' },
  { element: '+', component: '<', repetition: '#', terminator: "'", newline: '' },
];

function checkInterchange(text: string, d: Partial<Delimiters>): { isa13: string; sets: number } {
  const end = (d.terminator ?? '~') + (d.newline ?? '\n');
  const isaLine = text.slice(0, 106);
  expect(isaLine.length).toBe(106);
  expect(isaLine[3]).toBe(d.element ?? '*');
  expect(isaLine[82]).toBe(d.repetition ?? '^');
  expect(isaLine[104]).toBe(d.component ?? ':');
  expect(isaLine[105]).toBe(d.terminator ?? '~');
  expect(text.endsWith(end)).toBe(true);
  const { segments } = splitInterchange(text);
  const isa = segments[0];
  const iea = segments[segments.length - 1];
  expect(isa).toHaveLength(17);
  expect(iea[0]).toBe('IEA');
  expect(iea[2]).toBe(isa[13]);
  let groups = 0, setsInGroup = 0, sets = 0, segmentsInSet = 0;
  let gs: string[] = [], st: string[] = [];
  for (const s of segments.slice(1, -1)) {
    if (s[0] === 'GS') { gs = s; groups++; setsInGroup = 0; continue; }
    if (s[0] === 'GE') { expect(s[1]).toBe(String(setsInGroup)); expect(s[2]).toBe(gs[6]); continue; }
    if (s[0] === 'ST') { st = s; segmentsInSet = 0; setsInGroup++; sets++; }
    segmentsInSet++;
    if (s[0] === 'SE') { expect(s[1]).toBe(String(segmentsInSet)); expect(s[2]).toBe(st[2]); }
  }
  expect(iea[1]).toBe(String(groups));
  return { isa13: isa[13], sets };
}

describe('generated envelopes', () => {
  it.each(DELIMITER_SETS.map((d, i) => [i, d] as const))('delimiter set %i: every file is one correct interchange', (_i, delimiters) => {
    const isa13 = new Set<string>();
    const kinds = new Set<string>();
    let files = 0;
    for (const f of generateDataset({ seed: 3, claims: 300, claimsPer837: 30, delimiters, rates: { pending: 0.1, duplicateEra: 0.05 } })) {
      const { isa13: control } = checkInterchange(f.text, delimiters);
      expect(isa13.has(control)).toBe(false);
      isa13.add(control);
      kinds.add(f.kind);
      files++;
    }
    expect(files).toBe(isa13.size);
    expect([...kinds].sort()).toEqual(['277', '277CA', '835', '837', '999']);
  });

  it('stream835 builds one interchange whose pieces join into valid envelopes', () => {
    const d = DELIMITER_SETS[2];
    const chunks = [...stream835({ seed: 9, claims: 230, claimsPer835: 50, delimiters: d })];
    expect(chunks).toHaveLength(1 + 5 + 1);
    const { sets } = checkInterchange(chunks.join(''), d);
    expect(sets).toBe(5);
  });
});
