// Test-mode and production data never share a database: each key mode has its own local store folder.
import { join } from 'node:path';
import type { KeyMode } from './key-store.js';

/** Subfolder of the data folder for a mode: production keeps the data folder itself, test data lives apart. */
export const MODE_SUBFOLDER: Record<KeyMode, string> = { production: '', test: 'test-mode' };

export function modeStoreDir(dataDir: string, mode: KeyMode): string {
  return MODE_SUBFOLDER[mode] ? join(dataDir, MODE_SUBFOLDER[mode]) : dataDir;
}
