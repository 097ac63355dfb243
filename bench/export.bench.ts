// Export bench: time and peak memory to export N claims (default 1 000 000) as CSV and as XLSX, each export in a
// child process so its peak RSS is measured alone. N from CLAIMTRAIL_BENCH_EXPORT_CLAIMS.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDb } from '../db/open.js';
import { seedClaims } from '../test/unit/export/seed-claims.js';

const MIGRATIONS = fileURLToPath(new URL('../db/migrations', import.meta.url));
const CHILD = fileURLToPath(new URL('./export-child.ts', import.meta.url));
const LIMIT_MB = 300;

export async function run(): Promise<void> {
  const claims = Number(process.env.CLAIMTRAIL_BENCH_EXPORT_CLAIMS ?? 1_000_000);
  const dir = mkdtempSync(join(tmpdir(), 'claimtrail-export-bench-'));
  try {
    const file = join(dir, 'claimtrail.db');
    const seedStart = performance.now();
    const db = openDb(file, MIGRATIONS);
    seedClaims(db, claims);
    db.$client.pragma('wal_checkpoint(TRUNCATE)');
    db.$client.close();
    console.log(`seeded ${claims.toLocaleString('en-US')} claims in ${((performance.now() - seedStart) / 1000).toFixed(1)} s (database ${mb(statSync(file).size)} MB)`);
    for (const format of ['csv', 'xlsx'] as const) {
      const out = join(dir, `claims.${format}`);
      const line = execFileSync(process.execPath, ['--import', 'tsx', CHILD, file, format, out], { encoding: 'utf8', maxBuffer: 1 << 20 }).trim().split('\n').at(-1)!;
      const r = JSON.parse(line) as { rows: number; bytes: number; seconds: number; peakRssMb: number };
      console.log(`export ${format.toUpperCase().padEnd(4)} ${r.rows.toLocaleString('en-US')} claims × 30 columns: ${r.seconds.toFixed(1)} s `
        + `(${Math.round(r.rows / r.seconds).toLocaleString('en-US')} rows/s), file ${mb(r.bytes)} MB, peak RSS ${r.peakRssMb.toFixed(0)} MB `
        + `(target < ${LIMIT_MB} MB: ${r.peakRssMb < LIMIT_MB ? 'met' : 'MISSED'})`);
      rmSync(out, { force: true });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);
