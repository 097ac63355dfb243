// Headless ClaimTrail for IT staff and scheduled jobs: `npm run cli -- <command>` or `npx tsx main/cli/index.ts <command>`.
// Same database and ingestion code as the app. Exit codes: 0 done, 3 done with exceptions logged, 2 usage, 1 failure.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { UsageError } from './args.js';
import { exportCommand } from './commands/export.js';
import { importCommand } from './commands/import.js';
import { reportCommand } from './commands/report.js';
import { scheduledExportsCommand } from './commands/scheduled-exports.js';
import { statsCommand } from './commands/stats.js';
import { EXIT, type CliIo } from './io.js';

export const USAGE = `usage: claimtrail <command> [options]   (every command takes --data-dir DIR)
  import <file-or-folder>... [--json]
  export claims --format csv|jsonl|xlsx [--out FILE] [--status paid,denied] [--payer ID] [--npi NPI] [--from DATE] [--to DATE] [--search TEXT] [--flags a,b]
  report <top-providers|payer-turnaround|aging|denials|first-pass> --format csv|jsonl|xlsx|pdf [--out FILE] [--from DATE] [--to DATE] [--as-of DATE]
  stats [--json]
  scheduled-exports [--run-due] [--json]   (the schedules set in Settings; --run-due runs those due, unless the app is open)
  sync [--once] [--since DATE] [--core-url URL] [--healthcare-url URL] [--interval-minutes N] [--concurrency N]
`;

type SyncModule = { runSyncCommand(argv: string[], io: CliIo): Promise<number> };

async function syncCommand(argv: string[], io: CliIo): Promise<number> {
  const file = join(dirname(fileURLToPath(import.meta.url)), '..', 'sync', 'cli-sync.ts');
  if (!existsSync(file)) throw new UsageError('the sync command is not available in this build');
  const mod = (await import(pathToFileURL(file).href)) as SyncModule;
  return mod.runSyncCommand(argv, io);
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'import': return await importCommand(rest, io);
      case 'export': return await exportCommand(rest, io);
      case 'report': return await reportCommand(rest, io);
      case 'stats': return statsCommand(rest, io);
      case 'scheduled-exports': return await scheduledExportsCommand(rest, io);
      case 'sync': return await syncCommand(rest, io);
      case undefined: case 'help': case '--help': case '-h':
        io.out(USAGE);
        return command ? EXIT.ok : EXIT.usage;
      default: throw new UsageError(`unknown command ${command}`);
    }
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`${err.message}\n${USAGE}`);
      return EXIT.usage;
    }
    // The message only: stacks and record data stay out of scheduled-job logs.
    io.err(`failed: ${err instanceof Error ? err.message : String(err)}\n`);
    return EXIT.failure;
  }
}

const invokedDirectly = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (invokedDirectly) {
  process.umask(0o077); // exports and databases hold PHI: owner-only
  const io: CliIo = { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t), env: process.env, now: () => new Date() };
  process.exitCode = await runCli(process.argv.slice(2), io);
}
