// Recovery when the database is damaged: salvage every raw X12 transaction that still reads — from the damaged
// file row by row, from backups for the rows that do not, and from the database now in place — and replay each
// through the normal ingestion path into a fresh file, which then takes the database's place. The office's own
// work (notes, follow-ups, settings, the audit log) is carried over the same way. Nothing is deleted: the file
// replaced is kept beside it, the damaged one stays in damaged/.
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, renameSync, rmSync } from 'node:fs';
import { basename } from 'node:path';
import type { DbKey } from '../../db/driver.js';
import { AppError } from '../../shared/ipc/errors.js';
import { appendAudit } from '../../db/queries/audit.js';
import { JOURNAL_PREFIX } from '../../db/queries/import-journal.js';
import { rawIdByHash } from '../../db/queries/raw.js';
import { unpackRawText } from '../../db/queries/raw-text.js';
import { copyRow } from '../../db/queries/salvage.js';
import { inTransaction } from '../../db/queries/statements.js';
import { closeDb, openDb, type Db } from '../../db/open.js';
import type { SetContext } from '../ingest/ingest-set.js';
import { reattachWorkflow, replayRawSet, type SavedWorkflow } from '../ingest/rebuild.js';
import { newSeeds, recomputeClaims } from '../ingest/recompute.js';
import { emptySummary } from '../ingest/types.js';
import { listBackups } from './backup.js';
import { checkIntegrity } from './integrity.js';
import { SalvageSet, type SalvageSource } from './salvage.js';

export interface RebuildFromRawOptions {
  /** Where the rebuilt database goes: the app's database file, closed by the caller (it reopens it after). */
  databaseFile: string;
  dataDir: string;
  migrationsDir: string;
  now: Date;
  key?: DbKey;
  /** The file set aside at start-up (Core.damage.quarantinedFile), or null to rebuild from the database in place. */
  damagedFile: string | null;
  /** Backups to fill the damaged file's unreadable rows, newest first. Default: every backup when damagedFile is set. */
  backupFiles?: string[];
}

export interface RebuildFromRawReport {
  /** Where the database that was in place now is (null when there was none). */
  setAside: string | null;
  raw: { recovered: number; fromBackups: number; fromCurrent: number; unreadable: number; duplicates: number };
  /** True when no raw row of the damaged file was lost (every unreadable row was found in a backup). */
  complete: boolean;
  unopenable: string[];
  transactions: number;
  claims: number;
  exceptions: number;
  notesRestored: number;
  auditEntries: number;
  syncLedgerKept: boolean;
}

const BATCH = 256;
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
/** A raw row is used only when its text still hashes to its content hash: damage that reads without error is caught
 *  (damaged deflated bytes mostly fail to inflate at all). */
function intact(row: Record<string, unknown>): boolean {
  const stored = row.text;
  if (typeof stored !== 'string' && !(stored instanceof Uint8Array)) return false;
  try { return row.content_hash === sha256(unpackRawText(stored)); } catch { return false; }
}

export function rebuildDatabaseFromRaw(o: RebuildFromRawOptions): RebuildFromRawReport {
  const key = o.key ?? null;
  const backups = o.backupFiles ?? (o.damagedFile ? listBackups(o.dataDir).map((b) => b.file) : []);
  const past = SalvageSet.open([
    ...(o.damagedFile ? [{ file: o.damagedFile, role: 'damaged' as const }] : []),
    ...backups.map((file) => ({ file, role: 'backup' as const })),
  ], key);
  const current = SalvageSet.open(existsSync(o.databaseFile) ? [{ file: o.databaseFile, role: 'current' as const }] : [], key);
  const staging = `${o.databaseFile}.rebuilding`;
  removeDatabaseFiles(staging);
  let db: Db | null = null;
  let report: RebuildFromRawReport;
  try {
    db = openDb(staging, o.migrationsDir, { key });
    report = fill(db, past, current, o.now);
    if (report.raw.recovered === 0 && past.sources.length === 0 && o.damagedFile) {
      throw new AppError('unavailable', `Nothing could be read from ${basename(o.damagedFile)} and no backup could be opened, so there is nothing to rebuild from. `
        + 'Import the X12 files again (or let the sync download them) to rebuild.');
    }
    const check = checkIntegrity(db.$client, 'quick');
    if (!check.ok) throw new AppError('unavailable', `The rebuilt database failed its check, so it was not used: ${check.problems[0]}`);
    closeDb(db);
  } catch (err) {
    if (db) closeDb(db);
    removeDatabaseFiles(staging);
    throw err;
  } finally {
    past.close();
    current.close();
  }
  report.setAside = swapIn(staging, o.databaseFile, o.now);
  return report;
}

