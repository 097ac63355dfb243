// Rebuild from raw X12 (main/safety/rebuild-from-raw.ts): what is salvaged from a damaged file row by row, what is
// taken from backups, what is reported lost, and that replaying it all through ingestion reproduces the store.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDb, openDb } from '../../../db/open.js';
import { verifyAudit } from '../../../db/queries/audit.js';
import { importPaths, rebuildFromRaw } from '../../../main/ingest/index.js';
import { listBackups } from '../../../main/safety/backup.js';
import { readDbKey, type KeySeal } from '../../../main/safety/db-key.js';
import { rebuildDatabaseFromRaw } from '../../../main/safety/rebuild-from-raw.js';
import { canonicalDump } from '../../emulator/canonical-dump.js';
import { MIGRATIONS_DIR, tempDir } from '../../helpers/db.js';
import { bootAt, dumpFile, fixedNow, generatedFolder, officeDataDir, scribbleTablePages, type OfficeState } from './fixtures.js';

const T1 = new Date('2026-03-02T08:00:00Z');
const tmp = tempDir('claimtrail-rebuild-');
const testSeal: KeySeal = { kind: 'keychain', seal: (k) => Buffer.from(k.map((b) => b ^ 0x3c)), unseal: (s) => Buffer.from(s.map((b) => b ^ 0x3c)) };
let folder: string;
let n = 0;

beforeAll(async () => { folder = await generatedFolder(tmp.dir, 250, 7); }, 30_000);
afterAll(() => tmp.remove());

/** An office data folder, damaged with `damage`, set aside by a start-up; returns what the rebuild needs. */
async function damaged(damage: (file: string) => void, opts: { backup?: boolean; encrypt?: boolean } = {}) {
  const dir = join(tmp.dir, `office-${++n}`);
  const state: OfficeState = await officeDataDir(dir, folder, { ...opts, ...(opts.encrypt ? { keySeal: testSeal } : {}) });
  damage(join(dir, 'claimtrail.db'));
  const core = bootAt(dir, T1, opts.encrypt ? testSeal : undefined);
  expect(core.damage).not.toBeNull();
  const { databaseFile } = core;
  const quarantined = core.damage!.quarantinedFile;
  return { dir, state, databaseFile, quarantined, core };
}

