// Public entry points over one simulation run: files only, truths only, or both in order; and writing a
// dataset to a folder file by file.
import { createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { once } from 'node:events';
import { resolveOptions, type GeneratorOptions } from './options.js';
import { simulate } from './run.js';
import type { DatasetEvent, GeneratedFile } from './simulation.js';
import type { ClaimTruth, PaymentTruth } from './truth.js';

/** Files, claim truths and payment truths in the order they are produced. */
export function generateEvents(opts: GeneratorOptions): Generator<DatasetEvent> {
  return simulate(opts);
}

/** The files of a dataset (each one X12 interchange), streamed. */
export function* generateDataset(opts: GeneratorOptions): Generator<GeneratedFile> {
  for (const e of simulate(opts, false)) if (e.type === 'file') yield e.file;
}

/** One truth record per claim, emitted when the claim's story ends (not in submission order). */
export function* generateTruth(opts: GeneratorOptions): Generator<ClaimTruth> {
  for (const e of simulate(opts)) if (e.type === 'claim') yield e.claim;
}

/** One record per 835 set written (resends included, pointing at the first copy). */
export function* generatePaymentTruth(opts: GeneratorOptions): Generator<PaymentTruth> {
  for (const e of simulate(opts)) if (e.type === 'payment') yield e.payment;
}

export interface WriteOptions {
  /** Also write truth.jsonl (one claim truth per line) next to the files. */
  truth?: boolean;
}

/** Streams the dataset's files into dir (created if missing). */
export async function writeDataset(opts: GeneratorOptions, dir: string, w: WriteOptions = {}): Promise<{ files: number; bytes: number; claims: number }> {
  await mkdir(dir, { recursive: true });
  const truth = w.truth ? createWriteStream(join(dir, 'truth.jsonl')) : null;
  let files = 0, bytes = 0;
  try {
    for (const e of simulate(opts, truth !== null)) {
      if (e.type === 'file') {
        await writeFile(join(dir, e.file.name), e.file.text);
        files++;
        bytes += Buffer.byteLength(e.file.text);
      } else if (e.type === 'claim') {
        if (truth && !truth.write(`${JSON.stringify(e.claim)}\n`)) await once(truth, 'drain');
      }
    }
  } finally {
    if (truth) { truth.end(); await once(truth, 'finish'); }
  }
  return { files, bytes, claims: resolveOptions(opts).claims }; // every requested claim is written to an 837
}
