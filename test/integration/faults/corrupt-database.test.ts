// The database file is damaged while the app is closed (bytes overwritten). At the next start the app sets it aside
// byte for byte, opens empty and says so; the user then restores the backup or rebuilds from the raw X12, and the
// result equals the state before the damage — contents compared, the office's notes and audit log included.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAudit } from '../../../db/queries/audit.js';
import type { Core } from '../../../main/app/core.js';
import { listBackups } from '../../../main/safety/backup.js';
import { rebuildDatabaseFromRaw } from '../../../main/safety/rebuild-from-raw.js';
import { canonicalDump } from '../../emulator/canonical-dump.js';
import { MIGRATIONS_DIR, tempDir } from '../../helpers/db.js';
import { bootAt, generatedFolder, officeDataDir, scribbleTablePages, type OfficeState } from './fixtures.js';

const T1 = new Date('2026-03-02T08:00:00Z');
const T2 = new Date('2026-03-02T08:05:00Z');
const tmp = tempDir('claimtrail-corrupt-');
let folder: string;
let n = 0;
const cores: Core[] = [];

beforeAll(async () => { folder = await generatedFolder(tmp.dir, 250, 5); }, 30_000);
afterAll(() => { for (const c of cores) c.close(); tmp.remove(); });

async function damagedOffice(damage: (file: string) => void, opts: { backup?: boolean } = {}): Promise<{ dir: string; state: OfficeState; core: Core }> {
  const dir = join(tmp.dir, `office-${++n}`);
  const state = await officeDataDir(dir, folder, opts);
  damage(join(dir, 'claimtrail.db'));
  const core = bootAt(dir, T1);
  cores.push(core);
  return { dir, state, core };
}

const scribbleRawAndClaims = (file: string) => {
  expect(scribbleTablePages(file, 'raw_transactions') + scribbleTablePages(file, 'claims')).toBeGreaterThan(0);
};

describe('fault: the database file is damaged at start', () => {
  it('start-up sets the damaged file aside byte for byte, opens empty, and says so plainly', async () => {
    let damagedBytes: Buffer | null = null;
    const { core } = await damagedOffice((file) => { scribbleRawAndClaims(file); damagedBytes = readFileSync(file); });
    expect(core.damage).not.toBeNull();
    expect(readFileSync(core.damage!.quarantinedFile).equals(damagedBytes!)).toBe(true);
    expect(core.db.$client.prepare('SELECT count(*) FROM claims').pluck().get()).toBe(0);
    expect(await core.dispatch('getDataHealth', undefined)).toMatchObject({ ok: true, value: { damage: { quarantinedFile: core.damage!.quarantinedFile } } });
  });

  it('restoring the latest backup gives back exactly the state before the damage', async () => {
    const { dir, state, core } = await damagedOffice(scribbleRawAndClaims);
    const [backup] = listBackups(dir);
    expect(await core.dispatch('restoreBackup', { name: backup!.name })).toMatchObject({ ok: true });
    expect(canonicalDump(core.db)).toEqual(state.expected);
  });

  it('rebuilding from the raw X12 in the damaged file (no backup at all) gives back the state before the damage', async () => {
    // Damage where the claims live, not the raw X12: everything derived is rebuilt from what was received.
    const { dir, state, core } = await damagedOffice((file) => { expect(scribbleTablePages(file, 'claims', { every: 2 })).toBeGreaterThan(0); }, { backup: false });
    expect(listBackups(dir)).toEqual([]);
    core.close();
    const report = rebuildDatabaseFromRaw({ databaseFile: core.databaseFile, dataDir: dir, migrationsDir: MIGRATIONS_DIR, now: T1, damagedFile: core.damage!.quarantinedFile });
    expect(report).toMatchObject({ complete: true, raw: { unreadable: 0, fromBackups: 0 }, notesRestored: 1 });

    const reopened = bootAt(dir, T2);
    cores.push(reopened);
    expect(reopened.damage).toBeNull();
    expect(canonicalDump(reopened.db)).toEqual(state.expected);
    expect(verifyAudit(reopened.db)).toMatchObject({ ok: true, entries: state.auditEntries + 1 }); // the chain, plus the rebuild itself
    expect(existsSync(core.damage!.quarantinedFile)).toBe(true); // the damaged file is never deleted
  });

  it('a file too damaged to open (header overwritten) is set aside; rebuild takes every transaction from the backup', async () => {
    const { dir, state, core } = await damagedOffice((file) => {
      const bytes = readFileSync(file);
      bytes.fill(0x5a, 0, 100);
      writeFileSync(file, bytes);
    });
    expect(core.damage!.problems[0]).toMatch(/cannot be read|not a database/);
    core.close();
    const report = rebuildDatabaseFromRaw({ databaseFile: core.databaseFile, dataDir: dir, migrationsDir: MIGRATIONS_DIR, now: T1, damagedFile: core.damage!.quarantinedFile });
    expect(report.unopenable).toEqual([core.damage!.quarantinedFile]);
    expect(report.raw.fromBackups).toBe(report.raw.recovered);

    const reopened = bootAt(dir, T2);
    cores.push(reopened);
    expect(canonicalDump(reopened.db)).toEqual(state.expected);
  });
});

