// Error codes and the reply envelope that crosses IPC (and the preview host's HTTP). zod only.
import { z } from 'zod';

export const ErrorCode = z.enum([
  'invalid_input', 'not_found', 'auth_required', 'offline', 'rate_limited', 'conflict', 'cancelled',
  'not_configured', 'unavailable', 'internal',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

export class AppError extends Error {
  constructor(readonly code: ErrorCode, message: string) {
    super(message);
    this.name = 'AppError';
  }
}

export const ErrorBody = z.object({ code: ErrorCode, message: z.string() });
export type ErrorBody = z.infer<typeof ErrorBody>;

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ErrorBody };

export const success = <T>(value: T): Envelope<T> => ({ ok: true, value });

/** An AppError passes through as is; anything else becomes a generic `internal` (details stay in main's log). */
export function failure(err: unknown): Envelope<never> {
  if (err instanceof AppError) return { ok: false, error: { code: err.code, message: err.message } };
  return { ok: false, error: { code: 'internal', message: 'Something went wrong in ClaimTrail. The details are in the log file.' } };
}

/** Renderer side: the value, or the typed error rebuilt from the envelope. */
export function unwrap<T>(envelope: Envelope<T>): T {
  if (envelope.ok) return envelope.value;
  throw new AppError(envelope.error.code, envelope.error.message);
}
