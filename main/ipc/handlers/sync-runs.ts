// Sync page calls beyond status and Sync now: cancel and run history. Honest `not_configured` without a sync service.
import { listRuns } from '../../../db/queries/sync.js';
import { SyncRun } from '../../../shared/domain/imports.js';
import type { Api } from '../../../shared/ipc/contract.js';
import { AppError } from '../../../shared/ipc/errors.js';
import type { HandlerDeps } from './deps.js';

export function syncRunHandlers(deps: HandlerDeps): Pick<Api, 'cancelSync' | 'listSyncRuns'> {
  return {
    cancelSync: async ({ runId }) => {
      const sync = deps.sync();
      if (!sync) throw new AppError('not_configured', 'Sync is not set up yet: add a Stedi API key in Settings.');
      const running = sync.getStatus().status;
      if (running.state !== 'running' || running.runId !== runId) return { cancelled: false };
      sync.cancel(runId);
      return { cancelled: true };
    },
    // History lives in the database, so it shows even while no key is set (runs by the CLI, earlier keys).
    listSyncRuns: async ({ limit }) => listRuns(deps.db, limit).map((r) => ({
      id: r.id, trigger: r.trigger, startedAt: r.startedAt, finishedAt: r.finishedAt,
      outcome: SyncRun.shape.outcome.safeParse(r.outcome).data ?? 'failed',
      seen: r.seen, ingested: r.ingested, skipped: r.skipped, failed: r.failed, error: r.error,
    })),
  };
}
