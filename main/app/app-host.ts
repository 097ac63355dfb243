// The whole app minus its window: key store, the local store for the key's mode, the sync service and the handlers.
// The desktop shell and the preview host both run this, so "Sync now", key changes and events behave the same.
import { join } from 'node:path';
import { appendAudit } from '../../db/queries/audit.js';
import type { Api } from '../../shared/ipc/contract.js';
import type { EventName, EventPayload } from '../../shared/ipc/events.js';
import { createCredentialsFacade, type KeyInfo } from '../credentials/facade.js';
import { createKeyStore, type KeyMode, type SecretCodec } from '../credentials/key-store.js';
import { modeStoreDir } from '../credentials/mode-store.js';
import { loadCodeListOverrides } from '../edi/code-lists.js';
import type { Dispatch } from '../ipc/dispatch.js';
import type { CredentialsFacade } from '../ipc/handlers/deps.js';
import { createStediClient } from '../stedi/client.js';
import { readPreferences } from '../ipc/handlers/views.js';
import { syncOptionsFromPreferences } from '../sync/options-from-preferences.js';
import { createSyncService, type SyncService } from '../sync/sync-service.js';
import type { SyncOptions } from '../sync/types.js';
import { bootCore, type Core, type CoreOptions } from './core.js';
import { loadDemoIfFirstRun } from './first-run.js';

export interface AppHostOptions extends Omit<CoreOptions, 'credentials' | 'emit'> {
  /** Electron's safeStorage in the desktop app; absent elsewhere (the key then comes from the environment or a 0600 file). */
  codec?: SecretCodec | null;
  env?: NodeJS.ProcessEnv;
  stedi?: { coreUrl?: string; healthcareUrl?: string; concurrency?: number };
  syncOptions?: Partial<SyncOptions>;
  /** Start the scheduled sync when a key is configured (off in tests that drive runs by hand). */
  scheduleSync?: boolean;
  /** Load the demo dataset (`demoDir`) on a first run without a Stedi key, so a new office sees a living app. */
  firstRunDemo?: boolean;
}

export interface AppHost {
  /** Stable across key-mode switches and restores: always the current store's handlers. */
  dispatch: Dispatch;
  readonly core: Core;
  readonly api: Api;
  setEmitter(emit: (name: EventName, payload: unknown) => void): void;
  /** Resolves once the first-run demo load (if any) is done. */
  ready: Promise<void>;
  stop(): Promise<void>;
}

export function startAppHost(options: AppHostOptions): AppHost {
  const log = options.log;
  applyCodeListOverrides(join(options.dataDir, 'code-lists'), options.log);
  const keys = createKeyStore({ dataDir: options.dataDir, env: options.env, codec: options.codec });
  let emitter: ((name: EventName, payload: unknown) => void) | null = null;
  const emit = <E extends EventName>(name: E, payload: EventPayload<E>) => {
    try { emitter?.(name, payload); } catch (err) { log.warn(`event ${name} could not be sent`, err); }
  };

  let mode: KeyMode = keys.status().mode ?? 'production';
  let core: Core;
  let sync: SyncService;

  const credentials: CredentialsFacade = wrapKeyChanges(createCredentialsFacade({
    store: keys,
    clientFor: (apiKey) => createStediClient({ apiKey, ...options.stedi }),
    now: options.now,
  }));

  function boot(forMode: KeyMode): void {
    const quiesce = async () => { await sync.stop(); return attachSync; };
    core = bootCore({
      ...options, dataDir: modeStoreDir(options.dataDir, forMode), credentials, emit, quiesce,
      onPreferencesChanged: () => { void replaceSync(forMode).catch((err: unknown) => log.error('the sync schedule could not be updated', err)); },
    });
    sync = newSync(forMode);
    attachSync();
  }

  /** A new schedule: a pass in flight is cancelled (its committed pages stay), then the service restarts with the new options. */
  async function replaceSync(forMode: KeyMode): Promise<void> {
    await sync.stop();
    sync = newSync(forMode);
    attachSync();
  }

  function newSync(forMode: KeyMode): SyncService {
    const now = options.now ?? (() => new Date());
    const prefs = syncOptionsFromPreferences(readPreferences({ db: core.db }), now());
    const service = createSyncService({
      db: () => core.db,
      client: () => {
        const found = keys.reveal();
        return found && found.mode === forMode ? createStediClient({ apiKey: found.key, ...options.stedi }) : null;
      },
      now: options.now, log, options: { ...prefs, ...options.syncOptions, mode: forMode },
    });
    service.onProgress((p) => emit('syncProgress', p));
    service.onFinished((finished) => { emit('syncFinished', finished); emit('dataChanged', { reason: 'sync' }); });
    return service;
  }

  /** The handlers see a sync service only while a key for this store's mode is configured. */
  function attachSync(): void {
    const configured = keys.status().configured;
    core.setSync(configured ? sync : null);
    if (configured && options.scheduleSync) sync.start();
  }

  async function shutdown(): Promise<void> {
    await sync.stop();
    core.close();
  }

  /** A key of the other mode means the other local store: test and production data never mix. */
  function wrapKeyChanges(inner: ReturnType<typeof createCredentialsFacade>): CredentialsFacade {
    const after = async (info: KeyInfo, change: string): Promise<KeyInfo> => {
      const nextMode = info.mode ?? mode;
      if (nextMode !== mode) {
        await shutdown();
        mode = nextMode;
        boot(mode);
        emit('dataChanged', { reason: 'key-mode' });
      } else {
        await sync.stop();
        attachSync();
      }
      try {
        appendAudit(core.db, { action: 'key_change', subject: 'Stedi API key', detail: { change, mode: info.mode, last4: info.last4 } }, (options.now ?? (() => new Date()))());
      } catch (err) { log.warn('could not record the key change in the audit log', err); }
      return info;
    };
    return {
      info: inner.info,
      test: inner.test,
      set: async (key) => after(await inner.set(key), 'set'),
      remove: async () => after(await inner.remove(), 'removed'),
    };
  }

  boot(mode);
  const ready = keys.status().configured || !options.firstRunDemo || !options.demoDir
    ? Promise.resolve()
    : loadDemoIfFirstRun(core!.db, options.demoDir, options.now ?? (() => new Date()), log)
      .then((loaded) => { if (loaded) emit('dataChanged', { reason: 'demo' }); });

  return {
    dispatch: (channel, input) => core.dispatch(channel, input),
    get core() { return core; },
    get api() { return core.api; },
    setEmitter: (fn) => { emitter = fn; },
    ready,
    stop: shutdown,
  };
}

/** CARC/RARC lists change several times a year; an office can drop newer JSON lists in <data>/code-lists. */
function applyCodeListOverrides(dir: string, log: AppHostOptions['log']): void {
  try {
    const loaded = loadCodeListOverrides(dir);
    if (loaded.length > 0) log.info(`code list overrides loaded: ${loaded.join(', ')}`);
  } catch (err) {
    log.error('a code list override was not loaded; the built-in lists are used', err);
  }
}
