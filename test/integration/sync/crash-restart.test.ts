// A sync killed at random instants (SIGKILL, in a child process) and restarted ends in the same store as one
// that was never interrupted: every page and its checkpoint commit together or not at all.
import { spawn } from 'node:child_process';
import { build } from 'esbuild';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb } from '../../../db/open.js';
import { canonicalDump, ledgerDump } from '../../emulator/canonical-dump.js';
import { DEFAULT_SYNC_OPTIONS } from '../../../main/sync/types.js';
import { ManualClock } from '../../emulator/clock.js';
import type { EmuTransaction } from '../../emulator/dataset.js';
import { prng } from '../../emulator/seeded.js';
import { startEmulator, type Emulator } from '../../emulator/server.js';
import { MIGRATIONS_DIR, openTestDb, tempDir } from '../../helpers/db.js';
import { dataset, modeOf, NOW, referenceStore, syncOnce } from './harness.js';

const SOURCE = resolve(process.cwd(), 'test/integration/sync/crash-child.ts');
// Bundled once so each child starts in a fraction of a second; kept under node_modules so its imports resolve.
const CHILD = resolve(process.cwd(), 'node_modules/.cache/claimtrail-sync-crash-child.mjs');
let emu: Emulator;
let txs: EmuTransaction[];
let mode: 'test' | 'production';
let expected: { dump: ReturnType<typeof canonicalDump>; ledger: string[] };
const tmp = tempDir('claimtrail-crash-');

beforeAll(async () => {
  await build({ entryPoints: [SOURCE], outfile: CHILD, bundle: true, platform: 'node', format: 'esm', packages: 'external', logLevel: 'error' });
  txs = await dataset(5, 40);
  mode = modeOf(txs);
  emu = await startEmulator({ seed: 5, clock: new ManualClock(NOW), transactions: txs, latencyMs: 3, duplicateRate: 0.2 });
  const clean = openTestDb();
  await syncOnce(clean, emu, { options: { ...DEFAULT_SYNC_OPTIONS, pageSize: 10, mode } });
  expected = { dump: canonicalDump(referenceStore(txs, mode)), ledger: ledgerDump(clean) };
});
afterAll(async () => { await emu.close(); tmp.remove(); });

/** Runs the child; kills it after `killAfterLines` progress lines plus `extraMs`, or lets it finish (null). */
function runChild(dbFile: string, kill: { afterLines: number; extraMs: number } | null): Promise<'killed' | string> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, [CHILD], {
      env: { ...process.env, DB_FILE: dbFile, CORE_URL: emu.coreUrl, HC_URL: emu.healthcareUrl, API_KEY: emu.apiKey, NOW_MS: String(NOW), MODE: mode },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let lines = 0, out = '', err = '', killing = false;
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      lines = out.split('\n').length - 1;
      if (kill && !killing && lines >= kill.afterLines) {
        killing = true;
        setTimeout(() => child.kill('SIGKILL'), kill.extraMs);
      }
    });
    child.stderr.on('data', (c: Buffer) => { err += c.toString(); });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') return resolveRun('killed');
      if (code !== 0) return reject(new Error(`child failed (${code}): ${err.slice(0, 500)}`));
      resolveRun(/"done":"(\w+)"/.exec(out)?.[1] ?? 'no result');
    });
  });
}

describe('crash and restart', () => {
  it.each([1, 2, 3])('seed %i: killed at random points, restarted, ends equal to an uninterrupted sync', async (seed) => {
    const rand = prng(seed * 7919);
    const dbFile = join(tmp.dir, `crash-${seed}.db`);
    let kills = 0;
    for (let attempt = 0; attempt < 3; attempt++) {
      const outcome = await runChild(dbFile, { afterLines: 1 + Math.floor(rand() * 8), extraMs: Math.floor(rand() * 40) });
      if (outcome === 'killed') kills++;
    }
    expect(kills).toBeGreaterThan(0);
    expect(await runChild(dbFile, null)).toBe('ok');
    const crashed = openDb(dbFile, MIGRATIONS_DIR);
    try {
      expect(canonicalDump(crashed)).toEqual(expected.dump);
      expect(ledgerDump(crashed)).toEqual(expected.ledger);
      expect(crashed.$client.prepare("SELECT count(*) FROM sync_runs WHERE outcome = 'running'").pluck().get()).toBe(0);
    } finally {
      crashed.$client.close();
    }
  });
});
