import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { centsToDecimal, csvText, neutraliseFormula, xlsxValue } from '../../../main/export/values.js';

describe('centsToDecimal', () => {
  it('renders integer cents as an exact decimal', () => {
    expect(centsToDecimal(0)).toBe('0.00');
    expect(centsToDecimal(5)).toBe('0.05');
    expect(centsToDecimal(-5)).toBe('-0.05');
    expect(centsToDecimal(12345)).toBe('123.45');
    expect(centsToDecimal(-100)).toBe('-1.00');
    expect(centsToDecimal(900719925474099)).toBe('9007199254740.99');
  });

  it('round-trips through string math for any safe integer', () => {
    fc.assert(fc.property(fc.maxSafeInteger(), (cents) => {
      const text = centsToDecimal(cents);
      const [whole, frac] = text.replace('-', '').split('.');
      const back = BigInt(whole!) * 100n + BigInt(frac!);
      expect(text.startsWith('-') ? -back : back).toBe(BigInt(cents));
    }));
  });

  it('refuses fractional cents', () => {
    expect(() => centsToDecimal(1.5)).toThrow(/integer cents/);
  });
});

describe('formula neutralisation', () => {
  it('prefixes every trigger character with an apostrophe', () => {
    for (const text of ['=SUM(A1)', '+1', '-2+3', '@cmd', '\tx', '\rx']) expect(neutraliseFormula(text)).toBe(`'${text}`);
  });

  it('leaves ordinary text alone', () => {
    for (const text of ['DOE, JANE', '', "O'BRIEN", '1=1', ' =x']) expect(neutraliseFormula(text)).toBe(text);
  });

  it('neutralises text columns but keeps negative money a number', () => {
    expect(csvText('text', '-12.50')).toBe("'-12.50");
    expect(csvText('money', -1250)).toBe('-12.50');
    expect(xlsxValue('money', -1250)).toBe(-12.5);
    expect(xlsxValue('text', '=HYPERLINK("http://x")')).toBe('\'=HYPERLINK("http://x")');
  });
});

describe('typed values', () => {
  it('renders dates, integers and ratios, and empties for null', () => {
    expect(csvText('date', '2026-11-01')).toBe('2026-11-01');
    expect(csvText('datetime', '2026-11-01T10:00:00Z')).toBe('2026-11-01T10:00:00Z');
    expect(csvText('integer', 42)).toBe('42');
    expect(csvText('ratio', 0.12345)).toBe('0.1235');
    expect(csvText('money', null)).toBe('');
    expect(xlsxValue('date', '2026-11-01')).toEqual(new Date(Date.UTC(2026, 10, 1)));
  });

  it('refuses a value that does not fit its column', () => {
    expect(() => csvText('date', '11/01/2026')).toThrow(/ISO date/);
    expect(() => csvText('integer', 1.5)).toThrow(/integer/);
    expect(() => csvText('money', 'abc')).toThrow(/not a number/);
  });
});
