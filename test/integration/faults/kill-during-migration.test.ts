// Kill -9 while a migration runs, at several points: the database is either as before or fully migrated,
// never half-way, and what was stored before is intact.
import { spawn } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openDb } from '../../../db/open.js';
import { checkFile } from '../../../main/safety/integrity.js';
import { MIGRATIONS_DIR, tempDir } from '../../helpers/db.js';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

/** The real migrations plus a slow one (builds and indexes a large table), so there is time to kill it. */
function slowMigrations(dir: string): string {
  const out = join(dir, 'migrations');
  cpSync(MIGRATIONS_DIR, out, { recursive: true });
  const journalFile = join(out, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: Array<Record<string, unknown>> };
  journal.entries.push({ idx: journal.entries.length, version: '6', when: Date.now() + 10_000, tag: '9000_slow', breakpoints: true });
  writeFileSync(journalFile, JSON.stringify(journal));
  writeFileSync(join(out, '9000_slow.sql'), [
    `CREATE TABLE slow_big (n integer primary key, v text);`,
    `INSERT INTO slow_big SELECT value, hex(randomblob(32)) FROM generate_series(1, 400000);`,
    `CREATE INDEX slow_big_v ON slow_big (v);`,
  ].join('\n--> statement-breakpoint\n').replace('generate_series(1, 400000)', '(WITH RECURSIVE c(value) AS (SELECT 1 UNION ALL SELECT value + 1 FROM c WHERE value < 400000) SELECT value FROM c)'));
  return out;
}

function runAndKill(file: string, migrations: string, afterMs: number): Promise<'killed' | 'finished'> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/integration/faults/children/migrate.ts', file, migrations], { stdio: ['ignore', 'pipe', 'ignore'] });
    let finished = false;
    child.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('opening')) setTimeout(() => { if (!finished) child.kill('SIGKILL'); }, afterMs);
      if (chunk.toString().includes('migrated')) finished = true;
    });
    child.on('exit', () => resolve(finished ? 'finished' : 'killed'));
  });
}

describe('fault: killed during a migration', () => {
  it('never leaves a half-migrated database (several kill points)', async () => {
    const tmp = tempDir(); cleanup = tmp.remove;
    const migrations = slowMigrations(tmp.dir);
    const outcomes: string[] = [];
    for (const delay of [20, 200, 500]) {
      const file = join(tmp.dir, `db-${delay}.db`);
      const before = openDb(file, MIGRATIONS_DIR);
      before.$client.prepare(`INSERT INTO app_settings (key, value, updated_at) VALUES ('kept', '"yes"', 'x')`).run();
      before.$client.close();

      outcomes.push(await runAndKill(file, migrations, delay));

      expect(checkFile(file, 'full')).toEqual({ ok: true });
      const raw = new Database(file, { readonly: true });
      const hasTable = raw.prepare(`SELECT 1 FROM sqlite_master WHERE name = 'slow_big'`).get() !== undefined;
      const applied = raw.prepare('SELECT count(*) FROM __drizzle_migrations').pluck().get() as number;
      expect(raw.prepare(`SELECT value FROM app_settings WHERE key = 'kept'`).pluck().get()).toBe('"yes"');
      if (hasTable) {
        expect(raw.prepare('SELECT count(*) FROM slow_big').pluck().get()).toBe(400_000);
        expect(raw.prepare(`SELECT 1 FROM sqlite_master WHERE name = 'slow_big_v'`).get()).toBeDefined();
      }
      const journalLength = (JSON.parse(readFileSync(join(migrations, 'meta', '_journal.json'), 'utf8')) as { entries: unknown[] }).entries.length;
      expect(applied).toBe(hasTable ? journalLength : journalLength - 1);
      raw.close();
    }
    expect(outcomes).toContain('killed');
    // And an interrupted upgrade completes on the next start.
    const resumed = openDb(join(tmp.dir, 'db-20.db'), migrations);
    expect(resumed.$client.prepare('SELECT count(*) FROM slow_big').pluck().get()).toBe(400_000);
    resumed.$client.close();
  }, 120_000);
});
