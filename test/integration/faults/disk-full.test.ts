// The disk fills up (SQLite's max_page_count: the database cannot grow, exactly as on a full disk) during an import
// and during a sync: a plain "disk is full" message, the previous good state intact, and once space is freed the
// same work completes to the same contents as if the disk had never filled.
import { cpSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDb, openDb, type Db } from '../../../db/open.js';
import { createDispatch } from '../../../main/ipc/dispatch.js';
import { createHandlers } from '../../../main/ipc/handlers.js';
import { importPaths } from '../../../main/ingest/index.js';
import { createMemoryLogger } from '../../../main/log/logger.js';
import { checkIntegrity } from '../../../main/safety/integrity.js';
import { DEFAULT_SYNC_OPTIONS } from '../../../main/sync/types.js';
import { canonicalDump } from '../../emulator/canonical-dump.js';
import { ManualClock } from '../../emulator/clock.js';
import { startEmulator } from '../../emulator/server.js';
import { MIGRATIONS_DIR, tempDir } from '../../helpers/db.js';
import { testDeps } from '../../helpers/handler-deps.js';
import { dataset, modeOf, NOW, referenceStore, syncOnce } from '../sync/harness.js';
import { cleanImportDump, fixedNow, generatedFolder, tablesThatLostRows } from './fixtures.js';

const tmp = tempDir('claimtrail-disk-full-');
let folder: string;
let firstHalf: string;

beforeAll(async () => {
  folder = await generatedFolder(tmp.dir, 400, 21);
  firstHalf = join(tmp.dir, 'first-half');
  mkdirSync(firstHalf);
  const names = readdirSync(folder).sort();
  for (const n of names.slice(0, Math.floor(names.length / 2))) cpSync(join(folder, n), join(firstHalf, n));
}, 30_000);
afterAll(() => tmp.remove());

/** Leaves `spare` free pages: the next write that needs more fails with SQLITE_FULL, as on a full disk. */
function fillDisk(db: Db, spare: number): void {
  const pages = db.$client.pragma('page_count', { simple: true }) as number;
  db.$client.pragma(`max_page_count = ${pages + spare}`);
}

describe('fault: the disk fills up', () => {
  it('during an import: "disk is full", nothing stored is lost, and after freeing space the import completes as if nothing happened', async () => {
    const file = join(tmp.dir, 'import.db');
    const db = openDb(file, MIGRATIONS_DIR);
    await importPaths(db, [firstHalf], fixedNow);
    const before = canonicalDump(db);
    fillDisk(db, 3);

    const dispatch = createDispatch(createHandlers(testDeps({ db, runtime: 'electron', now: () => new Date(fixedNow()) })), createMemoryLogger());
    const reply = await dispatch('importPaths', { paths: [folder] });
    expect(reply).toMatchObject({ ok: false, error: { code: 'unavailable', message: expect.stringContaining('The disk is full') } });
    expect(checkIntegrity(db.$client, 'quick')).toEqual({ ok: true });
    const during = canonicalDump(db);
    expect(tablesThatLostRows(before, during)).toEqual([]);
    expect(during).toEqual(before); // a window commits whole or not at all: nothing half-imported either
    closeDb(db);

    const freed = openDb(file, MIGRATIONS_DIR); // space freed (the limit is per connection)
    await importPaths(freed, [folder], fixedNow);
    expect(canonicalDump(freed)).toEqual(await cleanImportDump([firstHalf, folder]));
    closeDb(freed);
  });

  it('during a sync: the run fails saying the disk is full, the checkpoint stays with its data, and the next sync ends equal', async () => {
    const txs = await dataset(9, 40);
    const mode = modeOf(txs);
    const emu = await startEmulator({ seed: 9, clock: new ManualClock(NOW), transactions: txs, latencyMs: 1 });
    try {
      const file = join(tmp.dir, 'sync.db');
      const db = openDb(file, MIGRATIONS_DIR);
      fillDisk(db, 40);
      const options = { ...DEFAULT_SYNC_OPTIONS, pageSize: 10, mode };
      const failed = await syncOnce(db, emu, { options });
      expect(failed.outcome).toBe('failed');
      expect(failed.error).toContain('The disk is full');
      expect(checkIntegrity(db.$client, 'quick')).toEqual({ ok: true });
      // Whatever did commit is right: a checkpointed transaction always has its data, and nothing stored is wrong.
      expect(db.$client.prepare(`SELECT count(*) FROM stedi_transactions s WHERE disposition = 'ingested'
        AND NOT EXISTS (SELECT 1 FROM raw_transactions r WHERE r.stedi_transaction_id = s.transaction_id)`).pluck().get()).toBe(0);
      const reference = canonicalDump(referenceStore(txs, mode));
      const kept = canonicalDump(db).raw_transactions!;
      expect(kept.length).toBeGreaterThan(0); // some pages committed before the disk filled
      expect(reference.raw_transactions).toEqual(expect.arrayContaining(kept)); // and each is exactly right
      closeDb(db);

      const freed = openDb(file, MIGRATIONS_DIR);
      expect((await syncOnce(freed, emu, { options })).outcome).toMatch(/^ok/);
      expect(canonicalDump(freed)).toEqual(reference);
      closeDb(freed);
    } finally {
      await emu.close();
    }
  });
});
