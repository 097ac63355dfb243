// Import, demo-dataset and reprocess calls: hand file contents, paths or an exception id to the store's ingestion.
import { existsSync } from 'node:fs';
import { appendAudit } from '../../../db/queries/audit.js';
import type { Api } from '../../../shared/ipc/contract.js';
import { AppError } from '../../../shared/ipc/errors.js';
import type { ImportSummary } from '../../../shared/domain/imports.js';
import { demoDatasetDir } from '../../app/paths.js';
import {
  ingestX12Text, importPaths, loadDemoDataset, removeDemoDataset, reprocessException, type IngestSummary,
} from '../../ingest/index.js';
import { addSummaries } from '../../ingest/types.js';
import type { HandlerDeps } from './deps.js';

type ImportsApi = Pick<Api, 'importFiles' | 'importPaths' | 'loadDemoDataset' | 'removeDemoDataset' | 'reprocessException'>;

const toSummary = (s: IngestSummary): ImportSummary => ({
  files: s.files, transactions: s.transactions, claimsCreated: s.claimsCreated, claimsUpdated: s.claimsUpdated,
  duplicatesSkipped: s.duplicates, exceptions: s.exceptions, warnings: s.warnings,
});

export function importHandlers(deps: HandlerDeps): ImportsApi {
  const now = () => deps.now().toISOString();
  /** Other windows' lists reload after local data changed. */
  const changed = <T>(reason: string, value: T): T => { deps.emit?.('dataChanged', { reason }); return value; };
  return {
    importFiles: async ({ files }) => {
      // Each file is its own source: one that is not X12 lands in the exception log and the rest still import.
      let total: IngestSummary | null = null;
      for (const f of files) {
        const s = ingestX12Text(deps.db, f.text, { kind: 'file', path: f.name }, now());
        total = total ? addSummaries(total, s) : s;
      }
      return changed('import', toSummary(total!));
    },
    importPaths: async ({ paths }) => {
      if (deps.runtime === 'preview') throw new AppError('invalid_input', 'The preview host imports the files you pick, not paths on disk.');
      const missing = paths.find((p) => !existsSync(p));
      if (missing) throw new AppError('not_found', `There is no file or folder at ${missing}.`);
      // importPaths keeps the indexes in place by default: the window keeps reading the store while a big import runs.
      return changed('import', toSummary(await importPaths(deps.db, paths, now)));
    },
    loadDemoDataset: async () => {
      const dir = deps.demoDir ?? demoDatasetDir();
      if (!existsSync(dir)) throw new AppError('unavailable', 'The demo dataset is not bundled with this build.');
      return changed('demo', toSummary(await loadDemoDataset(deps.db, now, dir)));
    },
    removeDemoDataset: async () => changed('demo', { removedClaims: removeDemoDataset(deps.db).claimsRemoved }),
    reprocessException: async ({ id }) => {
      const exceptionId = Number(id);
      if (!Number.isSafeInteger(exceptionId)) throw new AppError('not_found', `There is no exception ${id}.`);
      const r = reprocessException(deps.db, exceptionId, now());
      if (r.outcome !== 'not_found') {
        appendAudit(deps.db, { action: 'reprocess', subject: `exception ${exceptionId}`, detail: { outcome: r.outcome } }, deps.now());
        if (r.outcome === 'resolved') deps.emit?.('dataChanged', { reason: 'reprocess' });
      }
      switch (r.outcome) {
        case 'resolved': return { resolved: true, message: `Reprocessed: ${r.summary.transactions} transaction(s) taken in.` };
        case 'failed': return { resolved: false, message: `Still failing: ${r.reason}. It will be retried by itself.` };
        case 'already_resolved': return { resolved: true, message: 'Already resolved.' };
        case 'nothing_kept': return { resolved: false, message: 'Nothing was kept to reprocess: import the file again.' };
        case 'not_found': throw new AppError('not_found', `There is no exception ${id}.`);
      }
    },
  };
}
