// Bundles the Electron main process and the preload script to CommonJS (sandboxed preloads require it).
// better-sqlite3 and electron stay external: native modules are rebuilt for Electron at packaging time.
import { build } from 'esbuild';

const common = {
  bundle: true, platform: 'node' as const, target: 'node20', format: 'cjs' as const, sourcemap: true, logLevel: 'warning' as const,
  // ESM sources use import.meta.url; in the CJS bundle it becomes this file's URL.
  define: { 'import.meta.url': '__importMetaUrl' },
  banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
};

await build({ ...common, entryPoints: ['main/index.ts'], outfile: 'dist-electron/main.cjs', external: ['electron', 'better-sqlite3', 'better-sqlite3-multiple-ciphers'] });
await build({ ...common, entryPoints: ['main/preload.ts'], outfile: 'dist-electron/preload.cjs', external: ['electron'], minify: true });
// Imports read and parse X12 in a worker thread; the bundle looks for it beside itself (main/ingest/staged-files.ts).
// Worker threads (main/workers/start-worker.ts looks for them beside the bundle): imports read and parse X12 in one,
// backups and background integrity checks read the database in another.
for (const [entry, out] of [['main/ingest/parse-worker.ts', 'parse-worker'], ['main/safety/db-worker.ts', 'db-worker']]) {
  await build({ ...common, entryPoints: [entry!], outfile: `dist-electron/${out}.cjs`, external: ['better-sqlite3', 'better-sqlite3-multiple-ciphers'] });
}
console.log('built dist-electron/main.cjs, preload.cjs, parse-worker.cjs and db-worker.cjs');
