import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bootCore, type Core } from '../../../main/app/core.js';
import { createFileLogger } from '../../../main/log/logger.js';
import { MIGRATIONS_DIR, tempDir } from '../../helpers/db.js';

let core: Core | undefined;
let cleanup: (() => void) | undefined;
afterEach(() => { core?.close(); cleanup?.(); core = undefined; });

const mode = (p: string) => statSync(p).mode & 0o777;

describe('PHI at rest: owner-only permissions', () => {
  it('creates the data folder, database, WAL, backups and logs readable by the owner only, even with a permissive umask', async () => {
    const tmp = tempDir(); cleanup = tmp.remove;
    const dataDir = join(tmp.dir, 'data');
    const previous = process.umask(0o022);
    try {
      const log = createFileLogger({ dir: join(dataDir, 'logs') });
      core = bootCore({ dataDir, migrationsDir: MIGRATIONS_DIR, runtime: 'preview', version: '1', log });
      core.db.$client.prepare(`INSERT INTO app_settings (key, value, updated_at) VALUES ('x', '1', 'x')`).run();
      log.info('hello');
      await core.dispatch('createBackup', undefined);
    } finally {
      process.umask(previous);
    }
    expect(mode(dataDir)).toBe(0o700);
    expect(mode(core!.databaseFile)).toBe(0o600);
    expect(mode(`${core!.databaseFile}-wal`)).toBe(0o600);
    expect(mode(join(dataDir, 'backups'))).toBe(0o700);
    for (const f of readdirSync(join(dataDir, 'backups'))) expect(mode(join(dataDir, 'backups', f))).toBe(0o600);
    expect(mode(join(dataDir, 'logs'))).toBe(0o700);
    expect(mode(join(dataDir, 'logs', 'claimtrail.log'))).toBe(0o600);
  });
});
