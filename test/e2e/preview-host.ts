// Starts the real preview host (`main/preview/cli.ts`) in a temp data folder and hands its URL to the test.
// Shaped so that swapping in Playwright's Electron launcher would be one function.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

export interface RunningHost { url: string; origin: string; dataDir: string; stop(): Promise<void>; }

export async function launchPreviewHost(extraArgs: string[] = [], env: NodeJS.ProcessEnv = {}): Promise<RunningHost> {
  const dataDir = mkdtempSync(join(tmpdir(), 'claimtrail-e2e-'));
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'main/preview/cli.ts', '--data-dir', dataDir, '--port', '0', ...(extraArgs.includes('--demo') ? [] : ['--empty']), ...extraArgs], {
    cwd: process.cwd(),
    env: { ...process.env, STEDI_API_KEY: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (c) => { stderr += c; });
  const url = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    const timer = setTimeout(() => reject(new Error(`preview host did not start: ${stderr}`)), 60_000);
    lines.once('line', (line) => {
      clearTimeout(timer);
      const match = /^ClaimTrail preview: (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)$/.exec(line);
      if (match) resolve(match[1]!); else reject(new Error(`unexpected first line: ${line}\n${stderr}`));
    });
    child.once('exit', (code) => reject(new Error(`preview host exited with ${code}: ${stderr}`)));
  });
  return {
    url,
    origin: new URL(url).origin,
    dataDir,
    stop: async () => {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
