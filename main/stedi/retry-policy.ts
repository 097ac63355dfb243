// When to retry a Stedi call and how long to wait. Pure: the clock and the dice are passed in.

export interface RetryOptions {
  /** Total tries per call, first one included. */
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** A Retry-After longer than this is capped: a stuck sync is worse than one extra 429. */
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY: RetryOptions = { attempts: 6, baseDelayMs: 250, maxDelayMs: 20_000, maxRetryAfterMs: 60_000 };

export type Verdict = 'ok' | 'retry' | 'fail';

/** 429 and 5xx are worth another try; 401/403 must stop at once; other 4xx will not improve by waiting. */
export function verdictForStatus(status: number): Verdict {
  if (status < 400) return 'ok';
  if (status === 429 || status === 500 || status === 502 || status === 503 || status === 504) return 'retry';
  return 'fail';
}

/**
 * Exponential backoff with "equal jitter": half the step is fixed, half random, so clients that failed together
 * spread out but never hammer back instantly. `attempt` is 0 for the wait after the first failure.
 */
export function backoffDelayMs(attempt: number, options: Pick<RetryOptions, 'baseDelayMs' | 'maxDelayMs'>, random: () => number): number {
  const step = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** Math.min(attempt, 30));
  return Math.round(step / 2 + (step / 2) * random());
}

/** Retry-After as seconds or an HTTP date, in ms from `nowMs`; null when absent or unreadable. */
export function parseRetryAfterMs(value: string | null, nowMs: number, capMs: number): number | null {
  if (value === null) return null;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.min(capMs, Math.round(Number(trimmed) * 1000));
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return null;
  return Math.min(capMs, Math.max(0, at - nowMs));
}

/** The wait before the next try: the server's Retry-After when it gave one, else our own backoff. */
export function nextDelayMs(attempt: number, retryAfterMs: number | null, options: RetryOptions, random: () => number): number {
  return retryAfterMs ?? backoffDelayMs(attempt, options, random);
}
