// Hands a whole-file database job (db-worker.ts) to a worker thread and waits for its answer. Null when no worker can
// be started here; the caller then does the work in its own thread.
import type { DbKey } from '../../db/driver.js';
import { startWorkerBeside } from '../workers/start-worker.js';
import type { DbJob, DbJobReply } from './db-worker.js';

type Job = { kind: 'backup'; target: string } | { kind: 'quick-check' };

export function runDbJob(databaseFile: string, key: DbKey, job: Job): Promise<DbJobReply> | null {
  const data: DbJob = { databaseFile, key: key ? new Uint8Array(key) : null, ...job };
  const worker = startWorkerBeside(import.meta.url as string | undefined, 'db-worker', { workerData: data });
  if (!worker) return null;
  return new Promise<DbJobReply>((resolve) => {
    worker.once('message', resolve);
    worker.once('error', (err) => resolve({ ok: false, message: err.message }));
    worker.once('exit', (code) => resolve({ ok: false, message: `the database worker stopped (exit code ${code})` }));
  }).finally(() => { void worker.terminate(); });
}
