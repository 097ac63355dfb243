// `npm start`: the desktop app when the Electron runtime is installed; otherwise the very same app served by the
// preview host on 127.0.0.1 (machines where the Electron binary cannot be downloaded, servers, CI).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const run = (args) => spawnSync(npm, args, { stdio: 'inherit', shell: process.platform === 'win32' }).status ?? 1;

function electronBinary() {
  try {
    const dir = dirname(require.resolve('electron/package.json'));
    const rel = readFileSync(join(dir, 'path.txt'), 'utf8');
    const bin = join(dir, 'dist', rel);
    return existsSync(bin) ? bin : null;
  } catch {
    return null;
  }
}

const extra = process.argv.slice(2);
const bin = electronBinary();
if (bin && !process.env.CLAIMTRAIL_PREVIEW) {
  let code = run(['run', 'build']);
  if (code === 0) code = spawnSync(bin, ['.', ...extra], { stdio: 'inherit' }).status ?? 1;
  process.exit(code);
}
process.stderr.write('The Electron runtime is not installed here (or CLAIMTRAIL_PREVIEW is set): starting the same app in the preview host.\n'
  + 'Open the address printed below in a browser. To install the desktop runtime: node node_modules/electron/install.js\n');
process.exit(run(['run', 'preview', '--', ...extra]));
