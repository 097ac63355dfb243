// Parse throughput: the engine vs a naive split baseline vs the npm parsers node-x12 and x12-parser, each
// followed by the same mapping to domain records; plus streaming a large 835 from disk with peak memory.
// Sizes: X12_BENCH_CLAIMS (default 100000) claims per file; X12_BENCH_STREAM_MB (default 256, 0 = skip;
// 1024 for the 1 GB check). X12_BENCH_NPM=0 skips the slow npm parsers.
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
const REPEATS = 3;

// Each run starts from a collected heap, so no contender pays for the garbage of the one before.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/** The npm parsers are several times slower: one run each keeps `npm run bench` to a few minutes. */
type Contender = [name: string, run: (text: string) => MappedTransaction[] | Promise<MappedTransaction[]>, repeats: number];

function claimCount(mapped: (MappedTransaction | null)[]): number {
  let n = 0;
  for (const m of mapped) {
    if (m?.kind === '835') n += m.remittance.claims.length;
    else if (m?.kind === '837') n += m.claims.length;
    else if (m?.kind === '277') n += m.reports.length;
  }
  return n;
}

/** Best of `repeats` runs (the machine is shared; the best run is the least disturbed one). */
async function measure(text: string, run: Contender[1], repeats: number): Promise<{ ms: number; claims: number }> {
  let best = Infinity;
  let claims = 0;
  for (let i = 0; i < repeats; i++) {
    collectGarbage();
    const t0 = performance.now();
    const out = await run(text);
    best = Math.min(best, performance.now() - t0);
    claims = claimCount(out);
  }
  return { ms: best, claims };
}

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

async function throughput(): Promise<void> {
  const contenders: Contender[] = [
    ['claimtrail engine', (t) => parseX12Text(t).sets.map((s) => s.mapped!), REPEATS],
    ['naive split + mapping', naiveSplit, REPEATS],
  ];
  if (WITH_NPM) contenders.push(['node-x12 + mapping', nodeX12, 1], ['x12-parser + mapping', x12Parser, 1]);
  const files: [string, string][] = [['835', build835(CLAIMS)], ['837P', build837P(CLAIMS)], ['277CA', build277CA(CLAIMS)]];
  // Untimed warm-up: JIT and V8 heap growth would otherwise be charged to whichever contender runs first.
  for (const [, run] of contenders.slice(0, 2)) await run(files[0][1]);
  console.log(`In-memory parse to domain records, ${fmt(CLAIMS)} claims per file, best of ${REPEATS} runs (npm parsers: 1 run)`);
  console.log(`${'file'.padEnd(6)} ${'contender'.padEnd(24)} ${'MB'.padStart(6)} ${'ms'.padStart(8)} ${'MB/s'.padStart(7)} ${'claims/s'.padStart(10)} vs engine`);
  for (const [kind, text] of files) {
    const mb = Buffer.byteLength(text) / 1e6;
    let engineRate = 0;
    for (const [name, run, repeats] of contenders) {
      const { ms, claims } = await measure(text, run, repeats);
      if (claims !== CLAIMS) throw new Error(`${name} read ${claims} of ${CLAIMS} ${kind} claims`);
      const rate = claims / (ms / 1000);
      if (engineRate === 0) engineRate = rate;
      console.log(`${kind.padEnd(6)} ${name.padEnd(24)} ${fmt(mb, 1).padStart(6)} ${fmt(ms).padStart(8)} ${fmt(mb / (ms / 1000), 1).padStart(7)} ${fmt(rate).padStart(10)} ${rate === engineRate ? '' : `${fmt(engineRate / rate, 1)}x slower`}`);
    }
  }
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
    const report = JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', child, path], { encoding: 'utf8', maxBuffer: 1 << 20 })) as
      { bytes: number; seconds: number; sets: number; claims: number; errors: number; peakRss: number };
    if (report.errors > 0) throw new Error(`${report.errors} sets failed while streaming`);
    console.log(`\nStreaming ${fmt(report.bytes / 1e6)} MB 835 from disk (${fmt(report.sets)} checks, ${fmt(report.claims)} claims):`);
    console.log(`  ${fmt(report.seconds, 1)} s, ${fmt(report.bytes / 1e6 / report.seconds, 1)} MB/s, ${fmt(report.claims / report.seconds)} claims/s, peak RSS ${fmt(report.peakRss / 1e6)} MB`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function run(): Promise<void> {
  await throughput();
  if (STREAM_MB > 0) await streaming();
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await run();
