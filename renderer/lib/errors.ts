import { AppError } from '../../shared/ipc/errors';

/** What to show a person for any failure: an AppError's own words, else a generic line. */
export function errorMessage(err: unknown): string {
  if (err instanceof AppError) return err.message;
  return 'ClaimTrail could not complete that. Try again; if it keeps happening, the log file has details.';
}

/** Cancelled work is silent: the user asked for it. */
export const isCancelled = (err: unknown): boolean => err instanceof AppError && err.code === 'cancelled';
