// Imports files and folders. Each file is streamed set by set (bounded memory); sets are staged (pure) as they are
// read and written in windows: one transaction per window, one savepoint per set inside it, and the claims the
// window touched derived once at its end, in the same transaction, so a killed import never leaves evidence without
// its claims. A file that is not X12 goes to the exception log; the rest continue. Bytes pass the import guard
// (hostile sizes and shapes) first; the import journal still covers imports killed by older versions.
import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { Db } from '../../db/open.js';
import { addException } from '../../db/queries/exceptions.js';
import { dropDeferredIndexes, restoreDeferredIndexes } from '../../db/queries/deferred-indexes.js';
import { bulkCheckpointing, foreignKeysOff, inTransaction, refreshPlannerStatistics } from '../../db/queries/statements.js';
import { BulkWindow } from './bulk-window.js';
import type { ImportLimits } from './import-guard.js';
import { beginImport, recoverInterruptedImports } from './import-journal.js';
import { failureReason, ingestStaged, type SetContext } from './ingest-set.js';
import { keyIndexFor } from './key-index.js';
import { recomputeClaims } from './recompute.js';
import { recordsOf, type StagedSet } from './stage.js';
import { stagedFiles, type StageOptions } from './staged-files.js';
import { PartyNotes } from './store-set.js';
import { rollbackTally } from './tally-log.js';
import { emptySummary, type IngestSummary } from './types.js';

export interface ImportOptions {
  sourceKind?: 'file' | 'demo';
  limits?: ImportLimits;
  /** Read and parse in a worker thread: 'auto' (default) for imports of more than a few MB. */
  worker?: StageOptions['worker'];
  /** Build the claim list's indexes once at the end instead of row by row. Off by default: list and report queries
   *  name those indexes, so only an import nothing reads meanwhile may drop them (the CLI with the app closed, the
   *  bench). 'auto': for loads of ~50 000+ claims into a small store. */
  deferIndexes?: boolean | 'auto';
  /** Claim-level records per window (tests use small windows to exercise claims that span windows). */
  windowRecords?: number;
}

export interface ImportProgress { file: string; filesDone: number; filesTotal: number; transactions: number; claimsCreated: number }

/** Claim-level records (837 claims, 277 entries, 835 payments) per window: about 20 000 claims' worth, a few tens
 *  of MB held. Claims whose story spans two windows are derived twice; with time-ordered files that is a few %. */
const WINDOW_RECORDS = 60_000;
/** X12 bytes per claim-level record, roughly: sizes the key index before anything is read. */
const BYTES_PER_RECORD = 450;
/** A load this big into a store this small builds the claim list's indexes once at its end instead of row by row. */
const DEFER_INDEXES_FROM_RECORDS = 150_000;
/** Inside a folder, documents that travel with X12 files are not X12 themselves. Named files are always read. */
const NOT_X12 = new Set(['.md', '.json', '.csv', '.xlsx', '.pdf', '.zip', '.gz', '.png', '.jpg', '.html', '.htm', '.log']);

/** Files to read, in a stable order: folders are walked recursively and sorted by name. */
export function expandPaths(paths: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      if (name.startsWith('.')) continue;
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (!NOT_X12.has(extname(name).toLowerCase())) out.push(p);
    }
  };
  for (const p of paths) {
    if (statSync(p).isDirectory()) walk(p); else out.push(p);
  }
  return out;
}

export async function importPaths(
  db: Db, paths: readonly string[], now: () => string, onProgress?: (p: ImportProgress) => void,
  opts: ImportOptions = {},
): Promise<IngestSummary> {
  const files = expandPaths(paths);
  recoverInterruptedImports(db); // an import killed before its last derive (older versions) left claims underived
  const journal = beginImport(db, now()); // fails fast, before any file is read, on a read-only or full database
  const tally = rollbackTally();
  const ctx: SetContext = { source: { kind: 'file', path: '' }, now: now(), summary: emptySummary(), tally };
  const bytes = files.reduce((s, f) => s + statSync(f).size, 0);
  const keys = keyIndexFor(db, bytes / BYTES_PER_RECORD);
  const window = new BulkWindow(db, keys);
  const parties = new PartyNotes(db);
  let deferIndexes = opts.deferIndexes === 'auto' ? keys.complete && bytes / BYTES_PER_RECORD >= DEFER_INDEXES_FROM_RECORDS : opts.deferIndexes ?? false;
  const windowRecords = opts.windowRecords ?? WINDOW_RECORDS;
  let queue: Array<{ staged: StagedSet; source: SetContext['source'] }> = [];
  let held = 0;

  const flush = (last: boolean) => {
    const sets = queue;
    queue = [];
    held = 0;
    const before = { ...ctx.summary };
    tally.begin();
    const restoreForeignKeys = foreignKeysOff(db); // every reference a window writes points at rows it wrote itself
    try {
      window.refreshKeys();
      inTransaction(db, () => {
        if (deferIndexes) { dropDeferredIndexes(db, ctx.now); deferIndexes = false; }
        for (const { staged, source } of sets) {
          ctx.source = source;
          ctx.pending = window.seeds;
          ingestStaged(db, staged, ctx, {}, { sink: window, parties });
        }
        recomputeClaims(db, window.seeds, tally, [], window);
        if (last) { restoreDeferredIndexes(db); journal.finish(); } else journal.advance();
      });
      window.clear();
    } catch {
      // Something in the window could not be derived: undo it and take its sets one by one, so only a set that
      // fails on its own goes to the exception log (as the per-set path always did).
      window.discard();
      parties.forget();
      tally.undo();
      ctx.summary = before;
      ctx.pending = undefined;
      for (const { staged, source } of sets) {
        ctx.source = source;
        inTransaction(db, () => ingestStaged(db, staged, ctx));
      }
      if (last) inTransaction(db, () => { restoreDeferredIndexes(db); journal.finish(); });
    } finally {
      restoreForeignKeys();
    }
    ctx.now = now();
  };

  const restoreCheckpointing = bulkCheckpointing(db);
  try {
    let filesDone = 0;
    for await (const ev of stagedFiles(files, () => ctx.now, { limits: opts.limits, worker: opts.worker, totalBytes: bytes })) {
      const source = { kind: opts.sourceKind ?? 'file', path: ev.file } as const;
      if (ev.type === 'sets') {
        for (const staged of ev.sets) {
          queue.push({ staged, source });
          held += recordsOf(staged);
        }
        if (held >= windowRecords) flush(false);
        continue;
      }
      ctx.summary.files++;
      filesDone++;
      if (ev.type === 'error') {
        // sets read before the failure are still good and stay queued
        const err = ev.error;
        const location = err && typeof err === 'object' && 'location' in err ? JSON.stringify(err.location) : null;
        addException(db, { sourceKind: source.kind, sourceRef: ev.file, rawId: null, transactionSetId: null, location, reason: failureReason(err), at: now() });
        ctx.summary.exceptions++;
      }
      if (filesDone === files.length) flush(true);
      onProgress?.({ file: ev.file, filesDone, filesTotal: files.length, transactions: ctx.summary.transactions + queue.length, claimsCreated: tally.created.size });
    }
    if (files.length === 0) flush(true);
  } finally {
    restoreCheckpointing();
    journal.close();
    try { restoreDeferredIndexes(db); } catch { /* an import that failed half-way: the next import or start repairs it */ }
  }
  refreshPlannerStatistics(db);
  return { ...ctx.summary, claimsCreated: tally.created.size, claimsUpdated: tally.updated.size };
}
