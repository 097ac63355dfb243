// Events main sends to the renderer: name → payload schema. Same shape as the contract.
import { z } from 'zod';
import { SyncFinished, SyncProgress } from '../domain/sync-status.js';
import { exportEvents } from './export-events.js';

export const events = {
  /** A sync run moved on. */
  syncProgress: SyncProgress,
  /** A sync run ended (ok, failed or cancelled). */
  syncFinished: SyncFinished,
  /** Local data changed (import, sync, demo load): lists should reload. */
  dataChanged: z.object({ reason: z.string() }),
  /** Backups or the integrity check changed what Settings and the damage banner show (work that ran in the background). */
  dataHealthChanged: z.object({ reason: z.enum(['backup', 'check']) }),
  ...exportEvents,
} satisfies Record<string, z.ZodType>;

export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.infer<(typeof events)[E]>;
export const eventNames = Object.keys(events) as EventName[];
