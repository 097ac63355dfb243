// Validates a raw call against the contract, runs the handler and wraps the reply in an envelope.
// Plain Node: the Electron binding and the preview host both go through here, so they behave the same.
import { contract, isChannel, type Api, type Channel } from '../../shared/ipc/contract.js';
import { AppError, failure, success, type Envelope } from '../../shared/ipc/errors.js';
import type { Logger } from '../log/logger.js';
import { storageError } from '../safety/storage-errors.js';

export type Dispatch = (channel: string, rawInput: unknown) => Promise<Envelope<unknown>>;

export function createDispatch(api: Api, log: Logger): Dispatch {
  return async (channel, rawInput) => {
    if (!isChannel(channel)) return failure(new AppError('not_found', `Unknown call "${channel}".`));
    const parsed = contract[channel].input.safeParse(rawInput);
    if (!parsed.success) return failure(new AppError('invalid_input', describeIssues(channel, parsed.error.issues)));
    try {
      // `as never`: TypeScript cannot pair a channel with its own input across the union.
      return success(await (api[channel as Channel] as (input: never) => Promise<unknown>)(parsed.data as never));
    } catch (err) {
      if (err instanceof AppError) return failure(err);
      log.error(`ipc ${channel} failed`, err);
      return failure(storageError(err) ?? err);
    }
  };
}

/** A readable message: which field, what is wrong. Never echoes the offending value (it may be PHI). */
function describeIssues(channel: string, issues: readonly { path: PropertyKey[]; message: string }[]): string {
  const parts = issues.slice(0, 3).map((i) => (i.path.length ? `${i.path.map(String).join('.')}: ${i.message}` : i.message));
  return `Invalid input for ${channel}: ${parts.join('; ')}`;
}
