// Starts the Stedi emulator as its own process (test/emulator/cli.ts) and hands the tests its address and key,
// plus the environment that points a preview host at it.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

export interface RunningEmulator {
  url: string;
  /** STEDI_* variables for launchPreviewHost: key, its mode (the emulator serves test-mode transactions), hosts. */
  env: NodeJS.ProcessEnv;
  stop(): Promise<void>;
}

export async function launchEmulator(args: string[] = ['--claims', '200', '--latency', '20']): Promise<RunningEmulator> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/emulator/cli.ts', ...args], { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (c) => { stderr += c; });
  const info = await new Promise<{ url: string; coreUrl: string; healthcareUrl: string; apiKey: string }>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the emulator did not start: ${stderr}`)), 60_000);
    createInterface({ input: child.stdout! }).once('line', (line) => {
      clearTimeout(timer);
      try { resolve(JSON.parse(line)); } catch { reject(new Error(`unexpected first line from the emulator: ${line}\n${stderr}`)); }
    });
    child.once('exit', (code) => reject(new Error(`the emulator exited with ${code}: ${stderr}`)));
  });
  return {
    url: info.url,
    env: { STEDI_API_KEY: info.apiKey, STEDI_API_MODE: 'test', STEDI_CORE_URL: info.coreUrl, STEDI_HEALTHCARE_URL: info.healthcareUrl },
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
