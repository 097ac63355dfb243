// Parse throughput: the engine vs a naive split baseline vs the npm parsers node-x12 and x12-parser, each
// followed by the same mapping to domain records; plus streaming a large 835 from disk with peak memory,
// next to a streamed split of the same file (the yardstick).
// Sizes: X12_BENCH_CLAIMS (default 100000) claims per file; X12_BENCH_STREAM_MB (default 256, 0 = skip;
// 1024 for the 1 GB check). X12_BENCH_NPM=0 skips the slow npm parsers. X12_BENCH_REPEATS (default 3) rounds,
// each running every contender once (interleaved, so a busy moment on a shared machine hits all of them);
// the best run counts. X12_BENCH_STREAM_RUNS (default 1) rounds of engine + split over the big file.
import { execFileSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseX12Text } from '../main/edi/index.js';
import type { MappedTransaction } from '../main/edi/model.js';
import { naiveSplit, nodeX12, x12Parser } from './parse-adapters.js';
import { build277CA, build835, build837P, header835, set835, trailer835 } from './parse-data.js';

const CLAIMS = Number(process.env.X12_BENCH_CLAIMS ?? 100_000);
const STREAM_MB = Number(process.env.X12_BENCH_STREAM_MB ?? 256);
const WITH_NPM = process.env.X12_BENCH_NPM !== '0';
const REPEATS = Math.max(1, Number(process.env.X12_BENCH_REPEATS ?? 3));
const STREAM_RUNS = Math.max(1, Number(process.env.X12_BENCH_STREAM_RUNS ?? 1));
const WARM_UP_CLAIMS = 2000;

// Each run starts from a collected heap, so no contender pays for the garbage of the one before.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

type Contender = [name: string, run: (text: string) => MappedTransaction[] | Promise<MappedTransaction[]>];

function claimCount(mapped: (MappedTransaction | null)[]): number {
  let n = 0;
  for (const m of mapped) {
    if (m?.kind === '835') n += m.remittance.claims.length;
    else if (m?.kind === '837') n += m.claims.length;
    else if (m?.kind === '277') n += m.reports.length;
  }
  return n;
}

async function timeOne(text: string, run: Contender[1]): Promise<{ ms: number; claims: number }> {
  collectGarbage();
  const t0 = performance.now();
  const out = await run(text);
  return { ms: performance.now() - t0, claims: claimCount(out) };
}

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

async function throughput(): Promise<void> {
  const contenders: Contender[] = [
    ['claimtrail engine', (t) => parseX12Text(t).sets.map((s) => s.mapped!)],
    ['naive split + mapping', naiveSplit],
  ];
  if (WITH_NPM) contenders.push(['node-x12 + mapping', nodeX12], ['x12-parser + mapping', x12Parser]);
  const builders: [string, (claims: number) => string][] = [['835', build835], ['837P', build837P], ['277CA', build277CA]];
  console.log(`In-memory parse to domain records, ${fmt(CLAIMS)} claims per file, best of ${REPEATS} interleaved runs each`);
  console.log(`${'file'.padEnd(6)} ${'contender'.padEnd(24)} ${'MB'.padStart(6)} ${'ms'.padStart(8)} ${'MB/s'.padStart(7)} ${'claims/s'.padStart(10)} vs engine`);
  const summary: string[] = [];
  for (const [kind, build] of builders) {
    // Untimed warm-up of every contender on a small file of this kind: JIT and heap growth would otherwise be
    // charged to whoever runs first, and the npm parsers would be measured cold.
    const small = build(WARM_UP_CLAIMS);
    for (const [, run] of contenders) await run(small);
    const text = build(CLAIMS);
    const mb = Buffer.byteLength(text) / 1e6;
    const best = contenders.map(() => Infinity);
    for (let round = 0; round < REPEATS; round++) {
      for (let c = 0; c < contenders.length; c++) {
        const [name, run] = contenders[c];
        const { ms, claims } = await timeOne(text, run);
        if (claims !== CLAIMS) throw new Error(`${name} read ${claims} of ${CLAIMS} ${kind} claims`);
        best[c] = Math.min(best[c], ms);
      }
    }
    const rates = best.map((ms) => CLAIMS / (ms / 1000));
    contenders.forEach(([name], c) => {
      const ratio = c === 0 ? '' : `${fmt(rates[0] / rates[c], 1)}x slower`;
      console.log(`${kind.padEnd(6)} ${name.padEnd(24)} ${fmt(mb, 1).padStart(6)} ${fmt(best[c]).padStart(8)} ${fmt(mb / (best[c] / 1000), 1).padStart(7)} ${fmt(rates[c]).padStart(10)} ${ratio}`);
    });
    const npm = rates.slice(2);
    const vsNpm = npm.length > 0 ? `, ${fmt(rates[0] / Math.max(...npm), 2)}x the fastest npm parser + mapping` : '';
    summary.push(`${kind}: engine ${fmt(rates[0])} claims/s = ${fmt(rates[0] / rates[1], 2)}x the naive split + mapping${vsNpm}`);
  }
  console.log(`\n${summary.join('\n')}`);
  console.log('(835 targets: faster than the naive split, at least 3x the fastest npm parser)');
}

