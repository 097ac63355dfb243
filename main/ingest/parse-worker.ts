// Runs in a worker thread during a bulk import: reads, guards, parses and stages the files the writer asks for, and
// posts them back in compact batches (wire.ts), never more than the writer has room for. No database here.
import { basename } from 'node:path';
import { parentPort } from 'node:worker_threads';
import { streamX12 } from '../edi/index.js';
import { fileChunks, prefetch, type Prefetched } from './file-reader.js';
import type { ImportLimits } from './import-guard.js';
import { recordsOf, stageSet, type StagedSet } from './stage.js';
import { encodeBatch, packFailure } from './wire.js';

export type WorkerRequest = { type: 'file'; file: string; processedAt: string; limits?: ImportLimits } | { type: 'credit' };
export type WorkerReply =
  | { type: 'ready' }
  | { type: 'sets'; file: string; batch: ReturnType<typeof encodeBatch> }
  | { type: 'error'; file: string; error: ReturnType<typeof packFailure> }
  | { type: 'done'; file: string };

/** Claim-level records per posted batch: small enough to keep the writer fed, large enough to amortise a message. */
const BATCH_RECORDS = 2000;

const port = parentPort!;
const files: Array<Extract<WorkerRequest, { type: 'file' }> & { ahead: Prefetched }> = [];
let credits = 0;
let wake: (() => void) | null = null;
let running = false;

async function post(file: string, sets: StagedSet[]): Promise<void> {
  while (credits <= 0) await new Promise<void>((r) => { wake = r; });
  credits--;
  port.postMessage({ type: 'sets', file, batch: encodeBatch(sets) } satisfies WorkerReply);
}

async function run(): Promise<void> {
  running = true;
  while (files.length) {
    const { file, processedAt, limits, ahead } = files.shift()!;
    let batch: StagedSet[] = [], records = 0;
    try {
      for await (const set of streamX12(fileChunks(file, ahead, limits), { file: basename(file) })) {
        const staged = stageSet(set, processedAt);
        batch.push(staged);
        records += recordsOf(staged);
        if (records >= BATCH_RECORDS) { await post(file, batch); batch = []; records = 0; }
      }
      if (batch.length) await post(file, batch);
      port.postMessage({ type: 'done', file } satisfies WorkerReply);
    } catch (err) {
      if (batch.length) await post(file, batch); // sets read before the failure are still good
      port.postMessage({ type: 'error', file, error: packFailure(err) } satisfies WorkerReply);
    }
  }
  running = false;
}

port.on('message', (m: WorkerRequest) => {
  if (m.type === 'credit') {
    credits++;
    wake?.();
    wake = null;
    return;
  }
  files.push({ ...m, ahead: prefetch(m.file) });
  if (!running) void run();
});

port.postMessage({ type: 'ready' } satisfies WorkerReply);
