// The office's marks on claims: note, follow-up date, worked (one claim or many). Never touched by re-sync.
import { getWorkflow, setClaimNote, setFollowUp, setWorked } from '../../../db/queries/workflow.js';
import type { Api } from '../../../shared/ipc/contract.js';
import { AppError } from '../../../shared/ipc/errors.js';
import { claimIdNumber } from './claim-adapters.js';
import type { HandlerDeps } from './deps.js';

export function workflowHandlers(deps: HandlerDeps): Pick<Api, 'updateWorkflow' | 'markWorked'> {
  const now = () => deps.now().toISOString();
  return {
    updateWorkflow: async ({ claimId, note, followUpDate, worked }) => {
      const id = claimIdNumber(claimId);
      const at = now();
      const exists = [
        note !== undefined && setClaimNote(deps.db, id, note, at),
        followUpDate !== undefined && setFollowUp(deps.db, id, followUpDate, at),
        worked !== undefined && setWorked(deps.db, [id], worked, at) > 0,
      ];
      const w = getWorkflow(deps.db, id);
      if (!w && (note !== undefined || followUpDate !== undefined || worked !== undefined) && !exists.some(Boolean)) {
        throw new AppError('not_found', `There is no claim ${claimId}: it may have been merged into another after new data arrived.`);
      }
      return { note: w?.note ?? '', followUpDate: w?.followUpOn ?? null, worked: w?.worked ?? false, updatedAt: w?.updatedAt ?? null };
    },
    markWorked: async ({ claimIds, worked }) => {
      const ids = claimIds.map(Number).filter((n) => Number.isSafeInteger(n));
      return { updated: setWorked(deps.db, ids, worked, now()) };
    },
  };
}
