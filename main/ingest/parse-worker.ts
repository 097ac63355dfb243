// Runs in a worker thread during a bulk import: reads, guards, parses and stages the files the writer asks for, and
// posts them back in compact batches (wire.ts), never more than the writer has room for. No database here.
import { parentPort } from 'node:worker_threads';
import { prefetch, type Prefetched } from './file-reader.js';
import type { ImportLimits } from './import-guard.js';
import type { StagedSet } from './stage.js';
import { stageFile } from './stage-file.js';
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
    try {
      for await (const batch of stageFile(file, ahead, limits, processedAt, BATCH_RECORDS)) await post(file, batch);
      port.postMessage({ type: 'done', file } satisfies WorkerReply);
    } catch (err) {
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
