// Data-safety calls: health, backup now, restore, full integrity check.
import type { Api } from '../../../shared/ipc/contract.js';
import type { HandlerDeps } from './deps.js';

type SafetyApi = Pick<Api, 'getDataHealth' | 'createBackup' | 'restoreBackup' | 'checkDataIntegrity' | 'enableDatabaseEncryption' | 'rebuildFromRaw'>;

export function safetyHandlers(deps: HandlerDeps): SafetyApi {
  return {
    getDataHealth: async () => deps.safety.health(),
    createBackup: async () => deps.safety.backupNow(),
    restoreBackup: async ({ name }) => { await deps.safety.restore(name); return { restored: name }; },
    checkDataIntegrity: async () => deps.safety.fullCheck(),
    rebuildFromRaw: async () => {
      const report = await deps.safety.rebuildFromRaw();
      deps.emit?.('dataChanged', { reason: 'rebuild' });
      return report;
    },
    enableDatabaseEncryption: async () => { await deps.safety.enableEncryption(); return { encrypted: true as const }; },
  };
}
