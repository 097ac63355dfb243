// HandlerDeps for tests: a real in-memory database and honest defaults; override what a test cares about.
import type { HandlerDeps } from '../../main/ipc/handlers/deps.js';
import { createMemoryLogger } from '../../main/log/logger.js';
import { checkIntegrity } from '../../main/safety/integrity.js';
import { openTestDb } from './db.js';

export function testDeps(overrides: Partial<HandlerDeps> = {}): HandlerDeps {
  const db = overrides.db ?? openTestDb();
  return {
    db,
    log: createMemoryLogger(),
    runtime: 'preview',
    version: '0.0.0-test',
    dataDir: '/nonexistent/claimtrail-test',
    databaseFile: ':memory:',
    now: () => new Date('2026-11-23T10:00:00Z'),
    sync: () => null,
    safety: {
      health: () => ({ damage: null, encrypted: false, keyStorage: 'file', backups: [], lastCheck: null }),
      enableEncryption: async () => { throw new Error('encryption needs a data folder; use bootCore in this test'); },
      backupNow: () => { throw new Error('backups need a data folder; use bootCore in this test'); },
      restore: async () => { throw new Error('restore needs a data folder; use bootCore in this test'); },
      rebuildFromRaw: async () => { throw new Error('a rebuild needs a data folder; use bootCore in this test'); },
      fullCheck: () => { const r = checkIntegrity(db.$client, 'full'); return { ok: r.ok, problems: r.ok ? [] : r.problems }; },
    },
    ...overrides,
  };
}
