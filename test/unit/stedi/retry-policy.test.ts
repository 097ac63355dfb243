import { describe, expect, it } from 'vitest';
import { backoffDelayMs, nextDelayMs, parseRetryAfterMs, verdictForStatus, DEFAULT_RETRY } from '../../../main/stedi/retry-policy.js';

describe('retry policy', () => {
  it('retries throttling and server errors, never credentials or bad requests', () => {
    expect([429, 500, 502, 503, 504].map(verdictForStatus)).toEqual(['retry', 'retry', 'retry', 'retry', 'retry']);
    expect([400, 401, 403, 404, 409, 422].map(verdictForStatus)).toEqual(['fail', 'fail', 'fail', 'fail', 'fail', 'fail']);
    expect([200, 302].map(verdictForStatus)).toEqual(['ok', 'ok']);
  });

  it('grows exponentially with jitter between half and all of the step, capped', () => {
    const opts = { baseDelayMs: 100, maxDelayMs: 1000 };
    expect(backoffDelayMs(0, opts, () => 0)).toBe(50);
    expect(backoffDelayMs(0, opts, () => 1)).toBe(100);
    expect(backoffDelayMs(3, opts, () => 0.5)).toBe(600); // step 800: 400 fixed + 200 jitter
    expect(backoffDelayMs(10, opts, () => 1)).toBe(1000);
    expect(backoffDelayMs(10, opts, () => 0)).toBe(500);
  });

  it('reads Retry-After as seconds or as an HTTP date, capped, and ignores junk', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfterMs('3', now, 60_000)).toBe(3000);
    expect(parseRetryAfterMs('0', now, 60_000)).toBe(0);
    expect(parseRetryAfterMs('Thu, 01 Jan 2026 00:00:10 GMT', now, 60_000)).toBe(10_000);
    expect(parseRetryAfterMs('3600', now, 60_000)).toBe(60_000);
    expect(parseRetryAfterMs('soon', now, 60_000)).toBeNull();
    expect(parseRetryAfterMs(null, now, 60_000)).toBeNull();
  });

  it("prefers the server's Retry-After to its own backoff", () => {
    expect(nextDelayMs(5, 1234, DEFAULT_RETRY, () => 0.5)).toBe(1234);
    expect(nextDelayMs(0, null, DEFAULT_RETRY, () => 1)).toBe(DEFAULT_RETRY.baseDelayMs);
  });
});
