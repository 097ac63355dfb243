import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFileLogger } from '../../../main/log/logger.js';
import { redactText, redactValue } from '../../../main/log/redact.js';

const KEY = 'test_sk_9f8e7d6c5b4a39281706';

describe('redaction', () => {
  it('removes a known secret wherever it appears', () => {
    expect(redactText(`calling with ${KEY} now`, [KEY])).toBe('calling with [redacted] now');
  });

  it('removes Authorization headers and key-like tokens even when the key is unknown', () => {
    expect(redactText(`Authorization: Key abcdef0123456789xyz`)).not.toContain('abcdef0123456789xyz');
    expect(redactText('GET /poll?token=abc123secret&x=1')).toBe('GET /poll?token=[redacted]&x=1');
  });

  it('blanks PHI-bearing X12 segments', () => {
    const text = 'segment NM1*QC*1*DOE*JANE****MI*W123456789~ then DMG*D8*19800101*F~';
    const out = redactText(text);
    expect(out).not.toContain('DOE');
    expect(out).not.toContain('W123456789');
    expect(out).not.toContain('19800101');
  });

  it('blanks PHI and secret fields in structured details but keeps counts and codes', () => {
    const out = redactValue({ patientName: 'DOE, JANE', memberId: 'W1', birthDate: '1980-01-01', apiKey: KEY, claims: 3, status: 'paid' }) as Record<string, unknown>;
    expect(out).toEqual({ patientName: '[phi]', memberId: '[phi]', birthDate: '[phi]', apiKey: '[redacted]', claims: 3, status: 'paid' });
  });

  it('never writes a secret or PHI into the log file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ct-log-'));
    const log = createFileLogger({ dir, secrets: () => [KEY] });
    log.error(`request failed for key ${KEY}`, { subscriber: { name: 'SMITH' } }, new Error(`boom ${KEY}`));
    const text = readFileSync(join(dir, 'claimtrail.log'), 'utf8');
    expect(text).toContain('request failed');
    expect(text).not.toContain(KEY);
    expect(text).not.toContain('SMITH');
  });
});
