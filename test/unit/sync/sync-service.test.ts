import { afterEach, describe, expect, it } from 'vitest';
import { createSyncService } from '../../../main/sync/sync-service.js';
import type { Progress } from '../../../main/sync/types.js';
import { ManualClock } from '../../emulator/clock.js';
import { SAMPLE_FILES } from '../../emulator/samples.js';
import { startEmulator, type Emulator } from '../../emulator/server.js';
import { emulatorClient } from '../../emulator/test-kit.js';
import { openTestDb } from '../../helpers/db.js';

const NOW = Date.parse('2026-02-01T12:00:00Z');
let emu: Emulator | null = null;
afterEach(async () => { await emu?.close(); emu = null; });

describe('sync service', () => {
  it('runs now, lets a second "Sync now" join the same run, reports progress, history and status', async () => {
    emu = await startEmulator({ clock: new ManualClock(NOW), files: SAMPLE_FILES, layout: { fromMs: NOW - 86_400_000, toMs: NOW - 3_600_000 }, latencyMs: 10 });
    const db = openTestDb();
    const client = emulatorClient(emu).client;
    const service = createSyncService({ db: () => db, client: () => client, now: () => new Date(NOW), options: { pageSize: 2 } });
    const progress: Progress[] = [];
    const finished: string[] = [];
    service.onProgress((p) => progress.push(p));
    service.onFinished((f) => finished.push(f.outcome));
    const a = service.runNow();
    expect(service.runNow()).toBe(a);
    expect(service.getStatus().status).toEqual({ state: 'running', runId: a });
    const result = await service.whenIdle();
    expect(result).toMatchObject({ runId: a, outcome: 'ok', ingested: 4 });
    expect(finished).toEqual(['ok']);
    expect(progress.at(-1)).toMatchObject({ runId: a, phase: 'done', ingested: 4 });
    expect(progress.some((p) => p.phase === 'backfill' && p.pages > 0 && p.processedAt !== null)).toBe(true);
    const status = service.getStatus();
    expect(status.status).toEqual({ state: 'idle' });
    expect(status.lastSuccessAt).toBe(new Date(NOW).toISOString());
    expect(service.listRuns(10)).toEqual([expect.objectContaining({ id: a, outcome: 'ok', trigger: 'manual', ingested: 4 })]);
    await service.stop();
  });

  it('shows "key rejected" and "not configured" honestly, and cancel ends a run as cancelled', async () => {
    emu = await startEmulator({ clock: new ManualClock(NOW), files: SAMPLE_FILES, layout: { fromMs: NOW - 86_400_000, toMs: NOW - 3_600_000 }, latencyMs: 20 });
    const db = openTestDb();
    const none = createSyncService({ db: () => db, client: () => null });
    expect(none.getStatus().status).toEqual({ state: 'not_configured' });
    expect(() => none.runNow()).toThrow(/not set up/);
    const bad = createSyncService({ db: () => db, client: () => emulatorClient(emu!, { apiKey: 'wrong-key-12345' }).client, now: () => new Date(NOW) });
    bad.runNow();
    await bad.whenIdle();
    expect(bad.getStatus().status).toEqual({ state: 'key_rejected' });
    const good = createSyncService({ db: () => db, client: () => emulatorClient(emu!).client, now: () => new Date(NOW), options: { pageSize: 1 } });
    const id = good.runNow();
    setTimeout(() => good.cancel(id), 60);
    expect(await good.whenIdle()).toMatchObject({ outcome: 'cancelled' });
  });
});
