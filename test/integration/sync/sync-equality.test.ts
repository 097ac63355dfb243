// A sync against the emulator must end in exactly the store a direct ingest of the same transactions gives —
// clean, and with every fault of the emulator checklist injected.
import { afterEach, describe, expect, it } from 'vitest';
import { getSyncState } from '../../../db/queries/sync.js';
import { canonicalDump, ledgerDump } from '../../emulator/canonical-dump.js';
import { ManualClock } from '../../emulator/clock.js';
import type { EmuTransaction } from '../../emulator/dataset.js';
import { startEmulator, type Emulator } from '../../emulator/server.js';
import { openTestDb } from '../../helpers/db.js';
import { dataset, modeOf, NOW, referenceStore, syncOnce } from './harness.js';

let emu: Emulator | null = null;
afterEach(async () => { await emu?.close(); emu = null; });

describe('sync against the emulator', () => {
  it('a clean sync equals a direct ingest; a second sync makes one poll call and changes nothing', async () => {
    const txs = await dataset(11, 100);
    const mode = modeOf(txs);
    emu = await startEmulator({ seed: 11, clock: new ManualClock(NOW), transactions: txs });
    const db = openTestDb();
    const first = await syncOnce(db, emu, withMode(mode));
    expect(first.outcome).toBe('ok');
    expect(first.ingested).toBeGreaterThan(50);
    const reference = referenceStore(txs, mode);
    const dump = canonicalDump(db);
    expect(dump.claims!.length).toBeGreaterThanOrEqual(80);
    expect(dump.remittances!.length).toBeGreaterThan(10);
    expect(dump).toEqual(canonicalDump(reference));
    emu.resetStats();
    const ledger = ledgerDump(db), token = getSyncState(db)!.pageToken;
    const second = await syncOnce(db, emu, withMode(mode));
    expect(second).toMatchObject({ outcome: 'ok', pages: 1, seen: 0 });
    expect(emu.stats.requests).toEqual({ poll: 1 });
    expect(canonicalDump(db)).toEqual(dump);
    expect(ledgerDump(db)).toEqual(ledger);
    expect(getSyncState(db)!.pageToken).toBe(token);
  });

  it('ends equal with every checklist fault injected: errors, drops, slowness, throttling, duplicates, late arrivals, a revoked key', async () => {
    const txs = await dataset(23, 80);
    const mode = modeOf(txs);
    const clock = new ManualClock(NOW);
    const { onTime, late } = delayArrivals(txs);
    emu = await startEmulator({
      seed: 23, clock, transactions: onTime, duplicateRate: 0.3, concurrencyLimit: 3, latencyMs: 5, linkTtlMs: 60_000,
      keys: [{ key: 'emu-key-one-1234567' }, { key: 'emu-key-two-7654321' }], revokeAfterRequests: 60,
      faults: { rate: 0.2, maxPerKey: 2, burstRate: 0.05, burstLength: 3, retryAfterSeconds: 0, slowMs: 400 },
    });
    for (const t of late) emu.addTransaction(t);
    const db = openTestDb();
    const common = { ...withMode(mode), timeoutMs: 250, concurrency: 6, realWaits: true };
    const revoked = await syncOnce(db, emu, { ...common, apiKey: 'emu-key-one-1234567' });
    expect(revoked.outcome).toBe('key_rejected');
    // the user pastes a new key; the sync resumes from its checkpoint
    const resumed = await syncOnce(db, emu, { ...common, apiKey: 'emu-key-two-7654321' });
    expect(resumed.outcome).toBe('ok');
    // a day later: late arrivals have landed; the daily reconciliation finds the ones polling could not
    clock.set(NOW + 25 * 3_600_000);
    const nextDay = await syncOnce(db, emu, { ...common, apiKey: 'emu-key-two-7654321', now: () => new Date(NOW + 25 * 3_600_000) });
    expect(nextDay.outcome).toBe('ok');
    expect(emu.stats.faults).toMatchObject({ 429: expect.any(Number), 500: expect.any(Number), drop: expect.any(Number), slow: expect.any(Number) });
    expect(emu.stats.concurrencyRejections).toBeGreaterThan(0);
    expect(emu.stats.authOnDownload).toBe(0);
    expect(canonicalDump(db)).toEqual(canonicalDump(referenceStore([...onTime, ...late], mode)));
  });
});

function withMode(mode: 'test' | 'production') {
  return { options: { ...defaults(), mode } };
}

function defaults() {
  return { intervalMs: 900_000, backfillDays: 90, reconcileDays: 7, reconcileEveryMs: 86_400_000, pageSize: 25, downloadConcurrency: 4, maxAttempts: 8, lockTtlMs: 60_000 };
}

/** Some recent transactions arrive late: a few seconds late (inside the poll window), or an hour late (outside it). */
function delayArrivals(txs: EmuTransaction[]): { onTime: EmuTransaction[]; late: EmuTransaction[] } {
  const recent = [...txs].sort((a, b) => b.processedAtMs - a.processedAtMs).slice(0, 30);
  const lateIds = new Set(recent.filter((_, i) => i % 3 === 0).map((t) => t.transactionId));
  const late = txs.filter((t) => lateIds.has(t.transactionId)).map((t, i) => ({
    ...t, processedAtMs: NOW - 3 * 3_600_000 + i, visibleAtMs: i % 2 === 0 ? NOW - 3 * 3_600_000 + i + 8_000 : NOW + 3_600_000,
  }));
  return { onTime: txs.filter((t) => !lateIds.has(t.transactionId)), late };
}
