// When a scheduled export runs: the cadence's slots at a local clock time. Pure: "now" comes in. Local time is what
// the office means by "07:00", so a daylight-saving change moves the instant, not the clock time.
import type { ExportCadence } from '../../../shared/domain/scheduled-exports.js';

export interface Timing { cadence: ExportCadence; time: string }

const matches = (cadence: ExportCadence, day: Date): boolean =>
  cadence.every === 'day' || (cadence.every === 'week' ? day.getDay() === cadence.weekday : day.getDate() === cadence.day);

/** The first slot strictly after `after`. */
export function nextRunAfter(timing: Timing, after: Date): Date {
  const [hours, minutes] = timing.time.split(':').map(Number) as [number, number];
  const slot = new Date(after.getFullYear(), after.getMonth(), after.getDate(), hours, minutes, 0, 0);
  // a month holds every weekday and every day 1–28, so 32 days always reach a slot
  for (let i = 0; i <= 32; i++) {
    if (slot.getTime() > after.getTime() && matches(timing.cadence, slot)) return slot;
    slot.setDate(slot.getDate() + 1);
    slot.setHours(hours, minutes, 0, 0); // a day that began with a DST jump keeps the clock time
  }
  throw new Error('no slot within 32 days'); // unreachable for a valid cadence
}

/**
 * Whether a slot has passed since `since` (the last run, or when the schedule was set). A computer that was off
 * at the slot runs the export once when it is next on, not once per missed slot.
 */
export const isDue = (timing: Timing, since: Date, now: Date): boolean => nextRunAfter(timing, since).getTime() <= now.getTime();
