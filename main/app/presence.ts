// The app (desktop or preview host) says which store it has open, so a headless bulk import knows whether anything
// reads the store while it writes: with a reader present it must keep every index in place as it goes.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { newOwnerId, ownerIsDead } from '../sync/lock.js';

const markerFile = (storeDir: string) => join(storeDir, 'app-open.json');

/** Marks the store open by this process; the returned function removes the mark (only if it is still ours). */
export function markStoreOpen(storeDir: string): () => void {
  const owner = newOwnerId();
  try { writeFileSync(markerFile(storeDir), JSON.stringify({ owner }), { mode: 0o600 }); } catch { return () => {}; }
  return () => {
    try { if ((JSON.parse(readFileSync(markerFile(storeDir), 'utf8')) as { owner?: string }).owner === owner) rmSync(markerFile(storeDir), { force: true }); } catch { /* gone already */ }
  };
}

/** True when an app that is still running has the store open (on another machine sharing the folder: assumed so). */
export function storeOpenElsewhere(storeDir: string): boolean {
  try {
    const { owner } = JSON.parse(readFileSync(markerFile(storeDir), 'utf8')) as { owner?: unknown };
    return typeof owner === 'string' && !ownerIsDead(owner);
  } catch {
    return false;
  }
}
