// Store bench: imports N generated claims with their 999s, 277CAs, 277s and 835s (main/edi/generate) through the real
// import path, then times what the screens ask for. N = CLAIMTRAIL_BENCH_CLAIMS (default 100 000; the issue's
// figure is 1 000 000). CLAIMTRAIL_BENCH_DATA=DIR keeps and reuses the generated files (see store-data.ts).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { openDb, type Db } from '../db/open.js';
import { aging, claimTotals, denialRates, firstPassAcceptance, getClaimDetail, listClaims, payerTurnaround, topProviders, type ClaimListQuery } from '../db/queries/store.js';
import type { HandlerDeps } from '../main/ipc/handlers/deps.js';
import { worklistHandlers } from '../main/ipc/handlers/worklists.js';
import { bootCore } from '../main/app/core.js';
import { DATABASE_FILE_NAME } from '../main/app/paths.js';
import { importPaths } from '../main/ingest/index.js';
import { createMemoryLogger } from '../main/log/logger.js';
import { checkFile } from '../main/safety/integrity.js';
import { measureInsertFloor } from './insert-floor.js';
import { benchData } from './store-data.js';

const pct = (xs: number[], p: number) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(p * s.length))]!; };
const fmt = (ms: number) => `${ms.toFixed(ms < 10 ? 2 : 1)} ms`;
const int = (n: number) => Math.round(n).toLocaleString('en-US');

/** `warm`: untimed calls first, so each distinct statement is prepared once, as in a running app. */
function time(label: string, runs: number, fn: (i: number) => unknown, warm = 1): void {
  for (let i = 0; i < warm; i++) fn(i);
  const t: number[] = [];
  for (let i = 0; i < runs; i++) { const t0 = performance.now(); fn(i); t.push(performance.now() - t0); }
  console.log(`${label.padEnd(30)} median ${fmt(pct(t, 0.5)).padStart(9)}   p95 ${fmt(pct(t, 0.95)).padStart(9)}   (${runs} runs)`);
}

/** Filters the list screen sends: statuses, payer, provider, dates, amounts, flags and sorts, first and later pages. */
function pageQueries(db: Db): ClaimListQuery[] {
  const one = (sql: string) => db.$client.prepare(sql).pluck().get() as string;
  const payer = one('SELECT payer_id FROM claims WHERE payer_id IS NOT NULL GROUP BY payer_id ORDER BY count(*) DESC LIMIT 1');
  const npi = one('SELECT billing_npi FROM claims WHERE billing_npi IS NOT NULL GROUP BY billing_npi ORDER BY count(*) LIMIT 1 OFFSET 3');
  const month = one('SELECT substr(max(service_from), 1, 7) FROM claims');
  return [
    {},
    { status: ['denied'] },
    { status: ['rejected'], payerId: payer },
    { status: ['accepted', 'pending'], sort: { column: 'submittedAt', dir: 'asc' } },
    { status: ['paid', 'denied'], payerId: payer, sort: { column: 'paidAt', dir: 'desc' } },
    { billingNpi: npi },
    { serviceFrom: `${month}-01`, serviceTo: `${month}-28`, sort: { column: 'serviceFrom', dir: 'desc' } },
    { amountMin: 100_000, sort: { column: 'charge', dir: 'desc' } },
    { flags: ['reversal'] },
    { status: ['submitted', 'accepted', 'pending'], flags: ['no_response'], today: '2026-12-31' },
    { sort: { column: 'patientName', dir: 'asc' } },
    { payerId: payer, sort: { column: 'paid', dir: 'desc' } },
  ];
}

/** Words people type: surnames, prefixes, control numbers, payer claim numbers, member ids, EFT / check numbers. */
function searchWords(db: Db): string[] {
  const sample = db.$client.prepare(`SELECT c.pcn, c.payer_claim_number AS pcc, c.patient_name AS name, c.member_id AS member,
    (SELECT trace_number FROM claim_payments p WHERE p.claim_id = c.id LIMIT 1) AS trace FROM claims c WHERE c.id % 997 = 0 LIMIT 40`).all() as Array<Record<string, string | null>>;
  const words: string[] = [];
  for (const s of sample) {
    const last = s.name?.split(/[\s,]+/)[0];
    words.push(...[s.pcn, s.pcc, last, last?.slice(0, 4), s.member, s.trace, s.name].filter((w): w is string => !!w));
  }
  return words;
}

