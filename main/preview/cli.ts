// `npm run preview`: serves the built renderer and the real handlers on 127.0.0.1 and prints the URL first.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs, portFlag, UsageError } from '../app/args.js';
import { startAppHost } from '../app/app-host.js';
import { defaultDataDir, demoDatasetDir, devMigrationsDir, sourceRoot } from '../app/paths.js';
import { packageVersion } from '../app/version.js';
import { createFileLogger } from '../log/logger.js';
import { newToken } from './auth.js';
import { startPreviewHost } from './server.js';

async function main(argv: string[]): Promise<void> {
  process.umask(0o077); // patient data: owner-only files
  const args = parseArgs(argv, ['data-dir', 'port'], ['demo', 'empty', 'manual-sync']);
  const dataDir = resolve(String(args.flags.get('data-dir') ?? defaultDataDir()));
  const staticDir = join(sourceRoot(), 'dist', 'renderer');
  if (!existsSync(join(staticDir, 'index.html'))) throw new UsageError('The renderer is not built: run `npm run build:renderer` (npm run preview does this).');
  const log = createFileLogger({ dir: join(dataDir, 'logs') });
  // The key comes from STEDI_API_KEY or STEDI_API_KEY_FILE here (no keychain); hosts from STEDI_CORE_URL / STEDI_HEALTHCARE_URL.
  const app = startAppHost({
    dataDir, migrationsDir: devMigrationsDir(), runtime: 'preview', version: packageVersion(), log,
    stedi: { coreUrl: process.env.STEDI_CORE_URL, healthcareUrl: process.env.STEDI_HEALTHCARE_URL },
    scheduleSync: args.flags.get('manual-sync') !== true, // --manual-sync: no scheduled runs, only Sync now (tests that watch a run)
    demoDir: demoDatasetDir(), firstRunDemo: args.flags.get('empty') !== true, // --empty: start as a new office with no demo
  });
  await app.ready;
  // --demo: start with the bundled demo dataset loaded even when a key is set; loading twice changes nothing.
  if (args.flags.get('demo') === true) {
    const loaded = await app.dispatch('loadDemoDataset', undefined);
    if (!loaded.ok) throw new Error(`the demo dataset could not be loaded: ${loaded.error.message}`);
  }
  // The deferred integrity check and the daily backups run in worker threads, a while after start.
  const stopHousekeeping = app.core.startHousekeeping();
  const host = await startPreviewHost({ dispatch: app.dispatch, staticDir, token: newToken(), port: portFlag(args.flags.get('port')) });
  app.setEmitter(host.emit);
  process.stdout.write(`ClaimTrail preview: ${host.url}\n`);
  process.stdout.write(`Data folder: ${dataDir}\nPress Ctrl+C to stop.\n`);
  log.info(`preview host listening on 127.0.0.1:${host.port}`);
  const stop = async () => {
    stopHousekeeping();
    await host.close();
    await app.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

main(process.argv.slice(2)).catch((err: unknown) => {
  process.stderr.write(`ClaimTrail preview could not start: ${(err as Error).message}\n`);
  process.exit(err instanceof UsageError ? 2 : 1);
});
