// The raw X12 viewer: one stored transaction set, split into named segments and elements with code meanings.
import { basename } from 'node:path';
import { getRawTransaction } from '../../../db/queries/raw.js';
import type { TransactionKind, TransactionRef } from '../../../shared/domain/claim-detail.js';
import type { Api } from '../../../shared/ipc/contract.js';
import { AppError } from '../../../shared/ipc/errors.js';
import { describeSegments, type Warning } from '../../edi/index.js';
import type { HandlerDeps } from './deps.js';

/** Enough to read any claim's transaction; a 50 000-claim 837 batch shows its beginning. */
const MAX_SEGMENTS = 3000;

export function transactionKind(setId: string, version: string | null): TransactionKind {
  if (setId === '277') return version?.includes('X214') ? '277CA' : '277';
  return setId === '837' || setId === '999' || setId === '835' ? setId : '837';
}

export const describeSource = (kind: string, ref: string): string =>
  kind === 'stedi' ? `Stedi ${ref}` : `${kind === 'demo' ? 'demo file' : 'file'} ${basename(ref)}`;

export function rawTransactionHandlers(deps: HandlerDeps): Pick<Api, 'getRawTransaction'> {
  return {
    getRawTransaction: async ({ id }) => {
      const rawId = Number(id);
      const row = Number.isSafeInteger(rawId) ? getRawTransaction(deps.db, rawId) : null;
      if (!row) throw new AppError('not_found', `There is no stored transaction ${id}.`);
      const ref: TransactionRef = {
        id: String(row.id), kind: transactionKind(row.transactionSetId, row.version), receivedAt: row.processedAt,
        source: describeSource(row.sourceKind, row.sourceRef), controlNumber: row.controlNumber,
      };
      let segments;
      try {
        segments = describeSegments(row.text);
      } catch {
        throw new AppError('unavailable', 'This transaction could not be split into segments; it is kept as received.');
      }
      return {
        ref,
        warnings: warningsOf(row.warnings),
        truncated: segments.length > MAX_SEGMENTS,
        segments: segments.slice(0, MAX_SEGMENTS).map((s) => ({
          index: s.index, id: s.id, name: s.name ? `${s.name}${s.loopId ? ` · loop ${s.loopId}` : ''}` : null, text: s.text,
          elements: s.elements.map((e) => ({
            position: `${s.id}${String(e.position).padStart(2, '0')}`, name: e.name, value: e.components ? e.components.join(' : ') : e.value,
            meaning: e.description,
          })),
        })),
      };
    },
  };
}

/** The stored warnings for the viewer, each with where the engine found it: "SE01, segment 24 of era.835". */
function warningsOf(json: string | null): Array<{ code: string; message: string; where: string | null }> {
  if (!json) return [];
  try {
    return (JSON.parse(json) as Warning[]).map((w) => ({ code: w.code, message: w.message, where: w.location ? placeOf(w.location) : null }));
  } catch {
    return []; // a damaged column never hides the transaction itself
  }
}

const placeOf = (l: NonNullable<Warning['location']>): string =>
  `${l.segmentId}${l.element ? String(l.element).padStart(2, '0') : ''}, segment ${l.segmentIndex} of ${l.file ? basename(l.file) : 'the file'}`;