export async function run(): Promise<void> {
  const claims = Number(process.env.CLAIMTRAIL_BENCH_CLAIMS ?? 100_000);
  const reuse = process.env.CLAIMTRAIL_BENCH_DB; // an existing store: time its queries only (nothing is written to it)
  const tmp = mkdtempSync(join(tmpdir(), 'claimtrail-store-bench-'));
  try {
    const db = reuse ? openDb(reuse, join(process.cwd(), 'db', 'migrations')) : await importedStore(tmp, claims);
    if (reuse) console.log(`store: ${reuse}, ${int(db.$client.prepare('SELECT count(*) FROM claims').pluck().get() as number)} claims`);
    timeQueries(db);
    printInsertFloor(db);
    db.$client.close();
    timeStartup(reuse ? dirname(reuse) : tmp);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** Generates (or reuses) the X12 and imports it into a fresh store under `tmp`, printing what it took. */
async function importedStore(tmp: string, claims: number): Promise<Db> {
  const data = await benchData(process.env.CLAIMTRAIL_BENCH_DATA ?? join(tmp, 'x12'), claims);
  console.log(`data: ${int(claims)} generated claims (837 + 999 + 277CA + 277 + 835), ${int(data.files)} files, ${(data.bytes / 1e6).toFixed(0)} MB of X12`
    + (data.generatedSeconds === null ? ' (reused)' : ` (generated in ${data.generatedSeconds.toFixed(0)} s)`));
  const dbFile = join(tmp, 'claimtrail.db');
  const db = openDb(dbFile, join(process.cwd(), 'db', 'migrations'));
  const t0 = performance.now();
  // as the CLI imports with the app closed: the claim list's indexes are built once at the end
  const summary = await importPaths(db, [data.dir], () => new Date().toISOString(), undefined, { deferIndexes: 'auto' });
  const secs = (performance.now() - t0) / 1000;
  console.log(`import: ${secs.toFixed(1)} s = ${int(claims / secs)} claims/s end to end (${int(summary.transactions)} transaction sets, `
    + `${int(summary.claimsCreated)} claims in the store, ${summary.exceptions} exceptions)`);
  db.$client.pragma('wal_checkpoint(TRUNCATE)');
  const bytes = statSync(dbFile).size;
  console.log(`database: ${(bytes / 1e6).toFixed(0)} MB (${int(bytes / claims)} bytes per claim)`);
  return db;
}

function timeQueries(db: Db): void {
  const ids = db.$client.prepare('SELECT id FROM claims WHERE id % 397 = 0').pluck().all() as number[];
  const queries = pageQueries(db);
  const cursors = queries.map((q) => listClaims(db, { ...q, limit: 50 }).nextCursor);
  const page = (i: number) => {
    const k = i % queries.length;
    listClaims(db, { ...queries[k]!, cursor: Math.floor(i / queries.length) % 2 ? cursors[k] : null, limit: 50 });
  };
  time('filtered claims page', 240, page, queries.length * 2);
  time('claim detail', 240, (i) => getClaimDetail(db, ids[(i * 7919) % ids.length]!));
  const words = searchWords(db);
  time('full-text search (claim list)', 240, (i) => listClaims(db, { search: words[i % words.length]!, limit: 50 }), 2);
  time('top providers report', 10, () => topProviders(db, {}));
  time('aging report', 10, () => aging(db, { today: '2026-12-31' }));
  time('filtered totals (count + sums)', 24, (i) => claimTotals(db, queries[i % queries.length]!), 0);
  time('payer turnaround report', 5, () => payerTurnaround(db, {}));
  time('denial rates report', 5, () => denialRates(db, {}));
  time('first-pass acceptance report', 5, () => firstPassAcceptance(db, {}));
  // the worklists screen as the app serves it: every group's count over the whole store, its first 200 claims
  const worklists = worklistHandlers({ db, now: () => new Date('2026-12-31T12:00:00Z') } as HandlerDeps);
  time('worklist summaries (all 8)', 5, () => worklists.worklistSummaries());
  for (const kind of ['rejections', 'denials', 'stale_unpaid'] as const) time(`worklist: ${kind}`, 5, () => worklists.getWorklist({ kind }));
}

/** What one SQLite writer needs just to write these rows (bench/insert-floor.ts): the ceiling of any import. */
function printInsertFloor(db: Db): void {
  const floor = measureInsertFloor(db.$client, join(process.cwd(), 'db', 'migrations'));
  console.log(`insert floor (the same rows, prebuilt, into an empty store): ${floor.seconds.toFixed(1)} s = ${int(floor.claims / floor.seconds)} claims/s at most`);
  const parts = [...floor.microsPerClaim].sort((a, b) => b[1] - a[1]).filter(([, us]) => us >= 0.5);
  console.log(`  µs per claim: ${parts.map(([k, us]) => `${k} ${us.toFixed(1)}`).join(', ')}`);
}

/** Opening the store as the app does (a large one is checked page by page later, in a worker) against what that
 *  check costs. CLAIMTRAIL_BENCH_COLD=1 drops the OS page cache first (needs root), as after a reboot. */
function timeStartup(dataDir: string): void {
  const file = join(dataDir, DATABASE_FILE_NAME);
  if (!existsSync(file)) return;
  const cold = () => {
    if (process.env.CLAIMTRAIL_BENCH_COLD !== '1') return 'warm cache';
    try { execFileSync('sync'); writeFileSync('/proc/sys/vm/drop_caches', '3'); return 'cold cache'; } catch { return 'warm cache (could not drop it)'; }
  };
  let state = cold();
  let t0 = performance.now();
  const core = bootCore({ dataDir, migrationsDir: join(process.cwd(), 'db', 'migrations'), runtime: 'cli', version: 'bench', log: createMemoryLogger() });
  const boot = performance.now() - t0;
  core.close();
  console.log(`start-up, opening the store: ${fmt(boot)} (${state})`);
  state = cold();
  t0 = performance.now();
  checkFile(file, 'quick');
  console.log(`page-by-page check (quick_check) it leaves to a worker: ${fmt(performance.now() - t0)} (${state})`);
}
