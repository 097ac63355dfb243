// Kill -9 while a folder is being imported, at several points, then start again: the database ends exactly equal
// to one clean import (contents compared, table by table), and a killed import is finished at the next start.
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDb, openDb } from '../../../db/open.js';
import { readX12File } from '../../../main/edi/index.js';
import { expandPaths } from '../../../main/ingest/import-paths.js';
import { beginImport, recoverInterruptedImports } from '../../../main/ingest/import-journal.js';
import { ingestTransactionSet, type SetContext } from '../../../main/ingest/ingest-set.js';
import { newSeeds } from '../../../main/ingest/recompute.js';
import { emptySummary } from '../../../main/ingest/types.js';
import { checkFile } from '../../../main/safety/integrity.js';
import { prng } from '../../emulator/seeded.js';
import { MIGRATIONS_DIR, tempDir } from '../../helpers/db.js';
import { cleanImportDump, dumpFile, FAULT_NOW, generatedFolder, type Dump } from './fixtures.js';

const SOURCE = resolve(process.cwd(), 'test/integration/faults/children/import.ts');
const CHILD = resolve(process.cwd(), 'node_modules/.cache/claimtrail-import-kill-child.mjs'); // bundled once: starts fast
const tmp = tempDir('claimtrail-kill-import-');
let folder: string;
let clean: Dump;

beforeAll(async () => {
  await build({ entryPoints: [SOURCE], outfile: CHILD, bundle: true, platform: 'node', format: 'esm', packages: 'external', logLevel: 'error' });
  folder = await generatedFolder(tmp.dir, 600, 11);
  clean = await cleanImportDump([folder]);
}, 60_000);
afterAll(() => tmp.remove());

/** Runs the import in a child; SIGKILLs it `extraMs` after its `afterFiles`-th progress line, or after it starts when
 *  `afterFiles` is 0 (null: let it finish). */
function runImport(dbFile: string, kill: { afterFiles: number; extraMs: number } | null): Promise<'killed' | 'finished'> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [CHILD], {
      env: { ...process.env, DB_FILE: dbFile, FOLDER: folder, MIGRATIONS: MIGRATIONS_DIR, NOW: FAULT_NOW },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let lines = 0, err = '', killing = false;
    if (kill?.afterFiles === 0) { killing = true; setTimeout(() => child.kill('SIGKILL'), kill.extraMs); }
    child.stdout.on('data', (chunk: Buffer) => {
      lines += chunk.toString().split('\n').length - 1;
      if (kill && !killing && lines >= kill.afterFiles) {
        killing = true;
        setTimeout(() => child.kill('SIGKILL'), kill.extraMs);
      }
    });
    child.stderr.on('data', (c: Buffer) => { err += c.toString(); });
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') return done('killed');
      return code === 0 ? done('finished') : fail(new Error(`import child failed (${code}): ${err.slice(0, 400)}`));
    });
  });
}

const underived = (file: string): number => {
  const db = openDb(file, MIGRATIONS_DIR);
  try {
    return db.$client.prepare(`SELECT (SELECT count(*) FROM submissions WHERE claim_id IS NULL) + (SELECT count(*) FROM status_reports WHERE claim_id IS NULL)
      + (SELECT count(*) FROM claim_payments WHERE claim_id IS NULL)`).pluck().get() as number;
  } finally { closeDb(db); }
};

describe('fault: killed during an import', () => {
  it('killed at several points and imported again, ends equal to one clean import', async () => {
    const file = join(tmp.dir, 'killed-several.db');
    const rand = prng(20261);
    const outcomes: string[] = [];
    const total = expandPaths([folder]).length;
    for (const afterFiles of [3, Math.floor(total * 0.4), Math.floor(total * 0.85)]) {
      outcomes.push(await runImport(file, { afterFiles, extraMs: Math.floor(rand() * 30) }));
      expect(checkFile(file, 'quick')).toEqual({ ok: true }); // SQLite's own rollback: never a torn write
      expect(underived(file)).toBe(0); // evidence commits with its claims: no window is ever half-derived
    }
    expect(outcomes).toContain('killed');
    expect(await runImport(file, null)).toBe('finished');
    expect(dumpFile(file)).toEqual(clean);
  }, 60_000);

  it('killed at the very end of the import and again just after restarting, ends equal too', async () => {
    const file = join(tmp.dir, 'killed-late.db');
    const total = expandPaths([folder]).length; // claims are derived while the last file is read, before its line
    await runImport(file, { afterFiles: total - 1, extraMs: 2 });
    for (const extraMs of [150, 300]) await runImport(file, { afterFiles: 0, extraMs }); // the restart derives first
    expect(await runImport(file, null)).toBe('finished');
    expect(dumpFile(file)).toEqual(clean);
  }, 60_000);

  it('an import journal left open (an import that died between storing and deriving) is finished at the next start', async () => {
    // Today each window's evidence commits with its claims; this is the recovery for imports interrupted by older
    // versions, or by anything that stops an import between the two. Evidence is stored, left underived, journal open.
    const file = join(tmp.dir, 'journal-open.db');
    const db = openDb(file, MIGRATIONS_DIR);
    const journal = beginImport(db, FAULT_NOW);
    const ctx: SetContext = { source: { kind: 'file', path: '' }, now: FAULT_NOW, summary: emptySummary(), tally: { created: new Set(), updated: new Set() }, pending: newSeeds() };
    for (const path of expandPaths([folder])) {
      ctx.source = { kind: 'file', path };
      for await (const set of readX12File(path)) ingestTransactionSet(db, set, ctx);
    }
    journal.close(); // the import is gone without deriving
    closeDb(db);
    expect(underived(file)).toBeGreaterThan(0);

    // Also an open journal from a process that is gone (killed), not just from this one:
    expect(await runImport(join(tmp.dir, 'killed-journal.db'), { afterFiles: 3, extraMs: 0 })).toBe('killed');
    const other = openDb(join(tmp.dir, 'killed-journal.db'), MIGRATIONS_DIR);
    expect(recoverInterruptedImports(other).recovered).toBe(1); // its pid no longer exists
    closeDb(other);

    const restarted = openDb(file, MIGRATIONS_DIR);
    expect(recoverInterruptedImports(restarted).recovered).toBe(1);
    expect(recoverInterruptedImports(restarted).recovered).toBe(0); // done once
    closeDb(restarted);
    expect(underived(file)).toBe(0);
    expect(dumpFile(file)).toEqual(clean);
  }, 60_000);
});
