// Runs in a worker thread: copies the database with VACUUM INTO through its own read-only connection, so a backup of
// a store of millions of claims never holds up the main process (WAL readers do not block the writer). The key of an
// encrypted database arrives in workerData, stays in this process's memory and is never logged.
import { parentPort, workerData } from 'node:worker_threads';
import { openRaw } from '../../db/driver.js';

export interface BackupJob { databaseFile: string; key: Uint8Array | null; target: string }
export type BackupReply = { ok: true } | { ok: false; message: string };

const job = workerData as BackupJob;
let reply: BackupReply;
try {
  const sqlite = openRaw(job.databaseFile, job.key ? Buffer.from(job.key) : null, { readonly: true, fileMustExist: true });
  try {
    sqlite.pragma('busy_timeout = 5000');
    sqlite.prepare('VACUUM INTO ?').run(job.target);
  } finally {
    sqlite.close();
  }
  reply = { ok: true };
} catch (err) {
  reply = { ok: false, message: err instanceof Error ? err.message : String(err) };
}
parentPort!.postMessage(reply);
