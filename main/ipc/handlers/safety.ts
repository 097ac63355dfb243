// Data-safety calls: health, backup now, restore, full integrity check.
import type { Api } from '../../../shared/ipc/contract.js';
import type { HandlerDeps } from './deps.js';

type SafetyApi = Pick<Api, 'getDataHealth' | 'createBackup' | 'restoreBackup' | 'checkDataIntegrity' | 'enableDatabaseEncryption'>;

export function safetyHandlers(deps: HandlerDeps): SafetyApi {
  return {
    getDataHealth: async () => deps.safety.health(),
    createBackup: async () => deps.safety.backupNow(),
    restoreBackup: async ({ name }) => { await deps.safety.restore(name); return { restored: name }; },
    checkDataIntegrity: async () => deps.safety.fullCheck(),
    enableDatabaseEncryption: async () => { await deps.safety.enableEncryption(); return { encrypted: true as const }; },
  };
}
