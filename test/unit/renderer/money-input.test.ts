import { describe, expect, it } from 'vitest';
import { centsToInput, parseDollars } from '../../../renderer/lib/money-input.js';
import { planBatches } from '../../../renderer/lib/import-batches.js';

describe('dollar input', () => {
  it('parses by string math', () => {
    expect(parseDollars('123.4')).toBe(12340);
    expect(parseDollars('$1,234.05')).toBe(123405);
    expect(parseDollars('0.1')).toBe(10);
    expect(parseDollars('')).toBeUndefined();
    expect(parseDollars('12.345')).toBeNull();
    expect(parseDollars('-5')).toBeNull();
    expect(centsToInput(123405)).toBe('1234.05');
  });
});

describe('import batches', () => {
  it('fills calls up to the limit and sets aside files that can never fit', () => {
    const f = (name: string, size: number) => ({ name, size });
    const { batches, tooLarge } = planBatches([f('a', 60), f('b', 50), f('c', 500), f('d', 40)], 100);
    expect(batches.map((b) => b.map((x) => x.name))).toEqual([['a'], ['b', 'd']]);
    expect(tooLarge.map((x) => x.name)).toEqual(['c']);
  });
});
