// Single-flight across processes: a lease row in the database, refreshed while a run lives. A holder on this
// machine whose process is gone is known dead at once, so a crash never blocks the next start for the full lease.
import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import type { Db } from '../../db/open.js';
import { heartbeatLock, releaseLock, tryAcquireLock } from '../../db/queries/sync.js';

export const SYNC_LOCK = 'stedi-sync';

export function newOwnerId(pid = process.pid): string {
  return `${hostname()}:${pid}:${randomBytes(4).toString('hex')}`;
}

/** True when `owner` names a process on this host that no longer exists. Other hosts: unknown, so false. */
export function ownerIsDead(owner: string, host = hostname()): boolean {
  const [ownerHost, pidText] = owner.split(':');
  const pid = Number(pidText);
  if (ownerHost !== host || !Number.isInteger(pid) || pid <= 0 || pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

export interface Lease {
  /** Refreshes the lease; false when another process took it (the run must stop). */
  renew(): boolean;
  release(): void;
}

export function acquireLease(db: Db, args: { owner: string; nowMs: () => number; ttlMs: number; holderIsDead?: (owner: string) => boolean }):
  { lease: Lease } | { busyWith: string } {
  const got = tryAcquireLock(db, { name: SYNC_LOCK, owner: args.owner, nowMs: args.nowMs(), ttlMs: args.ttlMs, holderIsDead: args.holderIsDead ?? ownerIsDead });
  if (!got.acquired) return { busyWith: got.owner };
  return {
    lease: {
      renew: () => heartbeatLock(db, { name: SYNC_LOCK, owner: args.owner, nowMs: args.nowMs(), ttlMs: args.ttlMs }),
      release: () => releaseLock(db, { name: SYNC_LOCK, owner: args.owner }),
    },
  };
}
