// SQLite integrity checks: quick at start-up, full on demand. Reports problems; never repairs silently.
import type Database from 'better-sqlite3';
import { openRaw, type DbKey } from '../../db/driver.js';

export type IntegrityResult = { ok: true } | { ok: false; problems: string[] };

/** `PRAGMA quick_check` (fast, O(N)) or `integrity_check` (also verifies indexes match their tables). */
export function checkIntegrity(sqlite: Database.Database, mode: 'quick' | 'full' = 'quick'): IntegrityResult {
  const rows = sqlite.pragma(mode === 'quick' ? 'quick_check(20)' : 'integrity_check(50)') as Array<Record<string, string>>;
  const problems = rows.map((r) => Object.values(r)[0] ?? '').filter((v) => v !== 'ok');
  return problems.length === 0 ? { ok: true } : { ok: false, problems };
}

/** Opens a file only to check it: a database too damaged to open at all reports that instead of throwing. 'open' only
 *  reads the header and schema (milliseconds at any size); the others read every page (a minute for 5 GB on a cold disk). */
export function checkFile(file: string, mode: 'open' | 'quick' | 'full' = 'quick', key: DbKey = null): IntegrityResult {
  let sqlite: Database.Database | undefined;
  try {
    sqlite = openRaw(file, key, { readonly: true, fileMustExist: true });
    if (mode === 'open') { sqlite.prepare('SELECT count(*) FROM sqlite_master').get(); return { ok: true }; }
    return checkIntegrity(sqlite, mode);
  } catch (err) {
    return { ok: false, problems: [`The database file cannot be read: ${(err as Error).message}`] };
  } finally {
    sqlite?.close();
  }
}
