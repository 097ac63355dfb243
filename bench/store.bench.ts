// Store bench: import N generated claims with their 277CAs and 835s through the real ingest path, then time the
// queries the app runs. N = CLAIMTRAIL_BENCH_CLAIMS (default 1 000 000).
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDb } from '../db/open.js';
import { aging, getClaimDetail, listClaims, searchClaims, topProviders } from '../db/queries/store.js';
import { importPaths } from '../main/ingest/index.js';
import { writeBenchData } from './store-data.js';

const pct = (xs: number[], p: number) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(p * s.length))]!; };
const fmt = (ms: number) => `${ms.toFixed(ms < 10 ? 3 : 1)} ms`;

function time(label: string, runs: number, fn: (i: number) => unknown): void {
  const t: number[] = [];
  for (let i = 0; i < runs; i++) { const t0 = performance.now(); fn(i); t.push(performance.now() - t0); }
  console.log(`${label.padEnd(28)} p50 ${fmt(pct(t, 0.5)).padStart(10)}   p95 ${fmt(pct(t, 0.95)).padStart(10)}   (${runs} runs)`);
}

export async function run(): Promise<void> {
  const claims = Number(process.env.CLAIMTRAIL_BENCH_CLAIMS ?? 1_000_000);
  const dir = mkdtempSync(join(tmpdir(), 'claimtrail-store-bench-'));
  try {
    const dataDir = join(dir, 'x12');
    mkdirSync(dataDir);
    const files = writeBenchData(dataDir, claims);
    const inputBytes = files.reduce((s, f) => s + statSync(f).size, 0);
    console.log(`data: ${claims.toLocaleString('en')} claims (837 + 277CA + 835), ${files.length} files, ${(inputBytes / 1e6).toFixed(1)} MB of X12`);
    const dbFile = join(dir, 'claimtrail.db');
    const db = openDb(dbFile, join(process.cwd(), 'db', 'migrations'));
    const t0 = performance.now();
    const summary = await importPaths(db, [dataDir], () => new Date().toISOString());
    const secs = (performance.now() - t0) / 1000;
    console.log(`import: ${secs.toFixed(1)} s, ${Math.round(claims / secs).toLocaleString('en')} claims/s end to end `
      + `(${summary.transactions} sets, ${summary.claimsCreated.toLocaleString('en')} claims, ${summary.exceptions} exceptions)`);
    db.$client.pragma('wal_checkpoint(TRUNCATE)');
    db.$client.exec('ANALYZE');
    console.log(`database: ${(statSync(dbFile).size / 1e6).toFixed(1)} MB`);
    const maxId = db.$client.prepare('SELECT max(id) FROM claims').pluck().get() as number;
    const statuses = [['paid'], ['denied'], ['rejected'], ['accepted', 'pending'], ['paid', 'denied']] as const;
    let cursor: string | null = null;
    time('filtered claims page', 200, (i) => {
      const page = listClaims(db, { status: [...statuses[i % statuses.length]!], payerId: i % 2 ? 'PAY3' : undefined, cursor: i % 4 === 3 ? cursor : null, limit: 50 });
      cursor = page.nextCursor;
    });
    time('claim detail', 200, (i) => getClaimDetail(db, 1 + ((i * 7919) % maxId)));
    const words = ['SMITH', 'garc', 'PCN12345', 'MB9876', 'K4242', 'EFT1', 'lopez ana'];
    time('full-text search', 200, (i) => searchClaims(db, words[i % words.length]!, 50));
    time('top providers report', 10, () => topProviders(db, { from: '2025-01-01', to: '2025-12-31' }));
    time('aging report', 10, () => aging(db, { today: '2026-01-31' }));
    db.$client.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
