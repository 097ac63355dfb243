import { afterEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../db/open.js';
import { getSyncState, listRuns, tryAcquireLock } from '../../../db/queries/sync.js';
import { listExceptions } from '../../../db/queries/exceptions.js';
import { ingestX12Text } from '../../../main/ingest/index.js';
import { runSync, type RunDeps } from '../../../main/sync/run-sync.js';
import { SYNC_LOCK } from '../../../main/sync/lock.js';
import { DEFAULT_SYNC_OPTIONS, type IngestFn } from '../../../main/sync/types.js';
import { canonicalDump, ledgerDump } from '../../emulator/canonical-dump.js';
import { ManualClock } from '../../emulator/clock.js';
import { SAMPLE_FILES } from '../../emulator/samples.js';
import { startEmulator, type Emulator, type EmulatorOptions } from '../../emulator/server.js';
import { emulatorClient } from '../../emulator/test-kit.js';
import { openTestDb } from '../../helpers/db.js';

const NOW = Date.parse('2026-02-01T12:00:00Z');
let emu: Emulator | null = null;
afterEach(async () => { await emu?.close(); emu = null; });

async function start(options: EmulatorOptions = {}): Promise<Emulator> {
  emu = await startEmulator({ clock: new ManualClock(NOW), files: SAMPLE_FILES, layout: { fromMs: NOW - 86_400_000, toMs: NOW - 3_600_000, noise: 2, failed: 1 }, ...options });
  return emu;
}

let runs = 0;
function deps(db: Db, e: Emulator, over: Partial<RunDeps> & { fetch?: typeof fetch } = {}): RunDeps {
  const { fetch: f, ...rest } = over;
  return {
    db, client: emulatorClient(e, f ? { fetch: f } : {}).client, ingest: ingestX12Text as IngestFn, now: () => new Date(NOW),
    options: { ...DEFAULT_SYNC_OPTIONS, pageSize: 2 }, owner: 'test-host:1:abc', runId: `run-${++runs}`, trigger: 'manual',
    signal: new AbortController().signal, holderIsDead: () => false, ...rest,
  };
}

describe('runSync', () => {
  it('takes in every claim transaction once, records the rest as skipped, and keeps a checkpoint', async () => {
    const e = await start();
    const db = openTestDb();
    const progress: string[] = [];
    const r = await runSync(deps(db, e, { onProgress: (p) => progress.push(p.phase) }));
    expect(r).toMatchObject({ outcome: 'ok', ingested: 4, skipped: 3, failed: 0 });
    const claims = db.$client.prepare('SELECT pcn, status, paid_cents FROM claims ORDER BY pcn').all();
    expect(claims).toEqual([{ pcn: 'PCN001', status: 'paid', paid_cents: 15000 }, { pcn: 'PCN002', status: 'denied', paid_cents: 0 }]);
    expect(ledgerDump(db).filter((l) => l.includes('"skipped"'))).toHaveLength(3);
    const state = getSyncState(db)!;
    expect(state.pageToken).toBeTruthy();
    expect(state.backfillDoneAt).toBeTruthy();
    expect(state.watermark).toBe(new Date(NOW - 3_600_000).toISOString());
    expect(progress[0]).toBe('backfill');
    expect(progress).toContain('reconcile');
    expect(listRuns(db, 5)[0]).toMatchObject({ outcome: 'ok', ingested: 4, skipped: 3, seen: 7 });
  });

  it('equals a direct ingest of the same transactions, and a second run makes one poll call and changes nothing', async () => {
    const e = await start({ duplicateRate: 0.5, faults: { rate: 0.3, retryAfterSeconds: 0 } });
    const db = openTestDb();
    await runSync(deps(db, e));
    const direct = openTestDb();
    for (const tx of e.stream.all()) {
      if (tx.piece && tx.status === 'succeeded' && ['837', '999', '277', '835'].includes(tx.setId)) {
        ingestX12Text(direct, tx.piece.text, { kind: 'stedi', transactionId: tx.transactionId, processedAt: new Date(tx.processedAtMs).toISOString() }, new Date(NOW).toISOString());
      }
    }
    expect(canonicalDump(db)).toEqual(canonicalDump(direct));
    const before = { dump: canonicalDump(db), ledger: ledgerDump(db), token: getSyncState(db)!.pageToken };
    e.setFaults({});
    e.resetStats();
    const again = await runSync(deps(db, e));
    expect(again).toMatchObject({ outcome: 'ok', pages: 1, seen: 0, ingested: 0 });
    expect(e.stats.requests).toEqual({ poll: 1 });
    expect({ dump: canonicalDump(db), ledger: ledgerDump(db), token: getSyncState(db)!.pageToken }).toEqual(before);
  });

  it('logs a failed download with its transaction id and attempts, keeps going, and retries it on a later run', async () => {
    const e = await start();
    const db = openTestDb();
    const victim = e.stream.all().find((t) => t.setId === '835' && t.status === 'succeeded')!.transactionId;
    let broken = true;
    const fetchWith404: typeof fetch = async (input, init) =>
      broken && String(input).includes(`/transactions/${victim}/`) ? new Response('{"message":"gone"}', { status: 404 }) : fetch(input, init);
    const first = await runSync(deps(db, e, { fetch: fetchWith404 }));
    expect(first).toMatchObject({ outcome: 'ok_with_exceptions', ingested: 3, failed: 1 });
    const [ex] = listExceptions(db);
    expect(ex).toMatchObject({ sourceKind: 'stedi', sourceRef: victim, attempts: 1, resolved: false });
    expect(ex!.reason).toContain('HTTP 404');
    // not due yet: a run right away leaves it alone
    await runSync(deps(db, e, { fetch: fetchWith404 }));
    expect(listExceptions(db)[0]!.attempts).toBe(1);
    broken = false;
    const later = await runSync(deps(db, e, { now: () => new Date(NOW + 3_600_000) }));
    expect(later).toMatchObject({ outcome: 'ok', ingested: 1 });
    expect(listExceptions(db)).toEqual([]);
    expect(listExceptions(db, { resolved: true })[0]).toMatchObject({ sourceRef: victim, attempts: 1, resolved: true });
    expect(db.$client.prepare("SELECT status FROM claims WHERE pcn = 'PCN001'").pluck().get()).toBe('paid');
  });

  it('keeps the raw X12 when ingest throws, so the transaction can be reprocessed by hand', async () => {
    const e = await start();
    const db = openTestDb();
    const failing: IngestFn = (d, text, source, now) => {
      if (text.includes('ST*999')) throw new Error('store unavailable');
      return ingestX12Text(d, text, source, now);
    };
    const r = await runSync(deps(db, e, { ingest: failing }));
    expect(r.failed).toBe(1);
    const row = db.$client.prepare("SELECT transaction_id, raw_x12 FROM stedi_transactions WHERE disposition = 'failed'").get() as { transaction_id: string; raw_x12: string };
    expect(row.raw_x12).toContain('ST*999');
    const { reprocessTransaction } = await import('../../../main/sync/reprocess.js');
    expect(reprocessTransaction({ db, ingest: ingestX12Text as IngestFn, now: new Date(NOW), maxAttempts: 8 }, row.transaction_id)).toBe('ingested');
    expect(db.$client.prepare('SELECT disposition, raw_x12 FROM stedi_transactions WHERE transaction_id = ?').get(row.transaction_id))
      .toEqual({ disposition: 'ingested', raw_x12: null });
  });

  it('stops with "API key rejected" when the key is revoked mid-run, without a retry loop', async () => {
    const e = await start({ revokeAfterRequests: 3 });
    const db = openTestDb();
    const r = await runSync(deps(db, e));
    expect(r).toMatchObject({ outcome: 'key_rejected', error: 'API key rejected' });
    const total = Object.values(e.stats.requests).reduce((a, b) => a + b, 0);
    expect(total).toBeLessThanOrEqual(6); // 3 accepted, then at most the in-flight page's calls: no retrying
    expect(listRuns(db, 1)[0]).toMatchObject({ outcome: 'key_rejected' });
  });

  it('refuses to run while another process holds the lock, and takes over a dead holder at once', async () => {
    const e = await start();
    const db = openTestDb();
    tryAcquireLock(db, { name: SYNC_LOCK, owner: 'other-host:99:zz', nowMs: NOW, ttlMs: 60_000 });
    expect(await runSync(deps(db, e))).toMatchObject({ outcome: 'busy' });
    expect(await runSync(deps(db, e, { holderIsDead: (o) => o === 'other-host:99:zz' }))).toMatchObject({ outcome: 'ok' });
  });

  it('reports offline when Stedi cannot be reached, and cancelled when cancelled, leaving the store consistent', async () => {
    const e = await start({ latencyMs: 30 });
    const db = openTestDb();
    const offline = emulatorClient(e, { coreUrl: 'http://127.0.0.1:9/2023-08-01', retry: { attempts: 2, baseDelayMs: 1, maxDelayMs: 1 } }).client;
    expect(await runSync(deps(db, e, { client: offline }))).toMatchObject({ outcome: 'offline' });
    const abort = new AbortController();
    const pending = runSync(deps(db, e, { signal: abort.signal, onProgress: (p) => { if (p.pages === 2) abort.abort(); } }));
    expect(await pending).toMatchObject({ outcome: 'cancelled' });
    const committed = db.$client.prepare('SELECT count(*) FROM stedi_transactions').pluck().get() as number;
    expect(committed).toBe(4); // two whole pages of two, nothing half-written
    expect(await runSync(deps(db, e))).toMatchObject({ outcome: 'ok' });
    expect(db.$client.prepare('SELECT count(*) FROM stedi_transactions').pluck().get()).toBe(7);
  });
});
