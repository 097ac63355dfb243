// The tokenizer's fast paths must agree with the plain string versions they replace: shared ids and codes,
// amounts parsed in place, codes without slicing, exact-size lists.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { append } from '../../../main/edi/map-context.js';
import { segmentId, sharedCode, StringCache } from '../../../main/edi/segment-ids.js';
import { SegmentTable } from '../../../main/edi/segment-table.js';
import { decimalToCents, decimalToCentsIn } from '../../../main/edi/values.js';

/** A table holding one segment `XX*<values joined by *>`. */
function tableOf(values: string[], nonAscii = false): SegmentTable {
  const t = new SegmentTable();
  t.text = ['XX', ...values].join('*');
  const seps: number[] = [];
  for (let i = 0; i < t.text.length; i++) if (t.text[i] === '*') seps.push(i);
  t.add('XX', 0, t.text.length, Int32Array.from(seps), seps.length, 1);
  t.nonAscii = nonAscii;
  return t;
}

const element = fc.string({ unit: fc.constantFrom('0', '1', '9', '.', '-', '+', ' ', '\t', 'a', 'Z', ':'), maxLength: 8 });

describe('segment table fast paths', () => {
  it('cents() equals decimalToCents of the trimmed element, undefined when empty', () => {
    fc.assert(fc.property(fc.array(element, { minLength: 1, maxLength: 4 }), (values) => {
      const t = tableOf(values);
      values.forEach((v, k) => {
        expect(t.cents(0, k + 1)).toBe(v === '' ? undefined : decimalToCents(v.trim()));
        expect(t.has(0, k + 1)).toBe(v !== '');
      });
      expect(t.cents(0, values.length + 1)).toBeUndefined();
    }));
  });

  it('el() and code() give the sliced text and its upper-cased, trimmed form', () => {
    fc.assert(fc.property(fc.array(element, { minLength: 1, maxLength: 4 }), (values) => {
      const t = tableOf(values);
      values.forEach((v, k) => {
        expect(t.el(0, k + 1)).toBe(v);
        expect(t.code(0, k + 1)).toBe(/[a-z ]/.test(v) ? v.toUpperCase().trim() : v);
      });
    }));
  });

  it('decodes UTF-8 values and parses their amounts the slow way when the set is not ASCII', () => {
    const t = tableOf([Buffer.from('DUFFER’S', 'utf8').toString('latin1'), ' 12.5 ', 'CO'], true);
    expect([t.el(0, 1), t.cents(0, 2), t.code(0, 3)]).toEqual(['DUFFER’S', 1250, 'CO']);
  });

  it('decimalToCentsIn reads a range exactly like decimalToCents reads the slice', () => {
    fc.assert(fc.property(fc.string({ maxLength: 12 }), fc.nat(12), fc.nat(12), (text, a, b) => {
      const from = Math.min(a, b, text.length);
      const to = Math.min(Math.max(a, b), text.length);
      expect(decimalToCentsIn(text, from, to)).toBe(decimalToCents(text.slice(from, to)));
    }));
  });
});

describe('shared ids and codes', () => {
  it('sharedCode returns the text for short digit/capital codes and null for anything else', () => {
    const alphabet = ['0', '1', 'A', 'Z', '9'];
    const all: string[] = [''];
    for (let len = 1; len <= 4; len++) for (const prefix of all.filter((s) => s.length === len - 1)) for (const c of alphabet) all.push(prefix + c);
    // Twice: the second pass reads from the cache, where keys of different lengths must not meet ('1' vs '01').
    for (let pass = 0; pass < 2; pass++) for (const code of all.slice(1)) expect(sharedCode(`*${code}*`, 1, code.length + 1)).toBe(code);
    for (const other of ['', 'ab', 'A B', '12345', 'A-1', 'é']) expect(sharedCode(other, 0, other.length)).toBeNull();
  });

  it('segmentId upper-cases and trims, from cache or not', () => {
    for (let pass = 0; pass < 2; pass++) {
      expect(segmentId('clp*1', 0, 3)).toBe('CLP');
      expect(segmentId(' n1*PR', 0, 3)).toBe('N1');
      expect(segmentId('ZZZZZ*1', 0, 5)).toBe('ZZZZZ');
    }
  });

  it('StringCache gives back what was stored under a key or nothing, never another key\'s value', () => {
    const cache = new StringCache(4);
    for (let k = 0; k < 200; k++) cache.set(k * 7919, `v${k}`);
    for (let k = 0; k < 200; k++) expect([undefined, `v${k}`]).toContain(cache.get(k * 7919));
    expect(cache.get(199 * 7919)).toBe('v199'); // the last one written is always there
  });
});

describe('append', () => {
  it('adds items in order, past the exact-size range too', () => {
    let list: number[] = [];
    for (let k = 0; k < 7; k++) list = append(list, k);
    expect(list).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });
});
