// Sync throughput against the emulator with 50 ms latency on every call: transactions per second at concurrency 1
// and at the default concurrency, on the same generated dataset.
import { ingestX12Text } from '../main/ingest/index.js';
import { createStediClient } from '../main/stedi/client.js';
import { runSync } from '../main/sync/run-sync.js';
import { DEFAULT_SYNC_OPTIONS } from '../main/sync/types.js';
import { openDb } from '../db/open.js';
import { ManualClock } from '../test/emulator/clock.js';
import { buildTransactions } from '../test/emulator/dataset.js';
import { datasetFiles } from '../test/emulator/dataset-source.js';
import { startEmulator } from '../test/emulator/server.js';
import { MIGRATIONS_DIR } from '../test/helpers/db.js';

const NOW = Date.parse('2026-03-01T12:00:00Z');
const LATENCY_MS = 50;
const CLAIMS = 60;

export async function run(): Promise<void> {
  const { files, from } = await datasetFiles({ seed: 7, claims: CLAIMS });
  const txs = buildTransactions(files, { seed: 7, fromMs: NOW - 20 * 86_400_000, toMs: NOW - 7_200_000, noise: 6, failed: 2 });
  const emu = await startEmulator({ seed: 7, clock: new ManualClock(NOW), transactions: txs, latencyMs: LATENCY_MS });
  // the generator writes test-mode interchanges (ISA15 T): sync them into a test-mode store
  const mode = txs.filter((t) => t.mode === 'test').length > txs.length / 2 ? 'test' : 'production';
  console.log(`dataset: ${files.length} X12 files from the ${from} (${CLAIMS} claims) → ${txs.length} Stedi transactions; ${LATENCY_MS} ms per call`);
  try {
    for (const concurrency of [1, DEFAULT_SYNC_OPTIONS.downloadConcurrency, 8]) {
      const db = openDb(':memory:', MIGRATIONS_DIR);
      const client = createStediClient({ apiKey: emu.apiKey, coreUrl: emu.coreUrl, healthcareUrl: emu.healthcareUrl, concurrency });
      emu.resetStats();
      const started = performance.now();
      const result = await runSync({
        db, client, ingest: ingestX12Text, now: () => new Date(NOW),
        options: { ...DEFAULT_SYNC_OPTIONS, downloadConcurrency: concurrency, mode }, owner: 'bench:1:x', runId: `bench-${concurrency}`,
        trigger: 'cli', signal: new AbortController().signal,
      });
      const seconds = (performance.now() - started) / 1000;
      const calls = Object.values(emu.stats.requests).reduce((a, b) => a + b, 0);
      console.log(`concurrency ${concurrency}: ${result.seen} transactions (${result.ingested} ingested, ${result.skipped} skipped) `
        + `in ${seconds.toFixed(2)} s = ${(result.seen / seconds).toFixed(1)} transactions/s; ${calls} HTTP calls, outcome ${result.outcome}`);
      db.$client.close();
    }
  } finally {
    await emu.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
