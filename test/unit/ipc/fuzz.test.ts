// Every IPC channel, fed generated junk: the answer is always an envelope, junk is refused as invalid_input,
// and nothing ever fails as `internal` (which would mean a handler trusted its input).
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootCore, type Core } from '../../../main/app/core.js';
import { createMemoryLogger } from '../../../main/log/logger.js';
import { channels, contract } from '../../../shared/ipc/contract.js';
import { MIGRATIONS_DIR, tempDir } from '../../helpers/db.js';

let core: Core;
let cleanup: () => void;
beforeAll(() => {
  const tmp = tempDir();
  cleanup = tmp.remove;
  core = bootCore({ dataDir: tmp.dir, migrationsDir: MIGRATIONS_DIR, runtime: 'preview', version: '1.0.0', log: createMemoryLogger() });
});
afterAll(() => { core.close(); cleanup(); });

const junk = fc.oneof(
  fc.anything({ maxDepth: 3, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true }),
  fc.string({ maxLength: 2000 }),
  fc.constantFrom(null, -1, Number.NaN, Infinity, '../../etc/passwd', '\u0000', { __proto__: { polluted: true } }, [[[[[]]]]]),
);

describe('IPC input fuzzing', () => {
  for (const channel of channels) {
    it(`${channel} refuses junk without crashing`, async () => {
      await fc.assert(
        fc.asyncProperty(junk, async (input) => {
          const valid = contract[channel].input.safeParse(input).success;
          const reply = await core.dispatch(channel, input);
          expect(typeof reply.ok).toBe('boolean');
          if (!reply.ok) expect(reply.error.code).not.toBe('internal');
          if (!valid) expect(reply).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
        }),
        { numRuns: 60, seed: 20261123 },
      );
    });
  }
});
