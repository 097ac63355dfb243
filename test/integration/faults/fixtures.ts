// Shared set-up for the fault tests: a small generated dataset (every lifecycle path), a fixed clock, database
// dumps that compare contents, and page-level damage aimed at one table.
import { closeSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { openRaw, type DbKey } from '../../../db/driver.js';
import { closeDb, openDb, type Db } from '../../../db/open.js';
import { appendAudit, verifyAudit } from '../../../db/queries/audit.js';
import { bootCore, type Core } from '../../../main/app/core.js';
import { createMemoryLogger } from '../../../main/log/logger.js';
import type { KeySeal } from '../../../main/safety/db-key.js';
import { expect } from 'vitest';
import { writeDataset } from '../../../main/edi/generate/index.js';
import { importPaths } from '../../../main/ingest/index.js';
import { canonicalDump } from '../../emulator/canonical-dump.js';
import { MIGRATIONS_DIR } from '../../helpers/db.js';

export const FAULT_NOW = '2026-03-01T12:00:00.000Z';
export const fixedNow = (): string => FAULT_NOW;
export type Dump = Record<string, string[]>;

/** Writes a generated dataset (X12 files, one interchange each) into dir/x12 and returns that folder. */
export async function generatedFolder(dir: string, claims = 400, seed = 8): Promise<string> {
  const folder = join(dir, 'x12');
  await writeDataset({ seed, claims, settle: true }, folder);
  return folder;
}

/** What a clean, uninterrupted import of `paths` stores. */
export async function cleanImportDump(paths: string[]): Promise<Dump> {
  const db = openDb(':memory:', MIGRATIONS_DIR);
  try {
    await importPaths(db, paths, fixedNow);
    return canonicalDump(db);
  } finally {
    closeDb(db);
  }
}

export function dumpFile(file: string, key: DbKey = null): Dump {
  const db = openDb(file, MIGRATIONS_DIR, { key });
  try { return canonicalDump(db); } finally { closeDb(db); }
}

/** Tables whose every row in `before` is still in `after` (nothing lost), as a list of the ones that lost rows. */
export function tablesThatLostRows(before: Dump, after: Dump): string[] {
  return Object.keys(before).filter((t) => {
    const now = new Set(after[t] ?? []);
    return before[t]!.some((row) => !now.has(row));
  });
}

/** Checkpoints so the main file holds everything, then closes. */
export function settle(db: Db): void {
  db.$client.pragma('wal_checkpoint(TRUNCATE)');
  closeDb(db);
}

/** Overwrites every `every`-th b-tree page of `table` (leaf or overflow) with junk, from byte `fromByte` of the page
 *  on (4 keeps an overflow page's link intact, so the damage reads back without an error). Returns how many were hit. */
export function scribbleTablePages(file: string, table: string, opts: { every?: number; pageType?: 'leaf' | 'overflow'; fromByte?: number; key?: DbKey } = {}): number {
  const probe = openRaw(file, opts.key ?? null, { readonly: true, fileMustExist: true });
  const pages = probe.prepare('SELECT pageno FROM dbstat WHERE name = ? AND pagetype = ? ORDER BY pageno').pluck().all(table, opts.pageType ?? 'leaf') as number[];
  const pageSize = probe.pragma('page_size', { simple: true }) as number;
  probe.close();
  const hit = pages.filter((_, i) => i % (opts.every ?? 5) === 1);
  const fd = openSync(file, 'r+');
  try {
    const from = opts.fromByte ?? 0;
    for (const p of hit) writeSync(fd, Buffer.alloc(pageSize - from, 0x5a), 0, pageSize - from, (p - 1) * pageSize + from);
  } finally {
    closeSync(fd);
  }
  return hit.length;
}

export const T0 = new Date('2026-03-01T12:00:00Z');
/** `checkInBackgroundFromBytes: 0` treats the store as large: start-up reads only its header and schema. */
export const bootAt = (dataDir: string, at: Date, keySeal?: KeySeal, opts: { checkInBackgroundFromBytes?: number } = {}): Core =>
  bootCore({ dataDir, migrationsDir: MIGRATIONS_DIR, runtime: 'preview', version: '1', log: createMemoryLogger(), now: () => at, ...(keySeal ? { keySeal } : {}), ...opts });

export interface OfficeState { expected: Dump; auditEntries: number; note: { anchor: string; note: string } }

/**
 * A data folder as an office leaves it: the folder imported, a note and follow-up on a claim, an audit entry, and
 * (unless told otherwise) the daily backup taken after all of it. Returns its canonical dump, notes included.
 */
export async function officeDataDir(dataDir: string, folder: string, opts: { backup?: boolean; keySeal?: KeySeal; encrypt?: boolean } = {}): Promise<OfficeState> {
  const core = bootAt(dataDir, T0, opts.keySeal);
  try {
    if (opts.encrypt) expect(await core.dispatch('enableDatabaseEncryption', undefined)).toMatchObject({ ok: true });
    await importPaths(core.db, [folder], fixedNow);
    const note = core.db.$client.prepare(`INSERT INTO claim_workflow (claim_id, anchor, note, follow_up_on, worked, updated_at)
      SELECT id, anchor, 'call the payer back', '2026-03-10', 1, ? FROM claims ORDER BY anchor LIMIT 1 RETURNING anchor, note`).get(FAULT_NOW) as { anchor: string; note: string };
    appendAudit(core.db, { action: 'export', subject: 'claims', detail: { rows: 10 } }, T0);
    if (opts.backup !== false) await core.backupIfDue();
    const auditEntries = (verifyAudit(core.db) as { entries: number }).entries;
    return { expected: canonicalDump(core.db), auditEntries, note };
  } finally {
    core.db.$client.pragma('wal_checkpoint(TRUNCATE)');
    core.close();
  }
}
