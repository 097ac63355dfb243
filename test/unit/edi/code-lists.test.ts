// Code lists: built-in descriptions, versions, and override files that update them without a code change.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  codeListVersions, describe999Error, describeCarc, describeCategory, describeClp02, describeEntity, describeGroup,
  describeRarc, describeStatus, loadCodeListOverrides,
} from '../../../main/edi/index.js';
import carc from '../../../main/edi/codes/carc.json' with { type: 'json' };

describe('code lists', () => {
  it('describes common codes of every list', () => {
    expect(describeCarc('45')).toMatch(/fee schedule/i);
    expect(describeCarc('253')).toMatch(/sequestration/i);
    expect(describeRarc('n206')).toMatch(/documentation/i);
    expect(describeCategory('A7')).toMatch(/rejected/i);
    expect(describeCategory('F3F')).toMatch(/forwarded/i);
    expect(describeStatus('562')).toMatch(/NPI/);
    expect(describeEntity('85')).toBe('Billing provider');
    expect(describeClp02('22')).toMatch(/reversal/i);
    expect(describeGroup('CO')).toMatch(/contractual/i);
    expect(describe999Error('segment', '8')).toMatch(/element errors/i);
    expect(describe999Error('element', '7')).toMatch(/invalid code/i);
    expect(describe999Error('status', 'R')).toBe('Rejected');
    expect(describeCarc('99999')).toBeNull();
  });

  it('carries 150+ CARCs and every claim status category family', () => {
    expect(Object.keys(carc.codes).length).toBeGreaterThanOrEqual(150);
    for (const code of ['A0', 'A8', 'P0', 'P5', 'F0', 'F4', 'R0', 'R16', 'E0', 'E4', 'D0']) expect(describeCategory(code)).not.toBeNull();
    expect(codeListVersions().carc.version).toMatch(/^\d{4}-\d{2}$/);
  });

  const dir = mkdtempSync(join(tmpdir(), 'codes-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('an override file adds and replaces codes and reports its version', () => {
    writeFileSync(join(dir, 'carc.json'), JSON.stringify({ list: 'carc', version: '2099-03', date: '2099-03-01', codes: { '45': 'Changed text', Z9: 'A new code' } }));
    expect(loadCodeListOverrides(dir)).toEqual(['carc']);
    expect(describeCarc('45')).toBe('Changed text');
    expect(describeCarc('Z9')).toBe('A new code');
    expect(describeCarc('1')).toBe('Deductible amount');
    expect(codeListVersions().carc.version).toBe('2099-03');
  });

  it('a malformed override fails with the file name', () => {
    writeFileSync(join(dir, 'rarc.json'), '{"list":"rarc"}');
    expect(() => loadCodeListOverrides(dir)).toThrow(/rarc\.json/);
  });
});