describe('rebuild from raw X12', () => {
  it('replaying the kept raw X12 in place reproduces exactly what importing it stored', async () => {
    const db = openDb(':memory:', MIGRATIONS_DIR);
    await importPaths(db, [folder], fixedNow);
    const imported = canonicalDump(db);
    rebuildFromRaw(db, '2026-04-01T00:00:00.000Z'); // a month later: times of file imports must not move
    expect(canonicalDump(db)).toEqual(imported);
    closeDb(db);
  });

  it('a replayed set from the middle of a file keeps the positions it had in that file (bundled demo ERAs)', async () => {
    const demo = join(process.cwd(), 'demo', 'x12');
    const multiSet = readdirSync(demo).filter((n) => n.includes('-835-')).map((n) => join(demo, n))
      .filter((f) => readFileSync(f, 'utf8').split('\nST*835*').length > 2);
    const db = openDb(':memory:', MIGRATIONS_DIR);
    await importPaths(db, multiSet, fixedNow);
    const located = db.$client.prepare(`SELECT count(*) FROM remittances, json_each(remittances.findings) f
      WHERE json_extract(f.value, '$.location.segmentIndex') > 20`).pluck().get() as number;
    expect(located).toBeGreaterThan(0); // findings that point deep into their file
    const imported = canonicalDump(db);
    rebuildFromRaw(db, '2026-04-01T00:00:00.000Z');
    expect(canonicalDump(db)).toEqual(imported);
    closeDb(db);
  });

  it('rows on damaged raw pages are taken from the backup: the rebuilt store equals the one before the damage', async () => {
    const { dir, state, databaseFile, quarantined, core } = await damaged((f) => { expect(scribbleTablePages(f, 'raw_transactions', { every: 3 })).toBeGreaterThan(0); });
    core.close();
    const report = rebuildDatabaseFromRaw({ databaseFile, dataDir: dir, migrationsDir: MIGRATIONS_DIR, now: T1, damagedFile: quarantined });
    expect(report.raw.fromBackups).toBeGreaterThan(0);
    expect(report).toMatchObject({ complete: true, raw: { unreadable: 0 }, notesRestored: 1, syncLedgerKept: false });
    expect(dumpFile(databaseFile)).toEqual(state.expected);
  });

  it('with no backup, every readable transaction is recovered, the loss is counted, and nothing is invented', async () => {
    const { dir, state, databaseFile, quarantined, core } = await damaged((f) => { scribbleTablePages(f, 'raw_transactions', { every: 3 }); }, { backup: false });
    core.close();
    const report = rebuildDatabaseFromRaw({ databaseFile, dataDir: dir, migrationsDir: MIGRATIONS_DIR, now: T1, damagedFile: quarantined });
    expect(report.complete).toBe(false);
    expect(report.raw.unreadable).toBeGreaterThan(0);
    expect(report.raw.recovered + report.raw.unreadable).toBe(state.expected.raw_transactions!.length);
    const rebuilt = dumpFile(databaseFile);
    expect(state.expected.raw_transactions).toEqual(expect.arrayContaining(rebuilt.raw_transactions!)); // each one byte-exact
  });

  it('damage inside a raw X12 text that reads without error is caught by its content hash and taken from the backup', async () => {
    const { dir, state, databaseFile, quarantined, core } = await damaged((f) => {
      // SQLite cannot see this kind (it checks structure, not content); the claims damage is what start-up notices.
      expect(scribbleTablePages(f, 'raw_transactions', { pageType: 'overflow', every: 2, fromByte: 4 })).toBeGreaterThan(0);
      scribbleTablePages(f, 'claims');
    });
    core.close();
    const withoutBackup = rebuildDatabaseFromRaw({ databaseFile, dataDir: dir, migrationsDir: MIGRATIONS_DIR, now: T1, damagedFile: quarantined, backupFiles: [] });
    expect(withoutBackup.raw.unreadable).toBeGreaterThan(0); // the altered texts are refused, not replayed
    const report = rebuildDatabaseFromRaw({ databaseFile, dataDir: dir, migrationsDir: MIGRATIONS_DIR, now: T1, damagedFile: quarantined });
    expect(report).toMatchObject({ complete: true, raw: { unreadable: 0 } });
    expect(report.raw.fromBackups).toBeGreaterThan(0);
    expect(dumpFile(databaseFile)).toEqual(state.expected);
  });

  it('work done after the damage, in the fresh database, is kept alongside what was recovered', async () => {
    const { dir, state, databaseFile, quarantined, core } = await damaged((f) => { scribbleTablePages(f, 'claims'); });
    const source = readdirSync(folder).find((name) => name.includes('-837-'))!;
    writeFileSync(join(tmp.dir, 'extra.x12'), readFileSync(join(folder, source), 'utf8').replace(/CLM\*([A-Z0-9]+)/g, 'CLM*N$1'));
    await importPaths(core.db, [join(tmp.dir, 'extra.x12')], fixedNow);
    const afterDamage = canonicalDump(core.db);
    core.close();
    const report = rebuildDatabaseFromRaw({ databaseFile, dataDir: dir, migrationsDir: MIGRATIONS_DIR, now: T1, damagedFile: quarantined });
    expect(report.raw.fromCurrent).toBe(afterDamage.raw_transactions!.length);
    const rebuilt = dumpFile(databaseFile);
    expect(rebuilt.raw_transactions).toEqual(expect.arrayContaining([...state.expected.raw_transactions!, ...afterDamage.raw_transactions!]));
    expect(rebuilt.submissions!.length).toBe(state.expected.submissions!.length + afterDamage.submissions!.length);
    expect(report.setAside).toMatch(/claimtrail\.db\.replaced-/); // the fresh file is kept aside too, never deleted
  });

  it('an encrypted database is salvaged and rebuilt with its key, and stays encrypted', async () => {
    let key: Buffer | null = null;
    const { dir, state, databaseFile, quarantined, core } = await damaged((f) => {
      key = readDbKey(join(f, '..'), testSeal);
      expect(scribbleTablePages(f, 'raw_transactions', { every: 3, key })).toBeGreaterThan(0);
    }, { encrypt: true });
    core.close();
    const report = rebuildDatabaseFromRaw({ databaseFile, dataDir: dir, migrationsDir: MIGRATIONS_DIR, now: T1, damagedFile: quarantined, key });
    expect(report).toMatchObject({ complete: true });
    expect(dumpFile(databaseFile, key)).toEqual(state.expected);
    expect(() => dumpFile(databaseFile)).toThrow(); // no key, no data
    // a patient's name is stored in plain text in any unencrypted store; a needle this long never matches by chance
    // (a 4-byte one would, about once in 3 000 runs over a 1.4 MB file)
    const rebuilt = openDb(databaseFile, MIGRATIONS_DIR, { key });
    const name = rebuilt.$client.prepare('SELECT patient_name FROM claims WHERE patient_name IS NOT NULL ORDER BY length(patient_name) DESC LIMIT 1').pluck().get() as string;
    closeDb(rebuilt);
    expect(name.length).toBeGreaterThanOrEqual(10);
    expect(readFileSync(databaseFile).includes(Buffer.from(name))).toBe(false);
  });

  it('keeps the audit chain verifiable and records the rebuild in it', async () => {
    const { dir, state, databaseFile, quarantined, core } = await damaged((f) => { scribbleTablePages(f, 'claims'); });
    core.close();
    rebuildDatabaseFromRaw({ databaseFile, dataDir: dir, migrationsDir: MIGRATIONS_DIR, now: T1, damagedFile: quarantined });
    const db = openDb(databaseFile, MIGRATIONS_DIR);
    expect(verifyAudit(db)).toMatchObject({ ok: true, entries: state.auditEntries + 1 });
    const last = db.$client.prepare('SELECT action, detail FROM audit_log ORDER BY seq DESC LIMIT 1').get() as { action: string; detail: string };
    expect(last.action).toBe('rebuild_from_raw');
    expect(JSON.parse(last.detail)).toMatchObject({ complete: true, unreadable: 0 });
    closeDb(db);
    expect(listBackups(dir).length).toBe(1); // backups untouched
  });
});
