// Speed cost of database encryption: the same claim-shaped workload on plain better-sqlite3 and on
// better-sqlite3-multiple-ciphers with SQLCipher v4 encryption (what ClaimTrail uses when encryption is on).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { openRaw, type DbKey } from '../db/driver.js';

const ROWS = Number(process.env.CLAIMTRAIL_BENCH_ENCRYPTION_ROWS ?? 300_000);
const QUERIES = 2_000;

interface Figures { insertsPerSec: number; pageP50: number; pageP95: number; scanMs: number; bytes: number; }

function workload(file: string, key: DbKey): Figures {
  const db: Database.Database = openRaw(file, key);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec(`CREATE TABLE claims (id INTEGER PRIMARY KEY, pcn TEXT, payer TEXT, status TEXT, service_date TEXT,
           charge_cents INTEGER, paid_cents INTEGER, patient TEXT);
           CREATE INDEX claims_status_date ON claims (status, service_date DESC, id DESC);`);
  const insert = db.prepare('INSERT INTO claims (pcn, payer, status, service_date, charge_cents, paid_cents, patient) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const statuses = ['paid', 'denied', 'accepted', 'rejected', 'pending'];
  let t = performance.now();
  db.transaction(() => {
    for (let i = 0; i < ROWS; i++) {
      const day = String(1 + (i % 28)).padStart(2, '0');
      insert.run(`PCN${i}`, `P${i % 40}`, statuses[i % 5], `2026-10-${day}`, 10_000 + (i % 5000), 8_000 + (i % 4000), `PATIENT ${i % 9973}`);
    }
  })();
  const insertsPerSec = ROWS / ((performance.now() - t) / 1000);
  const page = db.prepare(`SELECT * FROM claims WHERE status = ? AND service_date <= ? ORDER BY service_date DESC, id DESC LIMIT 100`);
  const times: number[] = [];
  for (let q = 0; q < QUERIES; q++) {
    t = performance.now();
    page.all(statuses[q % 5], `2026-10-${String(1 + (q % 28)).padStart(2, '0')}`);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  t = performance.now();
  db.prepare('SELECT status, sum(charge_cents), sum(paid_cents) FROM claims GROUP BY status').all();
  const scanMs = performance.now() - t;
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return { insertsPerSec, pageP50: times[Math.floor(QUERIES * 0.5)]!, pageP95: times[Math.floor(QUERIES * 0.95)]!, scanMs, bytes: statSync(file).size };
}

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'ct-bench-enc-'));
  try {
    const plain = workload(join(dir, 'plain.db'), null);
    const encrypted = workload(join(dir, 'encrypted.db'), randomBytes(32));
    console.log(`encryption cost, ${ROWS.toLocaleString('en-US')} claim rows, ${QUERIES} filtered 100-row pages`);
    const row = (name: string, f: Figures) =>
      console.log(`  ${name.padEnd(32)} inserts ${Math.round(f.insertsPerSec).toLocaleString('en-US').padStart(9)}/s   page p50 ${f.pageP50.toFixed(3)} ms  p95 ${f.pageP95.toFixed(3)} ms   full scan ${f.scanMs.toFixed(1)} ms   file ${(f.bytes / 1048576).toFixed(1)} MB`);
    row('plain (better-sqlite3)', plain);
    row('SQLCipher v4 (multiple-ciphers)', encrypted);
    console.log(`  cost: inserts ${pct(encrypted.insertsPerSec, plain.insertsPerSec, true)}, page p95 ${pct(encrypted.pageP95, plain.pageP95)}, scan ${pct(encrypted.scanMs, plain.scanMs)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const pct = (x: number, base: number, higherIsBetter = false) => {
  const change = higherIsBetter ? (base / x - 1) * 100 : (x / base - 1) * 100;
  return `${change >= 0 ? '+' : ''}${change.toFixed(0)}% ${higherIsBetter ? 'slower' : 'time'}`;
};
