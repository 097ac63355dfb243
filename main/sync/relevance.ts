// Which Stedi transactions the cache takes in: outbound 837s and inbound 999/277/835, in this store's mode.
// Everything else is recorded as skipped with a reason. Pure.
import type { DocumentUsage } from '../stedi/client.js';
import type { TransactionSummary } from '../stedi/responses.js';

export type Plan =
  | { action: 'ingest'; usage: DocumentUsage; transactionSet: string }
  | { action: 'skip'; reason: string; transactionSet: string | null };

const INBOUND_SETS = new Set(['999', '277', '835']);

export function transactionSetOf(tx: TransactionSummary): string | null {
  return tx.x12?.metadata?.transaction?.transactionSetIdentifier ?? null;
}

export function planFor(tx: TransactionSummary, mode: 'test' | 'production'): Plan {
  const set = transactionSetOf(tx);
  if (tx.status !== 'succeeded') {
    const errors = tx.translationErrors?.length ?? 0;
    return { action: 'skip', reason: `Stedi marked it ${tx.status}${errors ? ` (${errors} translation error${errors > 1 ? 's' : ''})` : ''}`, transactionSet: set };
  }
  if ((tx.mode === 'test' || tx.mode === 'production') && tx.mode !== mode) {
    return { action: 'skip', reason: `${tx.mode}-mode transaction; this store holds ${mode} data`, transactionSet: set };
  }
  const wanted = (tx.direction === 'OUTBOUND' && set === '837') || (tx.direction === 'INBOUND' && set !== null && INBOUND_SETS.has(set));
  if (!wanted || set === null) {
    return { action: 'skip', reason: `not part of a claim's life (${tx.direction.toLowerCase()} ${set ?? 'non-X12'})`, transactionSet: set };
  }
  return { action: 'ingest', usage: x12Usage(tx), transactionSet: set };
}

/** The artifact holding raw X12: inbound documents come in as input, generated 837s go out as output. */
function x12Usage(tx: TransactionSummary): DocumentUsage {
  const x12 = tx.artifacts.find((a) => a.artifactType === 'application/edi-x12' && (a.usage === 'input' || a.usage === 'output'));
  if (x12) return x12.usage as DocumentUsage;
  return tx.direction === 'OUTBOUND' ? 'output' : 'input';
}
