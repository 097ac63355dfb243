// Keeps the walls where the design puts them: Electron in five shell files, the renderer free of Node and main.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = process.cwd();
const ELECTRON_SHELL = ['main/index.ts', 'main/window.ts', 'main/preload.ts', 'main/secrets.ts', 'main/ipc/bridge.ts'];

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(ROOT, dir))) {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) out.push(...sources(path));
    else if (/\.(ts|tsx)$/.test(name)) out.push(path);
  }
  return out;
}

const importsOf = (file: string): string[] =>
  [...readFileSync(join(ROOT, file), 'utf8').matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/g)].map((m) => m[1]!);

describe('architecture', () => {
  it('imports electron (at run time) only from the five shell files', () => {
    const offenders = [...sources('main'), ...sources('db'), ...sources('shared')]
      .filter((f) => !ELECTRON_SHELL.includes(relative(ROOT, join(ROOT, f))))
      .filter((f) => readFileSync(join(ROOT, f), 'utf8').match(/^\s*import\s+(?!type\b)[^;]*from\s+['"]electron['"]/m));
    expect(offenders).toEqual([]);
  });

  it('keeps the renderer away from Node, Electron, main/ and db/', () => {
    const offenders = sources('renderer').flatMap((f) =>
      importsOf(f).filter((i) => i.startsWith('node:') || i === 'electron' || /(^|\/)(main|db)\//.test(i) || ['fs', 'path', 'child_process'].includes(i))
        .map((i) => `${f} → ${i}`));
    expect(offenders).toEqual([]);
  });

  it('keeps shared/ dependent on zod only', () => {
    const offenders = sources('shared').flatMap((f) =>
      importsOf(f).filter((i) => !i.startsWith('.') && i !== 'zod').map((i) => `${f} → ${i}`));
    expect(offenders).toEqual([]);
  });
});
