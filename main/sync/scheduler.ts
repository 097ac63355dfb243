// When runs happen: every interval while started, at once on "Sync now" (joining a run in flight), backing off
// after failures and going quiet after a rejected key until restarted. Plain Node; the run itself is passed in.
import { backoff } from './backoff.js';

export type RunVerdict = 'ok' | 'failed' | 'offline' | 'key_rejected' | 'cancelled' | 'busy';
export type Run = (runId: string, signal: AbortSignal, trigger: 'schedule' | 'manual') => Promise<RunVerdict>;

export interface Scheduler {
  start(): void;
  runNow(): string;
  cancel(runId: string): void;
  stop(): Promise<void>;
  /** The run in flight, if any. */
  current(): { runId: string; done: Promise<RunVerdict> } | null;
  /** When the next scheduled run is due (ms epoch), or null when none is scheduled. */
  nextAt(): number | null;
}

export function createScheduler(deps: { run: Run; intervalMs: number; newId: () => string; now?: () => number }): Scheduler {
  const now = deps.now ?? Date.now;
  let timer: NodeJS.Timeout | undefined;
  let dueAt: number | null = null;
  let stopped = true, failures = 0;
  let current: { runId: string; abort: AbortController; done: Promise<RunVerdict> } | null = null;

  const schedule = (ms: number) => {
    clearTimeout(timer);
    dueAt = null;
    if (stopped) return;
    dueAt = now() + ms;
    timer = setTimeout(() => { runNow('schedule'); }, ms);
    timer.unref?.();
  };

  function runNow(trigger: 'schedule' | 'manual' = 'manual'): string {
    if (current) return current.runId; // one run at a time; callers share it
    clearTimeout(timer);
    dueAt = null;
    const runId = deps.newId(), abort = new AbortController();
    const done = deps.run(runId, abort.signal, trigger)
      .catch((): RunVerdict => 'failed')
      .then((verdict) => {
        current = null;
        if (verdict === 'key_rejected') return verdict; // a rejected key never retries on its own
        failures = verdict === 'failed' || verdict === 'offline' || verdict === 'busy' ? failures + 1 : 0;
        schedule(backoff(deps.intervalMs, failures));
        return verdict;
      });
    current = { runId, abort, done };
    return runId;
  }

  return {
    start: () => { stopped = false; failures = 0; if (!current) schedule(0); },
    runNow: () => runNow('manual'),
    cancel: (id) => { if (current?.runId === id) current.abort.abort(); },
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      dueAt = null;
      const running = current;
      running?.abort.abort();
      await running?.done; // resolves once the in-flight run has unwound
    },
    current: () => (current ? { runId: current.runId, done: current.done } : null),
    nextAt: () => dueAt,
  };
}
