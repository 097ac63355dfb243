// Shared set-up for the sync integration tests: a generated dataset in the emulator, a sync against it, and the
// reference store made by ingesting the same transactions directly.
import type { Db } from '../../../db/open.js';
import { ingestX12Text } from '../../../main/ingest/index.js';
import { abortableSleep } from '../../../main/stedi/transport.js';
import { runSync, type RunDeps, type RunResult } from '../../../main/sync/run-sync.js';
import { DEFAULT_SYNC_OPTIONS, type IngestFn } from '../../../main/sync/types.js';
import { buildTransactions, type EmuTransaction } from '../../emulator/dataset.js';
import { datasetFiles } from '../../emulator/dataset-source.js';
import { emulatorClient } from '../../emulator/test-kit.js';
import type { Emulator } from '../../emulator/server.js';
import { openTestDb } from '../../helpers/db.js';

export const NOW = Date.parse('2026-03-01T12:00:00Z');
const HOUR = 3_600_000;

export async function dataset(seed: number, claims = 200): Promise<EmuTransaction[]> {
  const { files } = await datasetFiles({ seed, claims });
  return buildTransactions(files, { seed, fromMs: NOW - 40 * 24 * HOUR, toMs: NOW - 2 * HOUR, tieRate: 0.15, noise: 12, failed: 4 });
}

export const CLAIM_SETS = new Set(['837', '999', '277', '835']);

/** What a store looks like after taking in these transactions directly, in processedAt order, no HTTP at all. */
export function referenceStore(txs: readonly EmuTransaction[], mode: 'test' | 'production' = 'production'): Db {
  const db = openTestDb();
  const wanted = txs.filter((t) => t.piece && t.status === 'succeeded' && CLAIM_SETS.has(t.setId)
    && (t.setId === '837') === (t.direction === 'OUTBOUND') && (t.mode === 'other' || t.mode === mode));
  for (const t of [...wanted].sort((a, b) => a.processedAtMs - b.processedAtMs || (a.transactionId < b.transactionId ? -1 : 1))) {
    ingestX12Text(db, t.piece!.text, { kind: 'stedi', transactionId: t.transactionId, processedAt: new Date(t.processedAtMs).toISOString() }, new Date(NOW).toISOString());
  }
  return db;
}

export function modeOf(txs: readonly EmuTransaction[]): 'test' | 'production' {
  const test = txs.filter((t) => t.mode === 'test').length, prod = txs.filter((t) => t.mode === 'production').length;
  return test > prod ? 'test' : 'production';
}

let counter = 0;
export interface SyncOnceOptions extends Partial<RunDeps> {
  apiKey?: string;
  timeoutMs?: number;
  concurrency?: number;
  /** Really wait between retries (short waits), so throttling can clear as it would in life. */
  realWaits?: boolean;
}

export function syncOnce(db: Db, emu: Emulator, over: SyncOnceOptions = {}): Promise<RunResult> {
  const { apiKey, timeoutMs, concurrency, realWaits, ...rest } = over;
  const client = emulatorClient(emu, {
    ...(apiKey ? { apiKey } : {}), timeoutMs: timeoutMs ?? 2000, concurrency: concurrency ?? 4,
    ...(realWaits ? { sleep: abortableSleep, retry: { attempts: 8, baseDelayMs: 5, maxDelayMs: 40 } } : {}),
  }).client;
  return runSync({
    db, client, ingest: ingestX12Text as IngestFn, now: () => new Date(NOW),
    options: { ...DEFAULT_SYNC_OPTIONS, pageSize: 25, downloadConcurrency: 4 }, owner: 'itest:1:x', runId: `it-${++counter}`, trigger: 'manual',
    signal: new AbortController().signal, holderIsDead: () => false, ...rest,
  });
}
