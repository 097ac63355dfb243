import { describe, expect, it } from 'vitest';
import { describeSchedule } from '../../../renderer/lib/schedules.js';

describe('schedule words', () => {
  it('names each cadence as an office would say it', () => {
    expect(describeSchedule({ every: 'day' }, '07:00')).toBe('Every day at 07:00');
    expect(describeSchedule({ every: 'week', weekday: 1 }, '07:30')).toBe('Mondays at 07:30');
    expect(describeSchedule({ every: 'week', weekday: 0 }, '18:00')).toBe('Sundays at 18:00');
    expect(['1', '2', '3', '4', '11', '12', '13', '21', '22', '23', '28'].map((d) => describeSchedule({ every: 'month', day: Number(d) }, '06:00').split(' ')[1]))
      .toEqual(['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '23rd', '28th']);
  });
});
