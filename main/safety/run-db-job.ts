// Hands a whole-file database job (db-worker.ts) to a worker thread. Null when no worker can be started here; the
// caller then does the work in its own thread. `cancel` stops the worker (before the file is swapped, say): the reply
// is then { ok: false, cancelled: true }.
import type { DbKey } from '../../db/driver.js';
import { startWorkerBeside } from '../workers/start-worker.js';
import type { DbJob, DbJobReply } from './db-worker.js';

type Job = { kind: 'backup'; target: string } | { kind: 'quick-check' };
export type DbJobOutcome = DbJobReply | { ok: false; cancelled: true; message: string };
export interface RunningDbJob { reply: Promise<DbJobOutcome>; cancel(): void }

export function runDbJob(databaseFile: string, key: DbKey, job: Job): RunningDbJob | null {
  const data: DbJob = { databaseFile, key: key ? new Uint8Array(key) : null, ...job };
  const worker = startWorkerBeside(import.meta.url as string | undefined, 'db-worker', { workerData: data });
  if (!worker) return null;
  let cancelled = false;
  const reply = new Promise<DbJobOutcome>((resolve) => {
    worker.once('message', resolve);
    worker.once('error', (err) => resolve({ ok: false, message: err.message }));
    worker.once('exit', (code) => resolve(cancelled
      ? { ok: false, cancelled: true, message: 'cancelled' }
      : { ok: false, message: `the database worker stopped (exit code ${code})` }));
  }).finally(() => { void worker.terminate(); });
  return { reply, cancel: () => { cancelled = true; void worker.terminate(); } };
}
