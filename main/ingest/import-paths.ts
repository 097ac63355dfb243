// Imports files and folders: each file is streamed set by set (bounded memory), and sets are written in batches
// of savepoints inside one transaction per batch. A file that is not X12 goes to the exception log; the rest continue.
// Bytes pass the import guard (hostile sizes and shapes) first; the import journal makes a killed import recoverable.
import { readdirSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { Db } from '../../db/open.js';
import { addException } from '../../db/queries/exceptions.js';
import { inTransaction } from '../../db/queries/statements.js';
import { streamX12 } from '../edi/index.js';
import type { TransactionSet } from '../edi/index.js';
import { DEFAULT_IMPORT_LIMITS, guardedFileChunks, type ImportLimits } from './import-guard.js';
import { beginImport, recoverInterruptedImports } from './import-journal.js';
import { failureReason, ingestTransactionSet, type SetContext } from './ingest-set.js';
import { newSeeds, recomputeClaims } from './recompute.js';
import { emptySummary, type IngestSummary } from './types.js';

export interface ImportProgress { file: string; filesDone: number; filesTotal: number; transactions: number; claimsCreated: number }

const BATCH_SETS = 256;
/** Claims are re-derived once this many patient control numbers have been touched (and at the end): a claim whose
 *  837, 277CA and 835 arrive in one import is written once, not three times. Correlation is order-free, so the
 *  result is the same as deriving after every set. */
const DERIVE_EVERY_KEYS = 50_000;
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
  opts: { sourceKind?: 'file' | 'demo'; limits?: ImportLimits } = {},
): Promise<IngestSummary> {
  const files = expandPaths(paths);
  recoverInterruptedImports(db); // an import killed before its last derive left claims underived
  const journal = beginImport(db, now()); // fails fast, before any file is read, on a read-only or full database
  const ctx: SetContext = {
    source: { kind: 'file', path: '' }, now: now(), summary: emptySummary(), tally: { created: new Set(), updated: new Set() }, pending: newSeeds(),
  };
  const derive = (last = false) => {
    const seeds = ctx.pending!;
    if (!last && seeds.pcnKeys.size === 0 && seeds.pccs.size === 0) return;
    ctx.pending = newSeeds();
    inTransaction(db, () => { recomputeClaims(db, seeds, ctx.tally); if (last) journal.finish(); else journal.advance(); });
  };
  const flush = (batch: TransactionSet[]) => {
    if (batch.length === 0) return;
    ctx.now = now();
    inTransaction(db, () => { for (const set of batch) ingestTransactionSet(db, set, ctx); });
    batch.length = 0;
    if (ctx.pending!.pcnKeys.size >= DERIVE_EVERY_KEYS) derive();
  };
  try {
    for (const [i, file] of files.entries()) {
      ctx.source = { kind: opts.sourceKind ?? 'file', path: file };
      ctx.summary.files++;
      const batch: TransactionSet[] = [];
      try {
        for await (const set of streamX12(guardedFileChunks(file, opts.limits ?? DEFAULT_IMPORT_LIMITS), { file: basename(file) })) {
          batch.push(set);
          if (batch.length >= BATCH_SETS) flush(batch);
        }
        flush(batch);
      } catch (err) {
        flush(batch); // sets read before the failure are still good
        const location = err && typeof err === 'object' && 'location' in err ? JSON.stringify(err.location) : null;
        addException(db, { sourceKind: ctx.source.kind, sourceRef: file, rawId: null, transactionSetId: null, location, reason: failureReason(err), at: now() });
        ctx.summary.exceptions++;
      }
      if (i === files.length - 1) derive();
      onProgress?.({ file, filesDone: i + 1, filesTotal: files.length, transactions: ctx.summary.transactions, claimsCreated: ctx.tally.created.size });
    }
    derive(true);
  } finally {
    journal.close();
  }
  return { ...ctx.summary, claimsCreated: ctx.tally.created.size, claimsUpdated: ctx.tally.updated.size };
}
