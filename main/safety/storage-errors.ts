// Turns storage failures (SQLite result codes, file-system errors) into plain messages a billing office can act
// on. Used by dispatch so every call reports them the same way. Nothing here retries or repairs.
import { AppError } from '../../shared/ipc/errors.js';

const BY_CODE: Record<string, string> = {
  SQLITE_FULL: 'The disk is full, so ClaimTrail could not save this. Nothing already saved was lost; free some space and try again.',
  ENOSPC: 'The disk is full, so ClaimTrail could not save this. Nothing already saved was lost; free some space and try again.',
  SQLITE_BUSY: 'The database is busy in another ClaimTrail window or program. Nothing was changed; try again in a moment.',
  SQLITE_LOCKED: 'The database is busy in another ClaimTrail window or program. Nothing was changed; try again in a moment.',
  SQLITE_READONLY: 'The data folder is read-only, so ClaimTrail can show your data but not change it. Check the folder\'s permissions.',
  EROFS: 'The data folder is read-only, so ClaimTrail can show your data but not change it. Check the folder\'s permissions.',
  EACCES: 'ClaimTrail is not allowed to write in its data folder. Check the folder\'s permissions.',
  EPERM: 'ClaimTrail is not allowed to write in its data folder. Check the folder\'s permissions.',
  SQLITE_CORRUPT: 'The database file is damaged. Restart ClaimTrail: it will set the file aside and offer a backup or a rebuild.',
  SQLITE_NOTADB: 'The database file is damaged or encrypted with another key. Restart ClaimTrail to recover.',
  SQLITE_IOERR: 'The disk reported an error while ClaimTrail was saving. Nothing already saved was lost; check the disk and try again.',
};

/** The AppError for a storage failure, or null when `err` is something else. */
export function storageError(err: unknown): AppError | null {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return null;
  const base = code.startsWith('SQLITE_IOERR') ? 'SQLITE_IOERR' : code.replace(/^(SQLITE_[A-Z]+)_.*$/, '$1');
  const message = BY_CODE[base];
  return message ? new AppError('unavailable', message) : null;
}

/** SQLite failures of the disk or the database file itself, not of the data being written. SQLite may already have
 *  rolled the whole transaction back when it reports one, so a caller must not carry on as if one item had failed:
 *  later writes would commit on their own. Such errors are rethrown, never logged as a per-item exception. */
const STORAGE_FAILURE = /^SQLITE_(FULL|IOERR|BUSY|LOCKED|READONLY|CORRUPT|NOTADB|NOMEM|CANTOPEN|INTERRUPT|PROTOCOL)/;

export function isStorageFailure(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && STORAGE_FAILURE.test(code);
}
