// The app version, read once from package.json (the desktop shell uses app.getVersion() instead).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sourceRoot } from './paths.js';

export function packageVersion(root = sourceRoot()): string {
  return (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
}
