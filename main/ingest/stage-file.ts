// One file read, guarded, parsed and staged, in batches of about `batchRecords` claim-level records. Shared by the
// parse worker and the in-thread fallback so both hand the writer exactly the same sets.
import { basename } from 'node:path';
import { streamX12 } from '../edi/index.js';
import { fileChunks, type Prefetched } from './file-reader.js';
import type { ImportLimits } from './import-guard.js';
import { recordsOf, stageSet, type StagedSet } from './stage.js';

/** On a read or parse failure the sets read before it are still yielded (they are good), then the error is thrown. */
export async function* stageFile(file: string, ahead: Prefetched | null, limits: ImportLimits | undefined, processedAt: string, batchRecords: number): AsyncGenerator<StagedSet[]> {
  let sets: StagedSet[] = [], records = 0;
  try {
    for await (const set of streamX12(fileChunks(file, ahead, limits), { file: basename(file) })) {
      const staged = stageSet(set, processedAt);
      sets.push(staged);
      records += recordsOf(staged);
      if (records >= batchRecords) { yield sets; sets = []; records = 0; }
    }
  } catch (err) {
    if (sets.length) yield sets;
    throw err;
  }
  if (sets.length) yield sets;
}
