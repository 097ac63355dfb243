// App-level calls: app info and the validation probe.
import { statSync } from 'node:fs';
import type { Api } from '../../../shared/ipc/contract.js';
import { appliedMigrationCount, databaseBytes, tableRowCounts } from '../../../db/queries/app-info.js';
import type { HandlerDeps } from './deps.js';

export function appHandlers(deps: HandlerDeps): Pick<Api, 'appInfo' | 'ping'> {
  return {
    appInfo: async () => ({
      name: 'ClaimTrail',
      version: deps.version,
      runtime: deps.runtime,
      dataDir: deps.dataDir,
      databaseFile: deps.databaseFile,
      databaseBytes: fileBytes(deps.databaseFile) || databaseBytes(deps.db),
      schemaVersion: appliedMigrationCount(deps.db),
      rowCounts: tableRowCounts(deps.db),
    }),
    ping: async ({ message }) => ({ echo: message, at: deps.now().toISOString() }),
  };
}

function fileBytes(file: string): number {
  let total = 0;
  for (const f of [file, `${file}-wal`]) {
    try { total += statSync(f).size; } catch { /* absent: in-memory or not yet written */ }
  }
  return total;
}
