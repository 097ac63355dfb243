// Where ClaimTrail keeps things, computed in plain Node so the CLI and preview host agree with the desktop app.
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PRODUCT_NAME = 'ClaimTrail';
export const DATABASE_FILE_NAME = 'claimtrail.db';

/** The desktop app's data folder (Electron's userData for this product), unless CLAIMTRAIL_DATA_DIR says otherwise. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.CLAIMTRAIL_DATA_DIR) return resolve(env.CLAIMTRAIL_DATA_DIR);
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), PRODUCT_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', PRODUCT_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), PRODUCT_NAME);
}

/** The repository (or unpacked app) root, found from this file's location: main/app/paths.ts → ../.. */
export function sourceRoot(): string {
  return resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
}

export const devMigrationsDir = (): string => join(sourceRoot(), 'db', 'migrations');
export const demoDatasetDir = (root = sourceRoot()): string => join(root, 'demo', 'x12');
