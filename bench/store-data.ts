// X12 for the store bench, from the project's generator (main/edi/generate): N claims with their 999s, 277CAs,
// 277s and 835s, one interchange per file. CLAIMTRAIL_BENCH_DATA=DIR keeps the files there and reuses them on the
// next run with the same size (generating a million claims takes a while); otherwise they go to a temp folder.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeDataset, type GeneratorOptions } from '../main/edi/generate/index.js';

export const benchOptions = (claims: number): GeneratorOptions => ({ seed: 42, claims, claimsPer837: 100, claimsPer835: 40, days: 360 });

export interface BenchData { dir: string; files: number; bytes: number; generatedSeconds: number | null }

/** Writes (or reuses) the dataset for `claims` claims under `dir`. */
export async function benchData(dir: string, claims: number): Promise<BenchData> {
  const opts = benchOptions(claims);
  const marker = join(dir, '.bench.json');
  const want = JSON.stringify(opts);
  if (existsSync(marker) && readFileSync(marker, 'utf8') === want) return { dir, ...sizeOf(dir), generatedSeconds: null };
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const t0 = performance.now();
  await writeDataset(opts, dir);
  writeFileSync(marker, want);
  return { dir, ...sizeOf(dir), generatedSeconds: (performance.now() - t0) / 1000 };
}

function sizeOf(dir: string): { files: number; bytes: number } {
  const names = readdirSync(dir).filter((f) => f.endsWith('.x12'));
  return { files: names.length, bytes: names.reduce((s, f) => s + statSync(join(dir, f)).size, 0) };
}
