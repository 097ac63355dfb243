// Runs one sync in its own process so the crash test can kill it at any instant (SIGKILL: no cleanup at all).
// Env: DB_FILE, CORE_URL, HC_URL, API_KEY, NOW_MS, MODE. Prints one line per progress event.
import { openDb } from '../../../db/open.js';
import { ingestX12Text } from '../../../main/ingest/index.js';
import { createStediClient } from '../../../main/stedi/client.js';
import { newOwnerId } from '../../../main/sync/lock.js';
import { runSync } from '../../../main/sync/run-sync.js';
import { DEFAULT_SYNC_OPTIONS } from '../../../main/sync/types.js';
import { MIGRATIONS_DIR } from '../../helpers/db.js';

const env = process.env;
const db = openDb(env.DB_FILE!, MIGRATIONS_DIR);
const client = createStediClient({ apiKey: env.API_KEY!, coreUrl: env.CORE_URL!, healthcareUrl: env.HC_URL!, retry: { baseDelayMs: 2, maxDelayMs: 10 } });
const now = Number(env.NOW_MS);
const result = await runSync({
  db, client, ingest: ingestX12Text, now: () => new Date(now),
  options: { ...DEFAULT_SYNC_OPTIONS, pageSize: 10, downloadConcurrency: 3, mode: env.MODE === 'test' ? 'test' : 'production' },
  owner: newOwnerId(), runId: `child-${process.pid}`, trigger: 'cli', signal: new AbortController().signal,
  onProgress: (p) => process.stdout.write(`${JSON.stringify({ phase: p.phase, pages: p.pages })}\n`),
});
process.stdout.write(`${JSON.stringify({ done: result.outcome })}\n`);
db.$client.close();
