import { describe, expect, it } from 'vitest';
import { getLock, heartbeatLock, tryAcquireLock } from '../../../db/queries/sync.js';
import { acquireLease, newOwnerId, ownerIsDead, SYNC_LOCK } from '../../../main/sync/lock.js';
import { openTestDb, tempDir } from '../../helpers/db.js';
import { openDb } from '../../../db/open.js';
import { MIGRATIONS_DIR } from '../../helpers/db.js';
import { join } from 'node:path';

describe('the sync lock', () => {
  it('lets one owner in at a time until it releases or its lease expires', () => {
    const db = openTestDb();
    const a = acquireLease(db, { owner: 'h:1:a', nowMs: () => 1000, ttlMs: 500, holderIsDead: () => false });
    expect('lease' in a).toBe(true);
    expect(acquireLease(db, { owner: 'h:2:b', nowMs: () => 1200, ttlMs: 500, holderIsDead: () => false })).toEqual({ busyWith: 'h:1:a' });
    expect(tryAcquireLock(db, { name: SYNC_LOCK, owner: 'h:2:b', nowMs: 1600, ttlMs: 500 })).toEqual({ acquired: true }); // expired
    expect(heartbeatLock(db, { name: SYNC_LOCK, owner: 'h:1:a', nowMs: 1700, ttlMs: 500 })).toBe(false); // a lost it
    expect(getLock(db, SYNC_LOCK)!.owner).toBe('h:2:b');
  });

  it('is shared by two connections to the same file (two processes)', () => {
    const tmp = tempDir();
    try {
      const file = join(tmp.dir, 'db.sqlite');
      const one = openDb(file, MIGRATIONS_DIR), two = openDb(file, MIGRATIONS_DIR);
      const a = acquireLease(one, { owner: 'h:1:a', nowMs: () => 0, ttlMs: 60_000, holderIsDead: () => false });
      expect(acquireLease(two, { owner: 'h:2:b', nowMs: () => 10, ttlMs: 60_000, holderIsDead: () => false })).toEqual({ busyWith: 'h:1:a' });
      if ('lease' in a) a.lease.release();
      expect('lease' in acquireLease(two, { owner: 'h:2:b', nowMs: () => 20, ttlMs: 60_000, holderIsDead: () => false })).toBe(true);
      one.$client.close(); two.$client.close();
    } finally { tmp.remove(); }
  });

  it('knows a holder on this host whose process is gone is dead, and never says so of itself or other hosts', () => {
    const me = newOwnerId();
    expect(ownerIsDead(me)).toBe(false);
    const [host] = me.split(':');
    expect(ownerIsDead(`${host}:2147483646:x`)).toBe(true);
    expect(ownerIsDead('some-other-host:2147483646:x')).toBe(false);
  });
});
