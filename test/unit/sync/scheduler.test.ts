import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createScheduler, type RunVerdict } from '../../../main/sync/scheduler.js';
import { backoff, nextAttemptAt } from '../../../main/sync/backoff.js';

beforeEach(() => { vi.useFakeTimers(); });
afterEach(() => { vi.useRealTimers(); });

function harness(verdicts: RunVerdict[] = []) {
  const calls: Array<{ runId: string; trigger: string; signal: AbortSignal; finish: (v: RunVerdict) => void }> = [];
  let n = 0;
  const scheduler = createScheduler({
    intervalMs: 60_000, newId: () => `r${++n}`, now: () => Date.now(),
    run: (runId, signal, trigger) => new Promise<RunVerdict>((resolve) => {
      calls.push({ runId, trigger, signal, finish: resolve });
      if (verdicts.length) resolve(verdicts.shift()!);
      signal.addEventListener('abort', () => resolve('cancelled'));
    }),
  });
  return { scheduler, calls };
}

describe('scheduler', () => {
  it('runs at start and then every interval', async () => {
    const { scheduler, calls } = harness(['ok', 'ok', 'ok']);
    scheduler.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(calls.map((c) => c.trigger)).toEqual(['schedule']);
    await vi.advanceTimersByTimeAsync(60_000);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(calls).toHaveLength(3);
    await scheduler.stop();
  });

  it('joins a run in flight instead of starting a second', async () => {
    const { scheduler, calls } = harness();
    const a = scheduler.runNow();
    const b = scheduler.runNow();
    expect(a).toBe(b);
    expect(calls).toHaveLength(1);
    calls[0]!.finish('ok');
    await vi.advanceTimersByTimeAsync(0);
    expect(scheduler.current()).toBeNull();
  });

  it('cancels by run id only', async () => {
    const { scheduler, calls } = harness();
    const id = scheduler.runNow();
    scheduler.cancel('someone-else');
    expect(calls[0]!.signal.aborted).toBe(false);
    scheduler.cancel(id);
    expect(calls[0]!.signal.aborted).toBe(true);
    await expect(scheduler.current()!.done).resolves.toBe('cancelled');
  });

  it('backs off after failures and goes quiet after a rejected key', async () => {
    const { scheduler, calls } = harness(['offline', 'offline', 'ok', 'key_rejected']);
    scheduler.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(scheduler.nextAt()! - Date.now()).toBe(15_000);
    await vi.advanceTimersByTimeAsync(15_000);
    expect(scheduler.nextAt()! - Date.now()).toBe(30_000);
    await vi.advanceTimersByTimeAsync(30_000);
    expect(scheduler.nextAt()! - Date.now()).toBe(60_000);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(calls).toHaveLength(4);
    expect(scheduler.nextAt()).toBeNull();
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(calls).toHaveLength(4);
  });

  it('stop() aborts the run in flight and waits for it', async () => {
    const { scheduler, calls } = harness();
    scheduler.runNow();
    await scheduler.stop();
    expect(calls[0]!.signal.aborted).toBe(true);
    expect(scheduler.current()).toBeNull();
  });
});

describe('backoff rules', () => {
  it('caps the scheduler backoff at the interval', () => {
    expect([0, 1, 2, 3, 10].map((f) => backoff(60_000, f))).toEqual([60_000, 15_000, 30_000, 60_000, 60_000]);
  });

  it('spaces transaction retries 5 min, 10 min … up to a day', () => {
    const now = new Date('2026-01-01T00:00:00Z');
    expect(nextAttemptAt(now, 1)).toBe('2026-01-01T00:05:00.000Z');
    expect(nextAttemptAt(now, 2)).toBe('2026-01-01T00:10:00.000Z');
    expect(nextAttemptAt(now, 30)).toBe('2026-01-02T00:00:00.000Z');
  });
});
