// The staged sets of a list of files, in file order. A worker thread reads and parses them when one can be started,
// so reading and parsing overlap with writing; otherwise they are read here. Either way the same sets come out.
import type { Worker } from 'node:worker_threads';
import { readAhead } from './file-reader.js';
import type { ImportLimits } from './import-guard.js';
import type { WorkerReply, WorkerRequest } from './parse-worker.js';
import type { StagedSet } from './stage.js';
import { stageFile } from './stage-file.js';
import { decodeBatch, unpackFailure } from './wire.js';
import { startWorkerBeside } from '../workers/start-worker.js';

export type FileEvent = { type: 'sets'; file: string; sets: StagedSet[] } | { type: 'error'; file: string; error: unknown } | { type: 'done'; file: string };

export interface StageOptions {
  limits?: ImportLimits;
  /** 'auto' (default): a worker for imports of more than a few MB, where it pays for its start-up. */
  worker?: 'auto' | 'always' | 'never';
  totalBytes: number;
}

const WORKER_FROM_BYTES = 16 * 1024 * 1024;
/** Batches (~2 000 records, a few MB each) the worker may have in flight: two windows' worth, so it reads the next
 *  window while the writer flushes one and has it ready when the flush ends; memory between the threads stays bounded. */
const BATCH_CREDITS = 64;
const INLINE_BATCH_RECORDS = 2000;
/** Parsing makes many short-lived objects: a larger young generation collects them less often. */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 64 };

export async function* stagedFiles(files: readonly string[], processedAt: () => string, opts: StageOptions): AsyncGenerator<FileEvent> {
  const want = opts.worker ?? (process.env.CLAIMTRAIL_IMPORT_WORKER === '0' ? 'never' : 'auto');
  const worker = want === 'always' || (want === 'auto' && opts.totalBytes >= WORKER_FROM_BYTES) ? await startedWorker() : null;
  yield* worker ? fromWorker(worker, files, processedAt, opts.limits) : inline(files, processedAt, opts.limits);
}

async function* inline(files: readonly string[], processedAt: () => string, limits?: ImportLimits): AsyncGenerator<FileEvent> {
  for (const { file, bytes } of readAhead(files)) {
    const at = processedAt();
    try {
      for await (const sets of stageFile(file, bytes, limits, at, INLINE_BATCH_RECORDS)) yield { type: 'sets', file, sets };
      yield { type: 'done', file };
    } catch (err) {
      yield { type: 'error', file, error: err };
    }
  }
}

async function* fromWorker(worker: Worker, files: readonly string[], processedAt: () => string, limits?: ImportLimits): AsyncGenerator<FileEvent> {
  const inbox: WorkerReply[] = [];
  let failure: Error | null = null;
  let wake: (() => void) | null = null;
  const nudge = () => { wake?.(); wake = null; };
  const onMessage = (m: WorkerReply) => { inbox.push(m); nudge(); };
  const onError = (err: Error) => { failure = err; nudge(); };
  const onExit = (code: number) => { if (code !== 0) failure ??= new Error(`the import worker stopped (exit code ${code})`); nudge(); };
  worker.on('message', onMessage).on('error', onError).on('exit', onExit);
  const send = (m: WorkerRequest) => worker.postMessage(m);
  try {
    for (let i = 0; i < BATCH_CREDITS; i++) send({ type: 'credit' });
    send({ type: 'files', files: [...files], processedAt: processedAt(), limits });
    for (let finished = 0; finished < files.length;) {
      while (inbox.length === 0) {
        if (failure) throw failure;
        await new Promise<void>((r) => { wake = r; });
      }
      const m = inbox.shift()!;
      if (m.type !== 'batch') continue;
      const sets = decodeBatch(m.batch);
      send({ type: 'credit' });
      let at = 0;
      for (const span of m.spans) {
        if (span.sets) yield { type: 'sets', file: span.file, sets: sets.slice(at, at += span.sets) };
        if (span.end === 'done') yield { type: 'done', file: span.file };
        if (span.end === 'error') yield { type: 'error', file: span.file, error: unpackFailure(span.error!) };
        if (span.end) finished++;
      }
    }
  } finally {
    worker.off('message', onMessage).off('error', onError).off('exit', onExit);
    void worker.terminate();
  }
}

/** A worker that has loaded parse-worker and said so; null when none starts (the import then reads in this thread). */
function startedWorker(): Promise<Worker | null> {
  const worker = startWorkerBeside(import.meta.url as string | undefined, 'parse-worker', { resourceLimits: WORKER_LIMITS });
  if (!worker) return Promise.resolve(null);
  return new Promise((resolve) => {
    // only our own listeners come off: Worker keeps internal ones that removeAllListeners() would take too
    const done = (ok: boolean) => {
      worker.off('error', fail).off('exit', fail).off('message', ready);
      if (ok) return resolve(worker);
      void worker.terminate();
      resolve(null);
    };
    const fail = () => done(false);
    const ready = (m: WorkerReply) => done(m.type === 'ready');
    worker.on('error', fail).on('exit', fail).on('message', ready);
  });
}
