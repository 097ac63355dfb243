// The Settings-facing view of the key store (the shape main/ipc/handlers expects): status without the key, set,
// test with one cheap Stedi call, remove. `onChange` lets the shell rebuild the sync service for the new key.
import { checkKey } from '../stedi/check-key.js';
import type { StediClient } from '../stedi/client.js';
import type { KeyMode, KeyStatus, KeyStore } from './key-store.js';

export interface KeyInfo {
  configured: boolean;
  last4: string | null;
  mode: KeyMode | null;
  source: 'stored' | 'environment' | 'none';
}

export interface CredentialsFacadeDeps {
  store: KeyStore;
  clientFor(apiKey: string): StediClient;
  now?: () => Date;
  /** The contract's setStediKey carries no mode yet; until it does, a key named test_… is taken as a test key. */
  modeFor?: (key: string) => KeyMode;
  onChange?: (info: KeyInfo) => void;
}

export const guessMode = (key: string): KeyMode => (/^test[_-]/i.test(key.trim()) ? 'test' : 'production');

export function toKeyInfo(s: KeyStatus): KeyInfo {
  const source = !s.configured || s.source === null ? 'none' : s.source === 'env' || s.source === 'key-file' ? 'environment' : 'stored';
  return { configured: s.configured, last4: s.last4, mode: s.mode, source };
}

export function createCredentialsFacade(deps: CredentialsFacadeDeps) {
  const changed = (s: KeyStatus) => { const info = toKeyInfo(s); deps.onChange?.(info); return info; };
  return {
    info: (): KeyInfo => toKeyInfo(deps.store.status()),
    set: async (key: string): Promise<KeyInfo> => changed(deps.store.set(key, (deps.modeFor ?? guessMode)(key))),
    remove: async (): Promise<KeyInfo> => changed(deps.store.remove()),
    test: async (): Promise<{ ok: boolean; message: string }> => {
      const found = deps.store.reveal();
      if (!found) return { ok: false, message: 'No Stedi API key is configured.' };
      const result = await checkKey(deps.clientFor(found.key), (deps.now ?? (() => new Date()))(), AbortSignal.timeout(30_000));
      return result.ok ? { ok: true, message: `Stedi accepted the ${found.mode} key ending ${found.key.slice(-4)}.` } : { ok: false, message: result.message };
    },
  };
}
