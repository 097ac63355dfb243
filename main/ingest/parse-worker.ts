// Runs in a worker thread during a bulk import: reads, guards, parses and stages the import's files in order, and
// posts them back in compact batches (wire.ts), never more than the writer has room for. It is handed the whole file
// list at once and batches across files (most are small), so it keeps reading while the writer flushes a window.
// No database here.
import { parentPort } from 'node:worker_threads';
import { readAhead } from './file-reader.js';
import type { ImportLimits } from './import-guard.js';
import { recordsOf, type StagedSet } from './stage.js';
import { stageFile } from './stage-file.js';
import { encodeBatch, packFailure, type WireFailure } from './wire.js';

/** `processedAt`: the import's start, the processing time of every file's sets (a file carries none of its own). */
export type WorkerRequest = { type: 'files'; files: string[]; processedAt: string; limits?: ImportLimits } | { type: 'credit' };
/** A run of consecutive sets in a batch from one file, and whether the file ended there (done or failed). */
export interface FileSpan { file: string; sets: number; end: 'done' | 'error' | null; error?: WireFailure }
export type WorkerReply = { type: 'ready' } | { type: 'batch'; batch: ReturnType<typeof encodeBatch>; spans: FileSpan[] };

/** Claim-level records per posted batch: small enough to keep the writer fed, large enough to amortise a message. */
const BATCH_RECORDS = 2000;

const port = parentPort!;
let credits = 0;
let wake: (() => void) | null = null;

class Outbox {
  private sets: StagedSet[] = [];
  private spans: FileSpan[] = [];
  private records = 0;

  add(file: string, sets: StagedSet[], end: FileSpan['end'], error?: WireFailure): void {
    const last = this.spans.at(-1);
    if (last && last.file === file && last.end === null) Object.assign(last, { sets: last.sets + sets.length, end, error });
    else this.spans.push({ file, sets: sets.length, end, ...(error ? { error } : {}) });
    for (const s of sets) { this.sets.push(s); this.records += recordsOf(s); }
  }

  get full(): boolean { return this.records >= BATCH_RECORDS; }

  async post(): Promise<void> {
    if (this.spans.length === 0) return;
    while (credits <= 0) await new Promise<void>((r) => { wake = r; });
    credits--;
    port.postMessage({ type: 'batch', batch: encodeBatch(this.sets), spans: this.spans } satisfies WorkerReply);
    this.sets = [];
    this.spans = [];
    this.records = 0;
  }
}

async function run({ files, processedAt, limits }: Extract<WorkerRequest, { type: 'files' }>): Promise<void> {
  const out = new Outbox();
  for (const { file, bytes } of readAhead(files)) {
    try {
      for await (const sets of stageFile(file, bytes, limits, processedAt, BATCH_RECORDS)) {
        out.add(file, sets, null);
        if (out.full) await out.post();
      }
      out.add(file, [], 'done');
    } catch (err) {
      out.add(file, [], 'error', packFailure(err));
    }
    if (out.full) await out.post();
  }
  await out.post();
}

port.on('message', (m: WorkerRequest) => {
  if (m.type === 'credit') {
    credits++;
    wake?.();
    wake = null;
    return;
  }
  void run(m);
});

port.postMessage({ type: 'ready' } satisfies WorkerReply);
