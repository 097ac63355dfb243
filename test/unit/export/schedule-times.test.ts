// When scheduled exports fire: local clock times, weekly and monthly slots, strictly after the last run, and a
// computer that was off owes one run, not one per missed slot. Dates are built in local time, as the office sets them.
import { describe, expect, it } from 'vitest';
import { isDue, nextRunAfter } from '../../../main/export/schedule/schedule-times.js';

const at = (d: number, h: number, m = 0) => new Date(2026, 10, d, h, m); // November 2026: the 23rd is a Monday

describe('scheduled export times', () => {
  it('daily: today when the time is still ahead, tomorrow once it has passed or is now', () => {
    const daily = { cadence: { every: 'day' as const }, time: '07:30' };
    expect(nextRunAfter(daily, at(23, 6))).toEqual(at(23, 7, 30));
    expect(nextRunAfter(daily, at(23, 7, 30))).toEqual(at(24, 7, 30));
    expect(nextRunAfter(daily, at(23, 18))).toEqual(at(24, 7, 30));
  });

  it('weekly: the next chosen weekday, which may be today or a week away', () => {
    const mondays = { cadence: { every: 'week' as const, weekday: 1 }, time: '07:00' };
    expect(at(23, 0).getDay()).toBe(1);
    expect(nextRunAfter(mondays, at(23, 6))).toEqual(at(23, 7));
    expect(nextRunAfter(mondays, at(23, 8))).toEqual(at(30, 7));
    const fridays = { cadence: { every: 'week' as const, weekday: 5 }, time: '16:45' };
    expect(nextRunAfter(fridays, at(23, 8))).toEqual(at(27, 16, 45));
  });

  it('monthly: the chosen day, into the next month and the next year', () => {
    const firsts = { cadence: { every: 'month' as const, day: 1 }, time: '06:00' };
    expect(nextRunAfter(firsts, at(23, 8))).toEqual(new Date(2026, 11, 1, 6));
    expect(nextRunAfter(firsts, new Date(2026, 11, 1, 6))).toEqual(new Date(2027, 0, 1, 6));
    const the28th = { cadence: { every: 'month' as const, day: 28 }, time: '23:59' };
    expect(nextRunAfter(the28th, new Date(2027, 1, 28, 23, 59))).toEqual(new Date(2027, 2, 28, 23, 59));
  });

  it('is due once a slot has passed since the last run, however many slots passed', () => {
    const daily = { cadence: { every: 'day' as const }, time: '07:00' };
    expect(isDue(daily, at(23, 6), at(23, 6, 59))).toBe(false);
    expect(isDue(daily, at(23, 6), at(23, 7))).toBe(true);
    expect(isDue(daily, at(23, 7), at(23, 23))).toBe(false); // ran at 07:00: nothing more today
    expect(isDue(daily, at(20, 7), at(23, 12))).toBe(true); // off for three days: due, and a run then settles it
    expect(isDue(daily, at(23, 12), at(23, 12, 1))).toBe(false);
  });
});
