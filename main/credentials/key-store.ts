// The Stedi API key: from STEDI_API_KEY, a 0600 key file (STEDI_API_KEY_FILE), or the data folder — encrypted by
// the shell's keychain codec when there is one. Callers outside main only ever see KeyStatus, never the key.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { AppError } from '../../shared/ipc/errors.js';
import { readPrivateFile, tooOpen, writePrivateFile } from './key-file.js';

export type KeyMode = 'test' | 'production';

/** All the renderer may know about the key. */
export interface KeyStatus {
  configured: boolean;
  last4: string | null;
  mode: KeyMode | null;
  source: 'env' | 'key-file' | 'keychain' | 'data-folder' | null;
  /** Why a key that seems present cannot be used (e.g. a key file others can read). No key material. */
  problem: string | null;
}

export interface SecretCodec {
  encrypt(plain: string): Buffer;
  decrypt(cipher: Buffer): string;
  available?(): boolean;
}

export interface KeyStoreOptions {
  dataDir: string;
  env?: NodeJS.ProcessEnv;
  /** Electron's safeStorage, passed in by the shell. Without it the key is kept in a 0600 file. */
  codec?: SecretCodec | null;
  platform?: NodeJS.Platform;
}

export interface KeyStore {
  status(): KeyStatus;
  set(key: string, mode: KeyMode): KeyStatus;
  remove(): KeyStatus;
  /** Main-process only: the key for building a client. Never log it, never send it over IPC. */
  reveal(): { key: string; mode: KeyMode } | null;
}

export const ENCRYPTED_FILE = 'stedi-key.enc';
export const PLAIN_FILE = 'stedi-key.json';
const Stored = z.object({ key: z.string(), mode: z.enum(['test', 'production']) });

/** A plausible key: printable, no spaces, sensible length. The message never repeats the input. */
export function validateKey(key: string): string {
  const trimmed = key.trim();
  if (trimmed.length < 8 || trimmed.length > 512 || !/^[\x21-\x7e]+$/.test(trimmed)) {
    throw new AppError('invalid_input', 'That does not look like a Stedi API key: expected 8–512 printable characters without spaces.');
  }
  return trimmed;
}

export function createKeyStore(options: KeyStoreOptions): KeyStore {
  const env = options.env ?? process.env;
  const platform = options.platform ?? process.platform;
  const codec = options.codec && (options.codec.available?.() ?? true) ? options.codec : null;
  const encryptedFile = join(options.dataDir, ENCRYPTED_FILE);
  const plainFile = join(options.dataDir, PLAIN_FILE);
  const envMode = (): KeyMode => (env.STEDI_API_MODE === 'test' ? 'test' : 'production');

  function load(): { key: string; mode: KeyMode; source: NonNullable<KeyStatus['source']> } | { problem: string } | null {
    if (env.STEDI_API_KEY) return { key: validateKey(env.STEDI_API_KEY), mode: envMode(), source: 'env' };
    if (env.STEDI_API_KEY_FILE) {
      const raw = readPrivateFile(env.STEDI_API_KEY_FILE);
      if (!raw) return { problem: 'STEDI_API_KEY_FILE names a file that does not exist.' };
      if (tooOpen(env.STEDI_API_KEY_FILE, platform)) return { problem: 'The key file is readable by other users; run chmod 600 on it.' };
      return { key: validateKey(raw.toString('utf8').split(/\r?\n/)[0] ?? ''), mode: envMode(), source: 'key-file' };
    }
    if (codec) {
      const cipher = readPrivateFile(encryptedFile);
      if (cipher) return { ...Stored.parse(JSON.parse(codec.decrypt(cipher))), source: 'keychain' };
    }
    const plain = readPrivateFile(plainFile);
    if (!plain) return null;
    if (tooOpen(plainFile, platform)) return { problem: 'The stored key file is readable by other users; run chmod 600 on it.' };
    return { ...Stored.parse(JSON.parse(plain.toString('utf8'))), source: 'data-folder' };
  }

  function status(): KeyStatus {
    let found: ReturnType<typeof load>;
    try {
      found = load();
    } catch {
      return { configured: false, last4: null, mode: null, source: null, problem: 'The stored key could not be read; set it again.' };
    }
    if (!found) return { configured: false, last4: null, mode: null, source: null, problem: null };
    if ('problem' in found) return { configured: false, last4: null, mode: null, source: null, problem: found.problem };
    return { configured: true, last4: found.key.slice(-4), mode: found.mode, source: found.source, problem: null };
  }

  const fromEnvironment = () => Boolean(env.STEDI_API_KEY || env.STEDI_API_KEY_FILE);

  return {
    status,
    set(key, mode) {
      const clean = validateKey(key);
      if (fromEnvironment()) throw new AppError('conflict', 'The key comes from the environment (STEDI_API_KEY); change it there.');
      const payload = JSON.stringify({ key: clean, mode });
      if (codec) {
        writePrivateFile(encryptedFile, codec.encrypt(payload));
        rmSync(plainFile, { force: true });
      } else {
        writePrivateFile(plainFile, payload);
      }
      return status();
    },
    remove() {
      if (fromEnvironment()) throw new AppError('conflict', 'The key comes from the environment (STEDI_API_KEY); remove it there.');
      rmSync(encryptedFile, { force: true });
      rmSync(plainFile, { force: true });
      return status();
    },
    reveal() {
      try {
        const found = load();
        return found && !('problem' in found) ? { key: found.key, mode: found.mode } : null;
      } catch {
        return null;
      }
    },
  };
}