/** Writes an 835 of about `mb` megabytes (checks of 1000 claims) to a temp file, then streams it in a child. */
async function streaming(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'x12-bench-'));
  const path = join(dir, 'big.835');
  try {
    const out = createWriteStream(path);
    out.write(header835());
    let written = 0;
    let sets = 0;
    for (let first = 0; written < STREAM_MB * 1e6; first += 1000) {
      const chunk = set835(first, 1000, ++sets);
      written += chunk.length;
      if (!out.write(chunk)) await once(out, 'drain');
    }
    out.end(trailer835(sets));
    await once(out, 'finish');
    const child = join(dirname(fileURLToPath(import.meta.url)), 'parse-stream-child.ts');
    type Report = { bytes: number; seconds: number; sets: number; claims: number; errors: number; peakRss: number };
    const runChild = (mode: 'engine' | 'split') =>
      JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', child, path, mode], { encoding: 'utf8', maxBuffer: 1 << 20 })) as Report;
    const engineRuns: Report[] = [];
    const splitRuns: Report[] = [];
    for (let round = 0; round < STREAM_RUNS; round++) {
      const e = runChild('engine');
      if (e.errors > 0) throw new Error(`${e.errors} sets failed while streaming`);
      if (e.claims !== e.sets * 1000) throw new Error(`streamed ${e.claims} claims in ${e.sets} checks of 1000`);
      engineRuns.push(e);
      splitRuns.push(runChild('split'));
    }
    const fastest = (runs: Report[]) => runs.reduce((a, b) => (b.seconds < a.seconds ? b : a));
    const r = { ...fastest(engineRuns), peakRss: Math.max(...engineRuns.map((e) => e.peakRss)) };
    const split = fastest(splitRuns);
    const mbps = r.bytes / 1e6 / r.seconds;
    const splitMbps = split.bytes / 1e6 / split.seconds;
    console.log(`\nStreaming ${fmt(r.bytes / 1e6)} MB 835 from disk (${fmt(r.sets)} checks, ${fmt(r.claims)} claims)${STREAM_RUNS > 1 ? `, best of ${STREAM_RUNS}` : ''}:`);
    console.log(`  engine to domain records: ${fmt(r.seconds, 1)} s, ${fmt(mbps, 1)} MB/s, ${fmt(r.claims / r.seconds)} claims/s, peak RSS ${fmt(r.peakRss / 1e6)} MB (target < 300 MB)`);
    console.log(`  streamed split (yardstick): ${fmt(split.seconds, 1)} s, ${fmt(splitMbps, 1)} MB/s, peak RSS ${fmt(split.peakRss / 1e6)} MB`);
    console.log(`  engine = ${fmt(mbps / splitMbps, 2)}x the split's throughput (aim: within 2x, i.e. at least 0.5x)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function run(): Promise<void> {
  await throughput();
  if (STREAM_MB > 0) await streaming();
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await run();
