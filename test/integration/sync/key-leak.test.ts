// The API key must never show up in a log line, an error, a progress event, the run history or the database —
// even when a proxy echoes it back in an error body. Scans every artifact a sync leaves behind.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDb } from '../../../db/open.js';
import { ingestX12Text } from '../../../main/ingest/index.js';
import { createFileLogger } from '../../../main/log/logger.js';
import { createStediClient } from '../../../main/stedi/client.js';
import { runSync } from '../../../main/sync/run-sync.js';
import { DEFAULT_SYNC_OPTIONS } from '../../../main/sync/types.js';
import { ManualClock } from '../../emulator/clock.js';
import { startEmulator, type Emulator } from '../../emulator/server.js';
import { MIGRATIONS_DIR, tempDir } from '../../helpers/db.js';
import { dataset, modeOf, NOW } from './harness.js';

const KEY = 'prod_live_KEY_c0ffee5ecret99';
let emu: Emulator | null = null;
const tmp = tempDir('claimtrail-leak-');
afterEach(async () => { await emu?.close(); emu = null; });

describe('the API key never leaks', () => {
  it('stays out of logs, errors, progress, run history and the database file', async () => {
    const txs = await dataset(31, 20);
    emu = await startEmulator({ seed: 31, clock: new ManualClock(NOW), transactions: txs, keys: [{ key: KEY }], revokeAfterRequests: 25, faults: { rate: 0.3, retryAfterSeconds: 0, slowMs: 300 } });
    const dbFile = join(tmp.dir, 'leak.db');
    const db = openDb(dbFile, MIGRATIONS_DIR);
    const log = createFileLogger({ dir: tmp.dir, minLevel: 'debug' }); // deliberately given no secrets to scrub
    const seenText: string[] = [];
    let echoed = 0;
    // An unhelpful proxy that echoes the request's Authorization header back in its error body.
    const echoingFetch: typeof fetch = async (input, init) => {
      const headers = new Headers(init?.headers);
      if (String(input).includes('/input') && echoed++ < 3) {
        return new Response(JSON.stringify({ message: `bad request with Authorization: ${headers.get('authorization')}` }), { status: 400 });
      }
      return fetch(input, init);
    };
    const client = createStediClient({
      apiKey: KEY, coreUrl: emu.coreUrl, healthcareUrl: emu.healthcareUrl, fetch: echoingFetch, timeoutMs: 150, retry: { baseDelayMs: 1, maxDelayMs: 2 },
      onRetry: (e) => { const line = JSON.stringify(e); seenText.push(line); log.info('retry', e); },
    });
    const run = (id: string) => runSync({
      db, client, ingest: ingestX12Text, now: () => new Date(NOW), options: { ...DEFAULT_SYNC_OPTIONS, pageSize: 10, mode: modeOf(txs) }, owner: 'leak:1:x',
      runId: id, trigger: 'manual', signal: new AbortController().signal, log,
      onProgress: (p) => { seenText.push(JSON.stringify(p)); log.info('progress', p); },
    });
    const results = [await run('leak-1'), await run('leak-2')];
    expect(results.map((r) => r.outcome)).toContain('key_rejected');
    for (const r of results) { seenText.push(JSON.stringify(r)); log.info('finished', r); }
    try {
      await client.pollTransactions({ startDateTime: new Date(NOW - 86_400_000).toISOString() }, new AbortController().signal);
    } catch (err) {
      seenText.push(String(err), JSON.stringify(err), (err as Error).stack ?? '');
    }
    expect(echoed).toBeGreaterThan(0);
    db.$client.close();
    const files = readdirSync(tmp.dir).map((f) => readFileSync(join(tmp.dir, f)).toString('latin1'));
    expect(files.length).toBeGreaterThanOrEqual(2); // the log and the database (plus WAL files)
    for (const text of [...seenText, ...files]) expect(text).not.toContain(KEY);
    expect(files.join('')).toContain('[redacted]'); // the echoed key was scrubbed, not merely absent
  });
});
