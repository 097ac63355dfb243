// Makes a bulk import crash-safe. importPaths commits evidence batch by batch but derives claims later (once per
// many batches), so a crash in between left evidence that a re-import skipped as duplicate and never derived. Each
// import now keeps an entry "evidence from raw id N on may be underived", moved on in the same transaction as each
// derive and deleted with the last. An entry whose import is gone is finished by recoverInterruptedImports.
import { randomBytes } from 'node:crypto';
import { hostname, uptime } from 'node:os';
import type { Db } from '../../db/open.js';
import { deleteJournalEntry, JOURNAL_PREFIX, journalEntries, keysTouchedSince, nextRawId, writeJournalEntry } from '../../db/queries/import-journal.js';
import { restoreDeferredIndexes } from '../../db/queries/deferred-indexes.js';
import { inTransaction } from '../../db/queries/statements.js';
import { recomputeClaims, type Tally } from './recompute.js';

interface Entry { fromRawId: number; host: string; pid: number; boot: number }

export interface ImportJournal {
  /** Inside a derive transaction that covered everything stored so far. */
  advance(): void;
  /** Inside the last derive transaction: nothing is left underived. */
  finish(): void;
  /** Always, when the import returns or throws: an unfinished entry becomes recoverable in this process too. */
  close(): void;
}

const open = new Set<string>(); // entries of imports running in this process
const DAY_MS = 86_400_000;
/** Boot time to the minute: a pid from an earlier boot names some other process now. */
const bootMinute = (): number => Math.round((Date.now() - uptime() * 1000) / 60_000);

export function beginImport(db: Db, now: string): ImportJournal {
  const key = `${JOURNAL_PREFIX}${process.pid}.${randomBytes(4).toString('hex')}`;
  const entry = (): Entry => ({ fromRawId: nextRawId(db), host: hostname(), pid: process.pid, boot: bootMinute() });
  writeJournalEntry(db, key, entry(), now);
  open.add(key);
  return {
    advance: () => writeJournalEntry(db, key, entry(), now),
    finish: () => deleteJournalEntry(db, key),
    close: () => { open.delete(key); },
  };
}

/** Derives the claims an interrupted import left underived. Safe to call any time (the app at start, every import). */
export function recoverInterruptedImports(db: Db, now: Date = new Date()): { recovered: number } {
  restoreDeferredIndexes(db); // a bulk load killed before its end left the claim list's indexes unbuilt
  const stale = journalEntries(db).filter((e) => isStale(e.key, e.value, e.updatedAt, now));
  if (stale.length === 0) return { recovered: 0 };
  const from = Math.min(...stale.map((e) => parse(e.value)?.fromRawId ?? 1));
  const tally: Tally = { created: new Set(), updated: new Set() };
  inTransaction(db, () => {
    recomputeClaims(db, keysTouchedSince(db, from), tally);
    for (const e of stale) deleteJournalEntry(db, e.key);
  });
  return { recovered: stale.length };
}

function isStale(key: string, value: string, updatedAt: string, now: Date): boolean {
  if (open.has(key)) return false;
  const e = parse(value);
  if (!e) return true;
  if (e.host !== hostname()) return now.getTime() - Date.parse(updatedAt) > DAY_MS; // another machine on a shared folder: unknowable, so wait a day
  if (e.pid === process.pid || Math.abs(e.boot - bootMinute()) > 2) return true;
  try {
    process.kill(e.pid, 0);
    return false;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

function parse(value: string): Entry | null {
  try {
    const e = JSON.parse(value) as Entry;
    return Number.isInteger(e.fromRawId) && Number.isInteger(e.pid) ? e : null;
  } catch {
    return null;
  }
}
