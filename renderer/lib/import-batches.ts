// Splits picked files into import calls that each stay under the per-call size limit.
import { MAX_IMPORT_BATCH_CHARS } from '../../shared/domain/imports';

export interface PendingFile { name: string; size: number; }

/** Files too large for one call are returned apart: they need the desktop app or the CLI. */
export function planBatches<T extends PendingFile>(files: T[], limit = MAX_IMPORT_BATCH_CHARS): { batches: T[][]; tooLarge: T[] } {
  const batches: T[][] = [];
  const tooLarge: T[] = [];
  let current: T[] = [], size = 0;
  for (const f of files) {
    if (f.size > limit) { tooLarge.push(f); continue; }
    if (size + f.size > limit || current.length >= 200) { batches.push(current); current = []; size = 0; }
    current.push(f);
    size += f.size;
  }
  if (current.length) batches.push(current);
  return { batches, tooLarge };
}
