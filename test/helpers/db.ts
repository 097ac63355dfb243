// Test databases built with the real, committed migrations.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openDb, type Db } from '../../db/open.js';

export const MIGRATIONS_DIR = resolve(process.cwd(), 'db', 'migrations');

export function openTestDb(): Db {
  return openDb(':memory:', MIGRATIONS_DIR);
}

/** A private temp folder, removed by the returned disposer. */
export function tempDir(prefix = 'claimtrail-test-'): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
