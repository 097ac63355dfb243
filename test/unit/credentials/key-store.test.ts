import { chmodSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createKeyStore, ENCRYPTED_FILE, PLAIN_FILE, type SecretCodec } from '../../../main/credentials/key-store.js';
import { modeStoreDir } from '../../../main/credentials/mode-store.js';
import { tempDir } from '../../helpers/db.js';

const KEY = 'prod_sk_4f3e2d1c0b9a8877zz99';
const dirs: Array<{ remove(): void }> = [];
const dir = () => { const d = tempDir(); dirs.push(d); return d.dir; };
afterEach(() => { while (dirs.length) dirs.pop()!.remove(); });

/** A stand-in for safeStorage: reversible, and visibly not plain text. */
const codec: SecretCodec = {
  encrypt: (s) => Buffer.from(Buffer.from(s, 'utf8').map((b) => b ^ 0x5a)),
  decrypt: (b) => Buffer.from(b.map((x) => x ^ 0x5a)).toString('utf8'),
};

describe('Stedi key store', () => {
  it('shows callers only configured, the last four characters and the mode', () => {
    const store = createKeyStore({ dataDir: dir(), env: {} });
    expect(store.status()).toEqual({ configured: false, last4: null, mode: null, source: null, problem: null });
    const status = store.set(KEY, 'production');
    expect(status).toEqual({ configured: true, last4: 'zz99', mode: 'production', source: 'data-folder', problem: null });
    expect(JSON.stringify(status)).not.toContain(KEY.slice(0, -4));
    expect(store.reveal()).toEqual({ key: KEY, mode: 'production' });
    expect(store.remove().configured).toBe(false);
  });

  it('without a keychain writes an owner-only file, and refuses one others can read', () => {
    const d = dir();
    const store = createKeyStore({ dataDir: d, env: {}, platform: 'linux' });
    store.set(KEY, 'test');
    expect(readdirSync(d)).toEqual([PLAIN_FILE]);
    if (process.platform !== 'win32') {
      chmodSync(join(d, PLAIN_FILE), 0o644);
      expect(store.status()).toMatchObject({ configured: false, problem: expect.stringContaining('chmod 600') });
      expect(store.reveal()).toBeNull();
    }
  });

  it('with the shell codec stores only ciphertext', () => {
    const d = dir();
    const store = createKeyStore({ dataDir: d, env: {}, codec });
    expect(store.set(KEY, 'test')).toMatchObject({ configured: true, mode: 'test', source: 'keychain' });
    expect(readdirSync(d)).toEqual([ENCRYPTED_FILE]);
    expect(readFileSync(join(d, ENCRYPTED_FILE)).toString('latin1')).not.toContain(KEY);
    expect(store.reveal()).toEqual({ key: KEY, mode: 'test' });
  });

  it('prefers STEDI_API_KEY, then a 0600 STEDI_API_KEY_FILE, and will not overwrite either', () => {
    const d = dir();
    const env = { STEDI_API_KEY: KEY, STEDI_API_MODE: 'test' };
    const store = createKeyStore({ dataDir: d, env });
    expect(store.status()).toMatchObject({ configured: true, mode: 'test', source: 'env', last4: 'zz99' });
    expect(() => store.set('another_key_123', 'production')).toThrow(/environment/);
    const file = join(d, 'key.txt');
    writeFileSync(file, `${KEY}\n`, { mode: 0o600 });
    const fromFile = createKeyStore({ dataDir: d, env: { STEDI_API_KEY_FILE: file }, platform: 'linux' });
    expect(fromFile.reveal()).toEqual({ key: KEY, mode: 'production' });
    if (process.platform !== 'win32') {
      chmodSync(file, 0o640);
      expect(fromFile.status()).toMatchObject({ configured: false, problem: expect.stringContaining('other users') });
    }
  });

  it('rejects junk keys without repeating them', () => {
    const store = createKeyStore({ dataDir: dir(), env: {} });
    const junk = 'has spaces in it secret-part';
    let message = '';
    try { store.set(junk, 'production'); } catch (err) { message = (err as Error).message; }
    expect(message).toMatch(/does not look like/);
    expect(message).not.toContain('secret-part');
  });

  it('keeps test and production data in separate folders', () => {
    expect(modeStoreDir('/data', 'production')).toBe('/data');
    expect(modeStoreDir('/data', 'test')).toBe(join('/data', 'test-mode'));
  });
});

describe('credentials facade', () => {
  it('sets, tests against the emulator and removes, replying only with configured / last four / mode', async () => {
    const { startEmulator } = await import('../../emulator/server.js');
    const { createCredentialsFacade } = await import('../../../main/credentials/facade.js');
    const { createStediClient } = await import('../../../main/stedi/client.js');
    const emu = await startEmulator({ keys: [{ key: 'test_emu_key_1234abcd' }] });
    try {
      const store = createKeyStore({ dataDir: dir(), env: {} });
      const facade = createCredentialsFacade({ store, clientFor: (apiKey) => createStediClient({ apiKey, coreUrl: emu.coreUrl, retry: { attempts: 1 } }) });
      expect(await facade.set('test_emu_key_1234abcd')).toEqual({ configured: true, last4: 'abcd', mode: 'test', source: 'stored' });
      const ok = await facade.test();
      expect(ok.ok).toBe(true);
      expect(ok.message).not.toContain('test_emu_key');
      await facade.set('prod_wrong_key_9999');
      const bad = await facade.test();
      expect(bad).toMatchObject({ ok: false, message: expect.stringContaining('rejected') });
      expect(bad.message).not.toContain('prod_wrong_key');
      expect(await facade.remove()).toEqual({ configured: false, last4: null, mode: null, source: 'none' });
    } finally {
      await emu.close();
    }
  });
});
