// Which store the app has open: a headless bulk import keeps the indexes a running app's screens use.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { markStoreOpen, storeOpenElsewhere } from '../../../main/app/presence.js';
import { bootCore } from '../../../main/app/core.js';
import { runCli } from '../../../main/cli/index.js';
import { createMemoryLogger } from '../../../main/log/logger.js';
import { MIGRATIONS_DIR, tempDir } from '../../helpers/db.js';
import { hostname } from 'node:os';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

describe('store presence', () => {
  it('is marked while a core has the store open, cleared when it closes, and a dead process\'s mark does not count', () => {
    const tmp = tempDir(); cleanup = tmp.remove;
    expect(storeOpenElsewhere(tmp.dir)).toBe(false);
    const core = bootCore({ dataDir: tmp.dir, migrationsDir: MIGRATIONS_DIR, runtime: 'preview', version: '1', log: createMemoryLogger() });
    expect(storeOpenElsewhere(tmp.dir)).toBe(true);
    core.close();
    expect(storeOpenElsewhere(tmp.dir)).toBe(false);
    writeFileSync(join(tmp.dir, 'app-open.json'), JSON.stringify({ owner: `${hostname()}:999999999:abcd` })); // no such process
    expect(storeOpenElsewhere(tmp.dir)).toBe(false);
    const unmark = markStoreOpen(tmp.dir);
    expect(storeOpenElsewhere(tmp.dir)).toBe(true);
    unmark();
    expect(storeOpenElsewhere(tmp.dir)).toBe(false);
  });

  it('a CLI import into a store the app has open says it keeps the indexes in place', async () => {
    const tmp = tempDir(); cleanup = tmp.remove;
    const run = async () => {
      let err = '';
      const code = await runCli(['import', join(process.cwd(), 'demo', 'x12'), '--data-dir', tmp.dir], { out: () => {}, err: (t) => { err += t; }, env: {}, now: () => new Date('2026-02-01T00:00:00Z') });
      return { code, err };
    };
    const unmark = markStoreOpen(tmp.dir);
    const open = await run();
    unmark();
    expect(open.code).toBe(0);
    expect(open.err).toContain('ClaimTrail has this data folder open');
    expect((await run()).err).not.toContain('ClaimTrail has this data folder open');
  });
});
