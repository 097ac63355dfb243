// Stedi key calls for Settings. Write-only: no reply ever carries the key, only configured / last four / mode.
import type { Api } from '../../../shared/ipc/contract.js';
import { AppError } from '../../../shared/ipc/errors.js';
import type { CredentialsFacade, HandlerDeps } from './deps.js';

type CredentialsApi = Pick<Api, 'getStediKey' | 'setStediKey' | 'testStediKey' | 'removeStediKey'>;

const NONE = { configured: false, last4: null, mode: null, source: 'none' } as const;

export function credentialHandlers(deps: HandlerDeps): CredentialsApi {
  const need = (): CredentialsFacade => {
    if (!deps.credentials) throw new AppError('unavailable', 'Key storage is not available in this build yet.');
    return deps.credentials;
  };
  return {
    getStediKey: async () => deps.credentials?.info() ?? NONE,
    setStediKey: async ({ key }) => need().set(key),
    testStediKey: async () => need().test(),
    removeStediKey: async () => need().remove(),
  };
}
