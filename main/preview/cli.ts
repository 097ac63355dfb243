// `npm run preview`: serves the built renderer and the real handlers on 127.0.0.1 and prints the URL first.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs, portFlag, UsageError } from '../app/args.js';
import { bootCore } from '../app/core.js';
import { defaultDataDir, devMigrationsDir, sourceRoot } from '../app/paths.js';
import { packageVersion } from '../app/version.js';
import { createFileLogger } from '../log/logger.js';
import { newToken } from './auth.js';
import { startPreviewHost } from './server.js';

async function main(argv: string[]): Promise<void> {
  process.umask(0o077); // patient data: owner-only files
  const args = parseArgs(argv, ['data-dir', 'port'], ['demo']);
  const dataDir = resolve(String(args.flags.get('data-dir') ?? defaultDataDir()));
  const staticDir = join(sourceRoot(), 'dist', 'renderer');
  if (!existsSync(join(staticDir, 'index.html'))) throw new UsageError('The renderer is not built: run `npm run build:renderer` (npm run preview does this).');
  const log = createFileLogger({ dir: join(dataDir, 'logs') });
  const core = bootCore({ dataDir, migrationsDir: devMigrationsDir(), runtime: 'preview', version: packageVersion(), log });
  // --demo: start with the bundled demo dataset loaded (e2e tests and first looks); loading twice changes nothing.
  if (args.flags.get('demo') === true) {
    const loaded = await core.dispatch('loadDemoDataset', undefined);
    if (!loaded.ok) throw new Error(`the demo dataset could not be loaded: ${loaded.error.message}`);
  }
  core.backupIfDue();
  const backupTimer = setInterval(() => core.backupIfDue(), 60 * 60 * 1000);
  const host = await startPreviewHost({ dispatch: core.dispatch, staticDir, token: newToken(), port: portFlag(args.flags.get('port')) });
  process.stdout.write(`ClaimTrail preview: ${host.url}\n`);
  process.stdout.write(`Data folder: ${dataDir}\nPress Ctrl+C to stop.\n`);
  log.info(`preview host listening on 127.0.0.1:${host.port}`);
  const stop = async () => {
    clearInterval(backupTimer);
    await host.close();
    core.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

main(process.argv.slice(2)).catch((err: unknown) => {
  process.stderr.write(`ClaimTrail preview could not start: ${(err as Error).message}\n`);
  process.exit(err instanceof UsageError ? 2 : 1);
});
