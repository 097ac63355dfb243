// The sync as the app sees it: start/stop with the app, Sync now, cancel, status, progress and finished events,
// run history. Wires the scheduler to runSync. Plain Node: the shell passes the db getter, client factory and ingest.
import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/open.js';
import { getSyncState, listRuns } from '../../db/queries/sync.js';
import type { SyncRun } from '../../shared/domain/imports.js';
import type { SyncFinished, SyncStatus } from '../../shared/domain/sync-status.js';
import { AppError } from '../../shared/ipc/errors.js';
import { ingestX12Text } from '../ingest/index.js';
import type { Logger } from '../log/logger.js';
import type { StediClient } from '../stedi/client.js';
import { newOwnerId } from './lock.js';
import { reprocessTransaction } from './reprocess.js';
import { runSync, type RunResult } from './run-sync.js';
import { createScheduler, type RunVerdict } from './scheduler.js';
import { DEFAULT_SYNC_OPTIONS, type IngestFn, type Progress, type SyncOptions } from './types.js';

export interface SyncServiceDeps {
  /** Read at use time: a restore swaps the database underneath. */
  db: () => Db;
  /** Builds a client for the configured key, or null when there is none. */
  client: () => StediClient | null;
  /** Defaults to the store's ingestX12Text; tests pass failing twins. */
  ingest?: IngestFn;
  now?: () => Date;
  log?: Logger;
  options?: Partial<SyncOptions>;
  newId?: () => string;
  owner?: string;
  holderIsDead?: (owner: string) => boolean;
}

export interface SyncService {
  start(): void;
  stop(): Promise<void>;
  /** Starts a run now, or returns the id of the run already in flight. */
  runNow(): string;
  cancel(runId: string): void;
  getStatus(): SyncStatus;
  listRuns(limit: number): SyncRun[];
  onProgress(cb: (p: Progress) => void): () => void;
  onFinished(cb: (f: SyncFinished, result: RunResult) => void): () => void;
  /** Resolves with the in-flight run's result (null when idle). */
  whenIdle(): Promise<RunResult | null>;
  /** Re-ingests a failed transaction from its stored raw X12, without downloading. */
  reprocess(transactionId: string): 'ingested' | 'failed';
}

type LastState = { kind: 'idle' } | { kind: 'offline' } | { kind: 'key_rejected' } | { kind: 'error'; message: string };

export function createSyncService(deps: SyncServiceDeps): SyncService {
  const options: SyncOptions = { ...DEFAULT_SYNC_OPTIONS, ...deps.options };
  const ingest = deps.ingest ?? ingestX12Text;
  const now = deps.now ?? (() => new Date());
  const owner = deps.owner ?? newOwnerId();
  const progressListeners = new Set<(p: Progress) => void>();
  const finishedListeners = new Set<(f: SyncFinished, r: RunResult) => void>();
  const results = new Map<string, Promise<RunResult>>();
  let last: LastState = { kind: 'idle' };

  const emitProgress = (p: Progress) => { for (const cb of progressListeners) safely(() => cb(p), deps.log); };

  async function run(runId: string, signal: AbortSignal, trigger: 'schedule' | 'manual'): Promise<RunVerdict> {
    const client = deps.client();
    if (!client) throw new AppError('not_configured', 'No Stedi API key is configured.');
    const result = runSync({
      db: deps.db(), client, ingest, now, options, owner, runId, trigger, signal,
      onProgress: emitProgress, log: deps.log, holderIsDead: deps.holderIsDead,
    });
    results.clear(); // only the latest run is ever awaited
    results.set(runId, result);
    const r = await result;
    last = stateAfter(r);
    const finished: SyncFinished = {
      runId, outcome: r.outcome === 'ok' || r.outcome === 'ok_with_exceptions' ? 'ok' : r.outcome === 'cancelled' ? 'cancelled' : 'failed', error: r.error,
    };
    for (const cb of finishedListeners) safely(() => cb(finished, r), deps.log);
    return r.outcome === 'ok_with_exceptions' ? 'ok' : r.outcome;
  }

  const scheduler = createScheduler({ run, intervalMs: options.intervalMs, newId: deps.newId ?? randomUUID, now: () => now().getTime() });

  function getStatus(): SyncStatus {
    const db = deps.db();
    const state = getSyncState(db);
    const running = scheduler.current();
    const lastImport = listRuns(db, 50).find((r) => r.ingested > 0 && r.finishedAt);
    const base = { lastSuccessAt: state?.lastSuccessAt ?? null, lastImportAt: lastImport?.finishedAt ?? null };
    const retryAt = scheduler.nextAt();
    if (!deps.client()) return { status: { state: 'not_configured' }, ...base };
    if (running) return { status: { state: 'running', runId: running.runId }, ...base };
    if (last.kind === 'offline') return { status: { state: 'offline', retryAt: retryAt ? new Date(retryAt).toISOString() : null }, ...base };
    if (last.kind === 'key_rejected') return { status: { state: 'key_rejected' }, ...base };
    if (last.kind === 'error') return { status: { state: 'error', message: last.message }, ...base };
    return { status: { state: 'idle' }, ...base };
  }

  return {
    start: () => { if (last.kind === 'key_rejected') last = { kind: 'idle' }; scheduler.start(); },
    stop: () => scheduler.stop(),
    runNow: () => {
      if (!deps.client()) throw new AppError('not_configured', 'Sync is not set up yet: add a Stedi API key in Settings.');
      return scheduler.runNow();
    },
    cancel: (runId) => scheduler.cancel(runId),
    getStatus,
    listRuns: (limit) => listRuns(deps.db(), limit).map((r) => ({
      id: r.id, startedAt: r.startedAt, finishedAt: r.finishedAt, outcome: r.outcome as SyncRun['outcome'], trigger: r.trigger,
      seen: r.seen, ingested: r.ingested, skipped: r.skipped, failed: r.failed, error: r.error,
    })),
    onProgress: (cb) => { progressListeners.add(cb); return () => { progressListeners.delete(cb); }; },
    onFinished: (cb) => { finishedListeners.add(cb); return () => { finishedListeners.delete(cb); }; },
    whenIdle: async () => {
      const running = scheduler.current();
      if (!running) return null;
      await running.done;
      const result = results.get(running.runId);
      results.delete(running.runId);
      return result ? await result : null;
    },
    reprocess: (transactionId) => reprocessTransaction({ db: deps.db(), ingest, now: now(), maxAttempts: options.maxAttempts }, transactionId),
  };
}

function stateAfter(r: RunResult): LastState {
  if (r.outcome === 'offline') return { kind: 'offline' };
  if (r.outcome === 'key_rejected') return { kind: 'key_rejected' };
  if (r.outcome === 'failed' || r.outcome === 'busy') return { kind: 'error', message: r.error ?? 'The sync failed.' };
  return { kind: 'idle' };
}

function safely(fn: () => void, log?: Logger): void {
  try { fn(); } catch (err) { log?.warn('a sync listener threw', err); }
}
