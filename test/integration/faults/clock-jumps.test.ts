// The computer's clock jumps backwards or forwards (a dead CMOS battery, a wrong time zone fixed, a VM restored).
// Nothing that waits may stall until the clock catches up, the sync watermark never moves back, and the store
// ends equal to one that never saw the jump.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { getSyncState, upsertStediTransaction } from '../../../db/queries/sync.js';
import { addException } from '../../../db/queries/exceptions.js';
import { insertRaw } from '../../../db/queries/raw.js';
import { retryDueExceptions } from '../../../main/ingest/index.js';
import { dailyBackupDue } from '../../../main/safety/backup.js';
import { reconcileDue } from '../../../main/sync/reconcile-pass.js';
import { dueFailures } from '../../../db/queries/sync.js';
import { createScheduler, type RunVerdict } from '../../../main/sync/scheduler.js';
import { DEFAULT_SYNC_OPTIONS } from '../../../main/sync/types.js';
import { canonicalDump } from '../../emulator/canonical-dump.js';
import { ManualClock } from '../../emulator/clock.js';
import type { EmuTransaction } from '../../emulator/dataset.js';
import { startEmulator, type Emulator } from '../../emulator/server.js';
import { openTestDb, tempDir } from '../../helpers/db.js';
import { dataset, modeOf, NOW, referenceStore, syncOnce } from '../sync/harness.js';

const DAY = 86_400_000;
const YEAR = 365 * DAY;

describe('clock jumps: schedules', () => {
  afterEach(() => { vi.useRealTimers(); });

  it('the sync scheduler runs on elapsed time: a clock jumping a year either way neither stalls nor floods it', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const jumps = [0, -YEAR, +YEAR, -3 * YEAR, 0, +10 * YEAR];
    let wall = NOW, runs = 0;
    const scheduler = createScheduler({
      run: async (): Promise<RunVerdict> => { runs++; wall = NOW + jumps[runs % jumps.length]!; return 'ok'; },
      intervalMs: 15 * 60_000, newId: () => `run-${runs}`, now: () => wall,
    });
    scheduler.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(runs).toBe(1); // at start
    for (let i = 0; i < 6; i++) await vi.advanceTimersByTimeAsync(15 * 60_000);
    expect(runs).toBe(7); // exactly one per interval, whatever the wall clock said
    await scheduler.stop();
  });

  it('daily reconciliation and backups are due at once when their last run is dated ahead of a clock set back', () => {
    const ranAhead = '2027-06-01T00:00:00.000Z';
    expect(reconcileDue(ranAhead, new Date('2026-11-23T10:00:00Z'), DAY)).toBe(true);
    expect(reconcileDue('2026-11-23T10:00:00.000Z', new Date('2026-11-23T20:00:00Z'), DAY)).toBe(false); // then daily again
    expect(reconcileDue('2026-11-23T10:00:00.000Z', new Date('2026-11-24T10:00:00Z'), DAY)).toBe(true);
    const tmp = tempDir();
    try { expect(dailyBackupDue(tmp.dir, new Date('2026-11-23T10:00:00Z'))).toBe(true); } finally { tmp.remove(); }
  });

  it('failed transactions and exceptions whose retry time a clock set back put months away are retried now', () => {
    const db = openTestDb();
    const now = '2026-11-23T10:00:00.000Z';
    const farAhead = '2027-06-01T00:00:00.000Z'; // computed while the clock ran ahead; no backoff is longer than a day
    const soon = '2026-11-23T11:00:00.000Z'; // an honest backoff: not yet due
    for (const [id, next] of [['tx-ahead', farAhead], ['tx-soon', soon]] as const) {
      upsertStediTransaction(db, { transactionId: id, processedAt: now, direction: 'INBOUND', mode: 'production', status: 'succeeded', transactionSet: '835',
        fileExecutionId: null, disposition: 'failed', reason: 'download failed', attempts: 1, nextAttemptAt: next, rawX12: null, firstSeenAt: now, updatedAt: now });
    }
    const due = dueFailures(db, { now, maxAttempts: 5, limit: 10, clockSetBackAfter: new Date(Date.parse(now) + 2 * DAY).toISOString() });
    expect(due.map((r) => r.transactionId)).toEqual(['tx-ahead']);

    const rawId = insertRaw(db, { contentHash: 'h1', transactionSetId: '?', version: null, controlNumber: null, sourceKind: 'file', sourceRef: 'a.x12',
      stediTransactionId: null, processedAt: now, importedAt: now, location: null, outcome: 'exception', text: 'not x12' });
    addException(db, { sourceKind: 'file', sourceRef: 'a.x12', rawId, transactionSetId: null, location: null, reason: 'not_x12: test', at: now });
    db.$client.prepare('UPDATE ingest_exceptions SET next_retry_at = ?').run(farAhead);
    expect(retryDueExceptions(db, now).tried).toBe(1);
    db.$client.close();
  });
});

describe('clock jumps: the sync against the emulator', () => {
  let emu: Emulator;
  let txs: EmuTransaction[];
  let mode: 'test' | 'production';
  beforeAll(async () => {
    txs = await dataset(13, 40);
    mode = modeOf(txs);
    emu = await startEmulator({ seed: 13, clock: new ManualClock(NOW), transactions: txs, latencyMs: 1 });
  });
  afterAll(async () => { await emu.close(); });
  const options = () => ({ ...DEFAULT_SYNC_OPTIONS, pageSize: 10, mode });

  it('set back a year, then forward a year: the watermark never moves back and the store equals one that never jumped', async () => {
    const db = openTestDb();
    expect((await syncOnce(db, emu, { options: options() })).outcome).toMatch(/^ok/);
    const mark = getSyncState(db)!.watermark!;
    for (const jump of [-YEAR, +YEAR, 0]) {
      expect((await syncOnce(db, emu, { options: options(), now: () => new Date(NOW + jump) })).outcome).toMatch(/^ok/);
      expect(Date.parse(getSyncState(db)!.watermark!)).toBeGreaterThanOrEqual(Date.parse(mark));
    }
    expect(canonicalDump(db)).toEqual(canonicalDump(referenceStore(txs, mode)));
    expect(db.$client.prepare("SELECT count(*) FROM sync_runs WHERE outcome = 'running'").pluck().get()).toBe(0);
    db.$client.close();
  });

  it('a first sync made while the clock ran 200 days ahead still backfills everything once the clock is right', async () => {
    const db = openTestDb();
    await syncOnce(db, emu, { options: options(), now: () => new Date(NOW + 200 * DAY) }); // its backfill starts in the "future"
    expect((await syncOnce(db, emu, { options: options() })).outcome).toMatch(/^ok/);
    expect(canonicalDump(db)).toEqual(canonicalDump(referenceStore(txs, mode)));
    db.$client.close();
  });
});
