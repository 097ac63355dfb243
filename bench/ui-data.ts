// The UI bench's database: N generated claims (main/edi/generate) imported through the real import path, built once
// and cached as bench/.out/ui-<N>/claimtrail.db, keyed by the generator options and the migrations' content, because
// importing a million claims takes a long time. Delete the folder to rebuild after changing how the store derives
// claims. The generated X12 stays in bench/.out/x12-<N> (or CLAIMTRAIL_BENCH_DATA, shared with the store bench), so a
// rebuild after a schema change only re-imports.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDb } from '../db/open.js';
import { importPaths } from '../main/ingest/index.js';
import { benchData, benchOptions } from './store-data.js';

export const BENCH_OUT = join(process.cwd(), 'bench', '.out');

export interface UiBenchDb { file: string; bytes: number; builtSeconds: number | null }

export async function uiBenchDb(claims: number, log: (line: string) => void): Promise<UiBenchDb> {
  const dir = join(BENCH_OUT, `ui-${claims}`);
  const file = join(dir, 'claimtrail.db');
  const marker = join(dir, '.bench.json');
  const want = cacheKey(claims);
  if (existsSync(file) && existsSync(marker) && readFileSync(marker, 'utf8') === want) return { file, bytes: statSync(file).size, builtSeconds: null };

  mkdirSync(dir, { recursive: true });
  const x12Dir = process.env.CLAIMTRAIL_BENCH_DATA ?? join(BENCH_OUT, `x12-${claims}`);
  const t0 = performance.now();
  log(`building the bench database for ${claims.toLocaleString('en-US')} claims (cached in ${dir}; later runs reuse it)…`);
  const data = await benchData(x12Dir, claims);
  log(`  X12: ${data.files} files, ${(data.bytes / 1e6).toFixed(0)} MB in ${x12Dir}${data.generatedSeconds === null ? ' (reused)' : ` (generated in ${data.generatedSeconds.toFixed(0)} s)`}`);
  // Built under another name and renamed at the end: the cached copy stays usable until the new one is whole.
  const building = `${file}.building`;
  for (const f of [building, `${building}-wal`, `${building}-shm`]) rmSync(f, { force: true });
  const db = openDb(building, join(process.cwd(), 'db', 'migrations'));
  const tImport = performance.now();
  let lastLog = tImport;
  const summary = await importPaths(db, [data.dir], () => new Date().toISOString(), (p) => {
    if (performance.now() - lastLog < 30_000) return;
    lastLog = performance.now();
    log(`  importing… ${p.filesDone}/${p.filesTotal} files, ${p.claimsCreated.toLocaleString('en-US')} claims`);
  }, { deferIndexes: 'auto' }); // nothing reads the store meanwhile, as with the CLI and the app closed
  const importSeconds = (performance.now() - tImport) / 1000;
  log(`  import: ${importSeconds.toFixed(0)} s, ${Math.round(claims / importSeconds)} claims/s (${summary.claimsCreated} claims, ${summary.exceptions} exceptions)`);
  db.$client.pragma('wal_checkpoint(TRUNCATE)');
  db.$client.close();
  rmSync(marker, { force: true });
  renameSync(building, file);
  for (const suffix of ['-wal', '-shm']) rmSync(`${building}${suffix}`, { force: true });
  writeFileSync(marker, want);
  return { file, bytes: statSync(file).size, builtSeconds: (performance.now() - t0) / 1000 };
}

/** What a cached database was built from: the generator's options and the schema. */
export const cacheKey = (claims: number): string => JSON.stringify({ generator: benchOptions(claims), schema: migrationsHash() });

/** A digest of every migration file: a schema change makes the cached database stale. */
function migrationsHash(): string {
  const hash = createHash('sha256');
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else hash.update(entry.name).update(readFileSync(path));
    }
  };
  walk(join(process.cwd(), 'db', 'migrations'));
  return hash.digest('hex').slice(0, 16);
}
