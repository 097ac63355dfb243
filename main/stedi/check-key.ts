// "Test key" for Settings: one cheap authenticated call that proves the key works, without moving any checkpoint.
import type { StediClient } from './client.js';
import { isStediError } from './errors.js';

export type KeyCheck = { ok: true } | { ok: false; reason: 'rejected' | 'offline' | 'other'; message: string };

export async function checkKey(client: StediClient, now: Date, signal: AbortSignal): Promise<KeyCheck> {
  // Stedi requires startDateTime at least a minute in the past; two minutes leaves room for clock drift.
  const startDateTime = new Date(now.getTime() - 120_000).toISOString();
  try {
    await client.pollTransactions({ startDateTime, pageSize: 1 }, signal);
    return { ok: true };
  } catch (err) {
    if (isStediError(err, 'key_rejected')) return { ok: false, reason: 'rejected', message: err.message };
    if (isStediError(err, 'offline')) return { ok: false, reason: 'offline', message: err.message };
    return { ok: false, reason: 'other', message: err instanceof Error ? err.message : 'unknown error' };
  }
}
