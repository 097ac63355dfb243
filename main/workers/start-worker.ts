// Starts one of our worker-thread modules: the compiled .cjs / .js beside the calling module (a bundle ships them
// next to itself), or the .ts through tsx in development and tests. Null where neither exists, so callers can fall
// back to doing the work in their own thread.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/** `here`: the caller's import.meta.url; `name`: the worker module's file name without extension, beside it. */
export function startWorkerBeside(here: string | undefined, name: string, options: WorkerOptions = {}): Worker | null {
  try {
    if (!here) return null;
    for (const file of [`./${name}.cjs`, `./${name}.js`]) {
      const built = new URL(file, here);
      if (existsSync(fileURLToPath(built))) return new Worker(built, options);
    }
    const ts = new URL(`./${name}.ts`, here);
    if (!here.endsWith('.ts') || !existsSync(fileURLToPath(ts))) return null;
    const tsx = pathToFileURL(join(dirname(createRequire(here).resolve('tsx/package.json')), 'dist', 'esm', 'api', 'index.mjs')).href;
    const boot = `(async () => { const { register } = await import(${JSON.stringify(tsx)}); register(); await import(${JSON.stringify(ts.href)}); })();`;
    return new Worker(boot, { ...options, eval: true });
  } catch {
    return null;
  }
}
