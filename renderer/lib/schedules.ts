// Words for export schedules: "Mondays at 07:00", "The 1st of each month at 06:30". Pure.
import type { ExportCadence } from '../../shared/domain/scheduled-exports';

export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

const ordinal = (n: number) => {
  const tail = n % 100 >= 11 && n % 100 <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${tail}`;
};

export function describeSchedule(cadence: ExportCadence, time: string): string {
  if (cadence.every === 'day') return `Every day at ${time}`;
  if (cadence.every === 'week') return `${WEEKDAYS[cadence.weekday]}s at ${time}`;
  return `The ${ordinal(cadence.day)} of each month at ${time}`;
}
