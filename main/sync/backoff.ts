// Waiting rules for the sync, pure: the scheduler's delay after failures and a failed transaction's next retry.

/** Next scheduled run: the interval when healthy; after failures 15 s, 30 s, 1 min … capped at the interval. */
export function backoff(intervalMs: number, failures: number): number {
  if (failures <= 0) return intervalMs;
  return Math.min(intervalMs, 15_000 * 2 ** Math.min(failures - 1, 20));
}

/** The longest wait between retries. A retry time further ahead than this means the clock was set back since. */
export const MAX_RETRY_DELAY_MS = 24 * 3_600_000;

/** When a transaction that failed `attempts` times is tried again: 5 min, 10 min, 20 min … capped at a day. */
export function nextAttemptAt(now: Date, attempts: number): string {
  const delay = Math.min(MAX_RETRY_DELAY_MS, 5 * 60_000 * 2 ** Math.max(0, Math.min(attempts - 1, 20)));
  return new Date(now.getTime() + delay).toISOString();
}
