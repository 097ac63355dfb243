// UI benchmark: the real renderer in Chromium against the preview host over a large data folder.
// Prints time to the first rendered Claims page, filter change → updated rows, and frame times while
// scrolling through 10 000 rows. Data folder: CLAIMTRAIL_UI_BENCH_DIR (a folder holding claimtrail.db).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { chromium } from '@playwright/test';

const SCROLL_ROWS = 10_000;
const ROW_HEIGHT = 30;

export async function run(): Promise<void> {
  const dataDir = process.env.CLAIMTRAIL_UI_BENCH_DIR;
  if (!dataDir || !existsSync(join(dataDir, 'claimtrail.db'))) {
    console.log('ui: skipped — set CLAIMTRAIL_UI_BENCH_DIR to a data folder with a generated database (e.g. 1 000 000 claims).');
    return;
  }
  const launchedAt = performance.now();
  const host = await startHost(dataDir);
  const hostReadyMs = performance.now() - launchedAt;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1360, height: 860 } });
    const navStart = performance.now();
    await page.goto(host.url);
    await page.locator('[role="grid"][aria-label="Claims"] [role="row"][aria-rowindex="2"]:not(.row-placeholder)').waitFor();
    const firstPageMs = performance.now() - navStart;
    const count = await page.getByTestId('claim-count').innerText();

    const filterMs: number[] = [];
    for (const status of ['Denied', 'Paid', 'Rejected']) {
      const chip = page.getByRole('group', { name: 'Status' }).getByRole('button', { name: status, exact: true });
      const t0 = performance.now();
      await chip.click();
      await page.locator(`[role="row"][aria-rowindex="2"] .badge:text-is("${status}")`).waitFor();
      filterMs.push(performance.now() - t0);
      await chip.click(); // back to all
      await page.locator('[role="row"][aria-rowindex="2"]:not(.row-placeholder)').waitFor();
    }

    const frames = await page.evaluate(scrollThrough, { rows: SCROLL_ROWS, rowHeight: ROW_HEIGHT });
    const sorted = [...frames.deltas].sort((a, b) => a - b);
    const pct = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!.toFixed(1);
    console.log(`ui: data set ${count} claims (${dataDir})`);
    console.log(`ui: preview host ready in ${hostReadyMs.toFixed(0)} ms; first Claims page rendered ${firstPageMs.toFixed(0)} ms after navigation (target ≤ 1500 ms)`);
    console.log(`ui: filter change → rows: ${filterMs.map((m) => m.toFixed(0)).join(' / ')} ms (Denied / Paid / Rejected; target ≤ 150 ms)`);
    console.log(`ui: scrolled ${frames.rowsReached} rows in ${frames.deltas.length} frames: median ${pct(0.5)} ms, p95 ${pct(0.95)} ms, max ${sorted.at(-1)!.toFixed(1)} ms, frames over 50 ms: ${frames.deltas.filter((d) => d > 50).length}`);
  } finally {
    await browser.close();
    await host.stop();
  }
}

/** Runs in the page: scrolls the claims grid a screenful per frame, waiting for rows where pages load. */
async function scrollThrough({ rows, rowHeight }: { rows: number; rowHeight: number }): Promise<{ deltas: number[]; rowsReached: number }> {
  // The bench compiles without DOM types; this is the little of the DOM the page-side code touches.
  interface Scroller { clientHeight: number; scrollTop: number; querySelector(selector: string): unknown }
  const page = globalThis as unknown as { document: { querySelector(s: string): Scroller | null }; requestAnimationFrame(cb: (t: number) => void): void };
  const grid = page.document.querySelector('[role="grid"][aria-label="Claims"]')!;
  const deltas: number[] = [];
  const step = Math.round(grid.clientHeight * 0.9);
  let last = performance.now();
  await new Promise<void>((resolve) => {
    const tick = (now: number) => {
      deltas.push(now - last);
      last = now;
      const target = rows * rowHeight;
      if (grid.scrollTop >= target || deltas.length > 5000) { resolve(); return; }
      // Never outrun the loaded rows by more than a page: that is how a person scrolls (and what keyset paging serves).
      if (!grid.querySelector('.row-placeholder')) grid.scrollTop = Math.min(target, grid.scrollTop + step);
      page.requestAnimationFrame(tick);
    };
    page.requestAnimationFrame(tick);
  });
  return { deltas: deltas.slice(1), rowsReached: Math.round(grid.scrollTop / rowHeight) };
}

async function startHost(dataDir: string): Promise<{ url: string; stop(): Promise<void> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'main/preview/cli.ts', '--data-dir', dataDir, '--port', '0'], {
    cwd: process.cwd(), env: { ...process.env, STEDI_API_KEY: '' }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', (line) => {
      const m = /^ClaimTrail preview: (\S+)$/.exec(line);
      if (m) resolve(m[1]!); else reject(new Error(`unexpected: ${line}`));
    });
    child.once('exit', (code) => reject(new Error(`preview host exited with ${code}`)));
  });
  return { url, stop: async () => { const done = new Promise((r) => child.once('exit', r)); child.kill('SIGTERM'); await done; } };
}
