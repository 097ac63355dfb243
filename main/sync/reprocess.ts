// Reprocessing by hand: re-ingest a failed transaction from the raw X12 kept when its ingest failed.
import { getStediTransaction } from '../../db/queries/sync.js';
import type { TransactionSummary } from '../stedi/responses.js';
import { AppError } from '../../shared/ipc/errors.js';
import { recordOne, type CommitDeps } from './commit-page.js';

export function reprocessTransaction(deps: CommitDeps, transactionId: string): 'ingested' | 'failed' {
  const row = getStediTransaction(deps.db, transactionId);
  if (!row) throw new AppError('not_found', 'The sync has never seen that Stedi transaction.');
  if (row.disposition !== 'failed') throw new AppError('conflict', `That transaction is ${row.disposition}, not failed.`);
  if (row.rawX12 === null) throw new AppError('not_found', 'No raw X12 is stored for it (the download failed); the next sync run fetches it again.');
  const tx: TransactionSummary = {
    transactionId: row.transactionId, status: row.status, direction: row.direction as TransactionSummary['direction'], mode: row.mode,
    processedAt: row.processedAt, artifacts: [], fileExecutionId: row.fileExecutionId ?? undefined,
  };
  const plan = { action: 'ingest' as const, usage: 'input' as const, transactionSet: row.transactionSet ?? '' };
  const text = row.rawX12;
  const outcome = deps.db.$client.transaction(() => recordOne(deps, { kind: 'document', tx, plan, text })).immediate();
  return outcome === 'ingested' ? 'ingested' : 'failed';
}
