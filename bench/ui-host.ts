// The UI bench's processes: a fresh renderer build when the sources are newer, and the preview host on a data folder.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

/** Builds dist/renderer when it is missing or older than any file under renderer/ or shared/. */
export async function ensureRendererBuilt(log: (line: string) => void): Promise<void> {
  const index = join(process.cwd(), 'dist', 'renderer', 'index.html');
  const built = existsSync(index) ? statSync(index).mtimeMs : 0;
  if (built > Math.max(newest(join(process.cwd(), 'renderer')), newest(join(process.cwd(), 'shared')))) return;
  log('building the renderer (vite build)…');
  const r = spawnSync(process.execPath, [join('node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error('vite build failed');
}

function newest(dir: string): number {
  let max = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    max = Math.max(max, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return max;
}

export async function startHost(dataDir: string): Promise<{ url: string; stop(): Promise<void> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'main/preview/cli.ts', '--data-dir', dataDir, '--port', '0', '--empty'], {
    cwd: process.cwd(), env: { ...process.env, STEDI_API_KEY: '' }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (c) => { stderr += c; });
  const url = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', (line) => {
      const m = /^ClaimTrail preview: (\S+)$/.exec(line);
      if (m) resolve(m[1]!); else reject(new Error(`unexpected: ${line}\n${stderr}`));
    });
    child.once('exit', (code) => reject(new Error(`preview host exited with ${code}: ${stderr}`)));
  });
  return { url, stop: async () => { const done = new Promise((r) => child.once('exit', r)); child.kill('SIGTERM'); await done; } };
}
