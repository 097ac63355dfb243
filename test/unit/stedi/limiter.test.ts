import { describe, expect, it } from 'vitest';
import { createLimiter } from '../../../main/stedi/limiter.js';

const tick = () => new Promise((r) => setTimeout(r, 1));

describe('concurrency limiter', () => {
  it('never runs more than max tasks at once and runs them all', async () => {
    const limiter = createLimiter(3);
    let active = 0, peak = 0;
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => limiter.run(async () => {
      active++; peak = Math.max(peak, active);
      await tick();
      active--;
      return i;
    })));
    expect(peak).toBe(3);
    expect(results).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect(limiter.active).toBe(0);
  });

  it('releases the slot when a task throws', async () => {
    const limiter = createLimiter(1);
    await expect(limiter.run(async () => { throw new Error('boom'); })).rejects.toThrow('boom');
    await expect(limiter.run(async () => 'next')).resolves.toBe('next');
  });

  it('drops a queued task whose signal aborts, without running it', async () => {
    const limiter = createLimiter(1);
    let release!: () => void;
    const first = limiter.run(() => new Promise<void>((r) => { release = r; }));
    const abort = new AbortController();
    let ran = false;
    const queued = limiter.run(async () => { ran = true; }, abort.signal);
    expect(limiter.waiting).toBe(1);
    abort.abort(new Error('cancelled'));
    await expect(queued).rejects.toThrow('cancelled');
    release();
    await first;
    expect(ran).toBe(false);
    expect(limiter.waiting).toBe(0);
  });
});
