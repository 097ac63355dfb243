// createHandlers(deps): the one implementation of the contract, shared by Electron, the preview host and tests.
// Thin by rule: validate nothing here (dispatch does), call queries/services, return plain data.
import type { Api } from '../../shared/ipc/contract.js';
import { appHandlers } from './handlers/app.js';
import type { HandlerDeps } from './handlers/deps.js';
import { claimHandlers } from './handlers/claims.js';
import { credentialHandlers } from './handlers/credentials.js';
import { exportHandlers } from './handlers/export.js';
import { filterOptionHandlers } from './handlers/filter-options.js';
import { importHandlers } from './handlers/imports.js';
import { reportHandlers } from './handlers/reports.js';
import { rawTransactionHandlers } from './handlers/raw-transactions.js';
import { scheduledExportHandlers } from './handlers/scheduled-exports.js';
import { safetyHandlers } from './handlers/safety.js';
import { syncRunHandlers } from './handlers/sync-runs.js';
import { syncHandlers } from './handlers/sync.js';
import { viewHandlers } from './handlers/views.js';
import { workflowHandlers } from './handlers/workflow.js';
import { worklistHandlers } from './handlers/worklists.js';

export type { HandlerDeps } from './handlers/deps.js';

export function createHandlers(deps: HandlerDeps): Api {
  const screens = {
    ...appHandlers(deps),
    ...syncHandlers(deps),
    ...safetyHandlers(deps),
    ...syncRunHandlers(deps),
    ...credentialHandlers(deps),
    ...importHandlers(deps),
    ...viewHandlers(deps),
    ...workflowHandlers(deps),
    ...worklistHandlers(deps),
    ...claimHandlers(deps),
    ...filterOptionHandlers(deps),
    ...rawTransactionHandlers(deps),
    ...reportHandlers(deps),
  };
  // Documents are built from the very calls the screens make, so paper matches screen.
  return { ...screens, ...exportHandlers(deps, screens), ...scheduledExportHandlers(deps) };
}
