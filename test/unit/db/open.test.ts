import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { MigrationError, openDb } from '../../../db/open.js';
import { MIGRATIONS_DIR, tempDir } from '../../helpers/db.js';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

describe('openDb', () => {
  it('applies the committed migrations with WAL and foreign keys on', () => {
    const tmp = tempDir(); cleanup = tmp.remove;
    const db = openDb(join(tmp.dir, 'a.db'), MIGRATIONS_DIR);
    expect(db.$client.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.$client.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.$client.prepare(`SELECT name FROM sqlite_master WHERE name = 'app_settings'`).get()).toBeTruthy();
    db.$client.close();
  });

  it('leaves the previous database untouched when a migration fails, and says so', () => {
    const tmp = tempDir(); cleanup = tmp.remove;
    const file = join(tmp.dir, 'b.db');
    const first = openDb(file, MIGRATIONS_DIR);
    first.$client.prepare(`INSERT INTO app_settings (key, value, updated_at) VALUES ('kept', '"yes"', '2026-11-23')`).run();
    first.$client.close();

    // A copy of the real migrations plus one broken step: it creates a table, then fails.
    const broken = join(tmp.dir, 'migrations');
    cpSync(MIGRATIONS_DIR, broken, { recursive: true });
    const journalFile = join(broken, 'meta', '_journal.json');
    const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: Array<Record<string, unknown>> };
    const tag = '9999_broken';
    journal.entries.push({ idx: journal.entries.length, version: '6', when: Date.now() + 1000, tag, breakpoints: true });
    writeFileSync(journalFile, JSON.stringify(journal));
    mkdirSync(broken, { recursive: true });
    writeFileSync(join(broken, `${tag}.sql`), 'CREATE TABLE half_done (x integer);\n--> statement-breakpoint\nINSERT INTO no_such_table VALUES (1);');

    expect(() => openDb(file, broken)).toThrow(MigrationError);

    const raw = new Database(file);
    expect(raw.prepare(`SELECT value FROM app_settings WHERE key = 'kept'`).pluck().get()).toBe('"yes"');
    expect(raw.prepare(`SELECT name FROM sqlite_master WHERE name = 'half_done'`).get()).toBeUndefined();
    raw.close();
  });
});