describe('fault: a large store damaged while closed, checked in the background', () => {
  const large = { checkInBackgroundFromBytes: 0 }; // every store counts as large: start-up reads only the header and schema
  const health = async (core: Core) => ((await core.dispatch('getDataHealth', undefined)) as { value: { lastCheck: { ok: boolean; problems: string[] } | null } }).value;

  it('opens at once; the background check finds the damage; the next start sets the file aside byte for byte', async () => {
    const dir = join(tmp.dir, `office-${++n}`);
    await officeDataDir(dir, folder);
    const file = join(dir, 'claimtrail.db');
    scribbleRawAndClaims(file);
    const damagedBytes = readFileSync(file);
    const first = bootAt(dir, T1, undefined, large);
    cores.push(first);
    expect(first.damage).toBeNull(); // not read page by page before the first screen
    expect((await health(first)).lastCheck).toBeNull();
    await first.checkIfDeferred();
    const found = (await health(first)).lastCheck!;
    expect(found.ok).toBe(false);
    expect(found.problems.length).toBeGreaterThan(0);
    first.close();
    const second = bootAt(dir, T2, undefined, large);
    cores.push(second);
    expect(second.damage).not.toBeNull(); // the note left by the check made this start read every page
    expect(readFileSync(second.damage!.quarantinedFile).equals(damagedBytes)).toBe(true);
    second.close();
    const third = bootAt(dir, T2, undefined, large);
    cores.push(third);
    expect(third.damage).toBeNull(); // dealt with once: the fresh file is not set aside again
  });

  it('a restore while the background check runs stops the check and goes ahead', async () => {
    const dir = join(tmp.dir, `office-${++n}`);
    const state = await officeDataDir(dir, folder);
    const core = bootAt(dir, T1, undefined, large);
    cores.push(core);
    const check = core.checkIfDeferred();
    const [backup] = listBackups(dir);
    expect(await core.dispatch('restoreBackup', { name: backup!.name })).toMatchObject({ ok: true });
    await check;
    expect(canonicalDump(core.db)).toEqual(state.expected);
    expect(existsSync(join(dir, 'integrity-problems.json'))).toBe(false);
  });

  it('an intact large store passes the background check and nothing is noted', async () => {
    const dir = join(tmp.dir, `office-${++n}`);
    await officeDataDir(dir, folder);
    const core = bootAt(dir, T1, undefined, large);
    cores.push(core);
    await core.checkIfDeferred();
    expect((await health(core)).lastCheck).toMatchObject({ ok: true, mode: 'quick', problems: [] });
    expect(existsSync(join(dir, 'integrity-problems.json'))).toBe(false);
    expect(core.db.$client.prepare('SELECT count(*) FROM claims').pluck().get()).toBeGreaterThan(0);
  });
});
