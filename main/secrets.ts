// The OS keychain codec for the Stedi API key (Electron safeStorage). The only place the shell touches the key;
// main/credentials stores the encrypted bytes and never sees the keychain itself.
import { safeStorage } from 'electron';
import { fileSeal, type KeySeal } from './safety/db-key.js';

export interface SecretCodec {
  available(): boolean;
  encrypt(plain: string): Buffer;
  decrypt(cipher: Buffer): string;
}

export const keychainCodec: SecretCodec = {
  available: () => safeStorage.isEncryptionAvailable(),
  encrypt: (plain) => safeStorage.encryptString(plain),
  decrypt: (cipher) => safeStorage.decryptString(cipher),
};

/** Seals the database key with the keychain when the OS offers one; otherwise an owner-only file (said in Settings). */
export function databaseKeySeal(): KeySeal {
  if (!keychainCodec.available()) return fileSeal;
  return {
    kind: 'keychain',
    seal: (key) => keychainCodec.encrypt(key.toString('base64')),
    unseal: (sealed) => Buffer.from(keychainCodec.decrypt(sealed), 'base64'),
  };
}
