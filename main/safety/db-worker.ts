// Runs in a worker thread: whole-file work on the database through its own read-only connection, so it never holds up
// the main process (WAL readers do not block the writer): a backup copy (VACUUM INTO) or an integrity check. The key of
// an encrypted database arrives in workerData, stays in this process's memory and is never logged.
import { parentPort, workerData } from 'node:worker_threads';
import { openRaw } from '../../db/driver.js';
import { checkIntegrity } from './integrity.js';

export type DbJob = { databaseFile: string; key: Uint8Array | null } & ({ kind: 'backup'; target: string } | { kind: 'quick-check' });
export type DbJobReply = { ok: true; problems: string[] } | { ok: false; message: string };

const job = workerData as DbJob;
let reply: DbJobReply;
try {
  const sqlite = openRaw(job.databaseFile, job.key ? Buffer.from(job.key) : null, { readonly: true, fileMustExist: true });
  try {
    sqlite.pragma('busy_timeout = 5000');
    if (job.kind === 'backup') {
      sqlite.prepare('VACUUM INTO ?').run(job.target);
      reply = { ok: true, problems: [] };
    } else {
      const check = checkIntegrity(sqlite, 'quick');
      reply = { ok: true, problems: check.ok ? [] : check.problems };
    }
  } finally {
    sqlite.close();
  }
} catch (err) {
  reply = { ok: false, message: err instanceof Error ? err.message : String(err) };
}
parentPort!.postMessage(reply);
