// Sync calls: status for the status bar, Sync now. Honest when no key is configured.
import type { Api } from '../../../shared/ipc/contract.js';
import { AppError } from '../../../shared/ipc/errors.js';
import type { HandlerDeps } from './deps.js';

export function syncHandlers(deps: HandlerDeps): Pick<Api, 'getSyncStatus' | 'startSync'> {
  return {
    getSyncStatus: async () =>
      deps.sync()?.getStatus() ?? { status: { state: 'not_configured' }, lastSuccessAt: null, lastImportAt: null },
    startSync: async () => {
      const sync = deps.sync();
      if (!sync) throw new AppError('not_configured', 'Sync is not set up yet: add a Stedi API key in Settings.');
      return { runId: sync.runNow() };
    },
  };
}