function fill(db: Db, past: SalvageSet, current: SalvageSet, now: Date): RebuildFromRawReport {
  const nowIso = now.toISOString();
  const raw = { recovered: 0, fromBackups: 0, fromCurrent: 0, unreadable: 0, duplicates: 0 };
  const order: number[] = [];
  const keep = (row: Record<string, unknown>, source: SalvageSource) => {
    if (rawIdByHash(db, row.content_hash as string) !== undefined) { raw.duplicates++; return; }
    order.push(copyRow(db, 'raw_transactions', row, ['id']));
    raw.recovered++;
    if (source.role === 'backup') raw.fromBackups++;
    if (source.role === 'current') raw.fromCurrent++;
  };
  const stats = { unreadable: 0 };
  inTransaction(db, () => {
    for (const { row, source } of past.rows('raw_transactions', stats, intact)) keep(row, source);
    for (const { row, source } of current.rows('raw_transactions', { unreadable: 0 }, intact)) keep(row, source);
  });
  raw.unreadable = stats.unreadable;

  const ctx: SetContext = { source: { kind: 'file', path: '' }, now: nowIso, summary: emptySummary(), tally: { created: new Set(), updated: new Set() }, pending: newSeeds() };
  for (let i = 0; i < order.length; i += BATCH) inTransaction(db, () => { for (const id of order.slice(i, i + BATCH)) replayRawSet(db, id, ctx, nowIso); });
  inTransaction(db, () => recomputeClaims(db, ctx.pending!, ctx.tally));

  const complete = raw.unreadable === 0;
  const carried = inTransaction(db, () => carryOver(db, past, current, complete));
  const auditEntries = carryAudit(db, past, current);
  appendAudit(db, {
    action: 'rebuild_from_raw', subject: 'database',
    detail: { recovered: raw.recovered, fromBackups: raw.fromBackups, fromCurrent: raw.fromCurrent, unreadable: raw.unreadable, complete, unopenable: past.unopenable.map((f) => basename(f)) },
  }, now);
  return {
    setAside: null, raw, complete, unopenable: past.unopenable,
    transactions: ctx.summary.transactions, claims: ctx.tally.created.size,
    exceptions: ctx.summary.exceptions, notesRestored: carried.notes, auditEntries: auditEntries + 1, syncLedgerKept: carried.ledger,
  };
}


/** Notes and follow-ups, settings, file-level exceptions and (when no raw row was lost) the sync's ledger. */
function carryOver(db: Db, past: SalvageSet, current: SalvageSet, complete: boolean): { notes: number; ledger: boolean } {
  const notes = new Map<string, SavedWorkflow>();
  for (const set of [past, current]) {
    for (const { row } of set.rows('claim_workflow', { unreadable: 0 })) {
      notes.set(String(row.anchor), { anchor: String(row.anchor), note: row.note as string | null, followUpOn: row.follow_up_on as string | null,
        worked: Number(row.worked), updatedAt: String(row.updated_at) });
    }
    for (const { row } of set.rows('app_settings', { unreadable: 0 })) if (!String(row.key).startsWith(JOURNAL_PREFIX)) copyRow(db, 'app_settings', row);
    for (const { row } of set.rows('ingest_exceptions', { unreadable: 0 })) if (row.raw_id === null) copyRow(db, 'ingest_exceptions', row, ['id']);
  }
  // The ledger says which Stedi transactions are in; kept only when it is true of the rebuilt data. Otherwise the
  // sync starts over and its dedupe (by transaction id) takes in exactly what is missing.
  const ledgerSets = complete ? [past, current] : [current];
  let ledger = false;
  for (const set of ledgerSets) {
    for (const table of ['sync_state', 'stedi_transactions']) {
      for (const { row } of set.rows(table, { unreadable: 0 })) { copyRow(db, table, row); ledger = true; }
    }
  }
  return { notes: reattachWorkflow(db, [...notes.values()]), ledger };
}

/** The audit chain as it was (the unbroken run from entry 1, verbatim), then entries written since, re-chained. */
function carryAudit(db: Db, past: SalvageSet, current: SalvageSet): number {
  let seq = 0;
  inTransaction(db, () => {
    for (const { rowid, row } of past.rows('audit_log', { unreadable: 0 })) {
      if (rowid !== seq + 1) break;
      copyRow(db, 'audit_log', row);
      seq = rowid;
    }
  });
  for (const { row } of current.rows('audit_log', { unreadable: 0 })) {
    let detail: Record<string, unknown>;
    try { detail = JSON.parse(String(row.detail)) as Record<string, unknown>; } catch { detail = { unreadable: true }; }
    appendAudit(db, { action: String(row.action), subject: String(row.subject), actor: (row.actor as string | null) ?? null, detail }, new Date(String(row.at)));
    seq++;
  }
  return seq;
}

/** Puts the rebuilt file in place; whatever was there (with its WAL) is kept beside it. */
function swapIn(staging: string, databaseFile: string, now: Date): string | null {
  let setAside: string | null = null;
  if (existsSync(databaseFile)) {
    setAside = `${databaseFile}.replaced-${now.toISOString().replace(/[-:]/g, '').replace('.', '')}`;
    renameSync(databaseFile, setAside);
    for (const side of ['-wal', '-shm']) if (existsSync(`${databaseFile}${side}`)) renameSync(`${databaseFile}${side}`, `${setAside}${side}`);
  }
  for (const side of ['-wal', '-shm']) rmSync(`${staging}${side}`, { force: true }); // closed cleanly: both are empty
  renameSync(staging, databaseFile);
  try { chmodSync(databaseFile, 0o600); } catch { /* Windows: the profile folder's ACL applies */ }
  return setAside;
}

function removeDatabaseFiles(file: string): void {
  for (const f of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) rmSync(f, { force: true });
}
