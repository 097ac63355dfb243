// The single source of truth for renderer ↔ main calls: channel → { input, output } zod schemas.
// Adding a call = one entry here + one function in main/ipc/handlers.ts (the Api type makes both required).
import { z } from 'zod';
import { AppInfo } from '../domain/app-info.js';
import { SyncStatus } from '../domain/sync-status.js';
import { claimsContract } from './claims-contract.js';
import { exportContract } from './export-contract.js';
import { safetyContract } from './safety-contract.js';
import { scheduleContract } from './schedule-contract.js';
import { workspaceContract } from './workspace-contract.js';

export const contract = {
  /** Version, data folder, database size and row counts (Settings). */
  appInfo: { input: z.void(), output: AppInfo },
  /** Current sync state and "data as of" time (status bar, Sync page). */
  getSyncStatus: { input: z.void(), output: SyncStatus },
  /** Starts a sync now, or joins the run in flight. Fails with `not_configured` when no Stedi key is set. */
  startSync: { input: z.void(), output: z.object({ runId: z.string() }) },
  /** Echoes a note back; exists to prove validation end to end (input must be 1–200 characters). */
  ping: { input: z.object({ message: z.string().min(1).max(200) }), output: z.object({ echo: z.string(), at: z.string() }) },
  ...safetyContract,
  ...claimsContract,
  ...workspaceContract,
  ...exportContract,
  ...scheduleContract,
} satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;

export type Channel = keyof typeof contract;
export type In<C extends Channel> = z.infer<(typeof contract)[C]['input']>;
export type Out<C extends Channel> = z.infer<(typeof contract)[C]['output']>;
export type Api = { [C in Channel]: (input: In<C>) => Promise<Out<C>> };
export const channels = Object.keys(contract) as Channel[];
export const isChannel = (name: string): name is Channel => Object.hasOwn(contract, name);
