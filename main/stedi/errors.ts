// Typed failures of a Stedi call. Messages are written for people and never carry the API key or response PHI.
import { AppError, type ErrorCode } from '../../shared/ipc/errors.js';

export type StediFailure =
  | 'key_rejected' // 401/403: the credential is wrong or revoked; never retried
  | 'offline' // no network: DNS, refused, reset, timed out
  | 'rate_limited' // 429 still failing after every retry
  | 'unavailable' // 5xx still failing after every retry
  | 'not_found' // 404
  | 'rejected' // 400/409/422: Stedi refused the request itself
  | 'bad_response' // the body did not match the documented shape
  | 'cancelled'; // the caller's signal aborted

const CODES: Record<StediFailure, ErrorCode> = {
  key_rejected: 'auth_required',
  offline: 'offline',
  rate_limited: 'rate_limited',
  unavailable: 'unavailable',
  not_found: 'not_found',
  rejected: 'invalid_input',
  bad_response: 'internal',
  cancelled: 'cancelled',
};

export class StediError extends AppError {
  constructor(
    readonly failure: StediFailure,
    message: string,
    readonly status: number | null = null,
  ) {
    super(CODES[failure], message);
    this.name = 'StediError';
  }
}

export const isStediError = (err: unknown, failure?: StediFailure): err is StediError =>
  err instanceof StediError && (failure === undefined || err.failure === failure);

/** Removes the key from text that came back from a server (an echoing proxy must not leak it into our errors). */
export function scrubKey(text: string, apiKey: string): string {
  const clean = apiKey.length >= 4 ? text.split(apiKey).join('[redacted]') : text;
  return clean.length > 300 ? `${clean.slice(0, 300)}…` : clean;
}

/** The user-facing failure for a final, non-retried HTTP status. `what` names the call, e.g. "Poll Transactions". */
export function errorForStatus(status: number, what: string, serverMessage: string | null): StediError {
  const detail = serverMessage ? `: ${serverMessage}` : '';
  if (status === 401 || status === 403) {
    return new StediError('key_rejected', `Stedi rejected the API key (HTTP ${status} on ${what}). Check the key in Settings.`, status);
  }
  if (status === 404) return new StediError('not_found', `Stedi has no such item (${what}, HTTP 404)${detail}`, status);
  if (status === 429) return new StediError('rate_limited', `Stedi kept throttling ${what} (HTTP 429) after several retries.`, status);
  if (status >= 500) return new StediError('unavailable', `Stedi was unavailable for ${what} (HTTP ${status}) after several retries.`, status);
  return new StediError('rejected', `Stedi refused ${what} (HTTP ${status})${detail}`, status);
}
