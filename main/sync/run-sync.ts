// One sync run: take the lock, read the stream to the end, retry due failures, reconcile when due, and record
// the run with its outcome. Plain Node; everything it touches is passed in.
import type { Db } from '../../db/open.js';
import { closeAbandonedRuns, finishRun, insertRun, updateSyncState } from '../../db/queries/sync.js';
import type { Logger } from '../log/logger.js';
import type { StediClient } from '../stedi/client.js';
import { isStediError, StediError } from '../stedi/errors.js';
import { AppError } from '../../shared/ipc/errors.js';
import { acquireLease } from './lock.js';
import type { PassContext } from './pass-context.js';
import { pollPass } from './poll-pass.js';
import { reconcilePass } from './reconcile-pass.js';
import { retryPass } from './retry-pass.js';
import { storageError } from '../safety/storage-errors.js';
import { zeroCounts, type Counts, type IngestFn, type Progress, type SyncOptions } from './types.js';

export type Outcome = 'ok' | 'ok_with_exceptions' | 'failed' | 'cancelled' | 'key_rejected' | 'offline' | 'busy';

export interface RunResult extends Counts {
  runId: string;
  outcome: Outcome;
  error: string | null;
}

export interface RunDeps {
  db: Db;
  client: StediClient;
  ingest: IngestFn;
  now: () => Date;
  options: SyncOptions;
  owner: string;
  runId: string;
  trigger: 'schedule' | 'manual' | 'cli' | 'start';
  signal: AbortSignal;
  onProgress?: (p: Progress) => void;
  log?: Logger;
  holderIsDead?: (owner: string) => boolean;
  since?: Date;
  forceReconcile?: boolean;
}

export async function runSync(deps: RunDeps): Promise<RunResult> {
  const counts = zeroCounts();
  const startedAt = deps.now().toISOString();
  const got = acquireLease(deps.db, { owner: deps.owner, nowMs: () => deps.now().getTime(), ttlMs: deps.options.lockTtlMs, holderIsDead: deps.holderIsDead });
  if ('busyWith' in got) {
    return { runId: deps.runId, outcome: 'busy', error: 'Another ClaimTrail window or command is already syncing this data folder.', ...counts };
  }
  const { lease } = got;
  closeAbandonedRuns(deps.db, { finishedAt: startedAt }); // safe: we hold the lock, so no other run is alive
  insertRun(deps.db, { id: deps.runId, trigger: deps.trigger, startedAt });
  const lost = new AbortController();
  const signal = AbortSignal.any([deps.signal, lost.signal]);
  const renew = () => { if (!lease.renew()) lost.abort(new StediError('cancelled', 'Another process took over the sync lock.')); };
  const heartbeat = setInterval(renew, Math.max(1000, Math.floor(deps.options.lockTtlMs / 3)));
  heartbeat.unref?.();
  let phase: Progress['phase'] = 'starting';
  let processedAt: string | null = null;
  const ctx: PassContext = {
    db: deps.db, client: deps.client, ingest: deps.ingest, now: deps.now, options: deps.options, signal, runId: deps.runId, counts,
    report: (p, at) => {
      phase = p;
      processedAt = at ?? processedAt;
      renew();
      deps.onProgress?.({ runId: deps.runId, phase, processedAt, ...counts });
    },
  };
  let outcome: Outcome;
  let error: string | null = null;
  try {
    await pollPass(ctx, { since: deps.since });
    await retryPass(ctx);
    await reconcilePass(ctx, deps.forceReconcile);
    outcome = counts.failed > 0 ? 'ok_with_exceptions' : 'ok';
    updateSyncState(deps.db, { lastSuccessAt: deps.now().toISOString(), updatedAt: deps.now().toISOString() });
  } catch (err) {
    ({ outcome, error } = classify(err, signal));
    if (outcome === 'failed') deps.log?.error('sync run failed', err);
  } finally {
    clearInterval(heartbeat);
  }
  finishRun(deps.db, deps.runId, { ...counts, phase: 'done', lastProcessedAt: processedAt, outcome, error, finishedAt: deps.now().toISOString() });
  lease.release();
  ctx.report('done', null);
  return { runId: deps.runId, outcome, error, ...counts };
}

function classify(err: unknown, signal: AbortSignal): { outcome: Outcome; error: string | null } {
  if (isStediError(err, 'key_rejected')) return { outcome: 'key_rejected', error: 'API key rejected' };
  if (isStediError(err, 'offline')) return { outcome: 'offline', error: err.message };
  if (signal.aborted || isStediError(err, 'cancelled')) {
    const reason = signal.reason instanceof StediError ? signal.reason.message : null;
    return { outcome: 'cancelled', error: reason };
  }
  // Our own errors carry reviewed messages; anything else may hold data, so only its kind is shown.
  if (err instanceof AppError) return { outcome: 'failed', error: err.message };
  const storage = storageError(err); // disk full, read-only folder, database busy: say which, plainly
  if (storage) return { outcome: 'failed', error: storage.message };
  return { outcome: 'failed', error: `The sync stopped on an unexpected ${err instanceof Error ? err.name : 'error'}; details are in the log.` };
}
