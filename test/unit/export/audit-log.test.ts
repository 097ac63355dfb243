// The audit log's chain: appends link up, SQLite refuses edits, and verification catches edits made behind its back.
import { describe, expect, it } from 'vitest';
import { AUDIT_GENESIS, appendAudit, iterateAudit, listAudit, verifyAudit } from '../../../db/queries/audit.js';
import { openTestDb } from '../../helpers/db.js';

const at = (minute: number) => new Date(Date.UTC(2026, 10, 23, 10, minute));

function seeded(count = 5) {
  const db = openTestDb();
  for (let i = 1; i <= count; i++) {
    appendAudit(db, { action: i % 2 ? 'export' : 'print', subject: `claims ${i}`, actor: 'biller', detail: { rows: i * 10, format: 'csv' } }, at(i));
  }
  return db;
}

/** What an attacker with the sqlite3 shell could do: drop the triggers, then edit. */
function tamper(db: ReturnType<typeof openTestDb>, sql: string): void {
  db.$client.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;');
  db.$client.exec(sql);
}

describe('audit log', () => {
  it('chains each entry to the one before it', () => {
    const db = seeded(3);
    const entries = [...iterateAudit(db)];
    expect(entries.map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(entries[0]!.prevHash).toBe(AUDIT_GENESIS);
    expect(entries[1]!.prevHash).toBe(entries[0]!.hash);
    expect(entries[2]!.prevHash).toBe(entries[1]!.hash);
    expect(new Set(entries.map((e) => e.hash)).size).toBe(3);
    expect(entries[2]).toMatchObject({ action: 'export', subject: 'claims 3', actor: 'biller', at: at(3).toISOString(), detail: { rows: 30, format: 'csv' } });
    expect(verifyAudit(db)).toEqual({ ok: true, entries: 3, headHash: entries[2]!.hash });
  });

  it('is append-only: SQLite refuses updates and deletes', () => {
    const db = seeded(2);
    expect(() => db.$client.exec("UPDATE audit_log SET detail = '{}' WHERE seq = 1")).toThrow(/append-only/);
    expect(() => db.$client.exec('DELETE FROM audit_log WHERE seq = 2')).toThrow(/append-only/);
    expect(verifyAudit(db).ok).toBe(true);
  });

  it('detects an edited entry', () => {
    const db = seeded();
    tamper(db, `UPDATE audit_log SET detail = '{"rows":1,"format":"csv"}' WHERE seq = 3`);
    expect(verifyAudit(db)).toMatchObject({ ok: false, badSeq: 3, problem: 'content', entries: 2 });
  });

  it('detects a deleted entry', () => {
    const db = seeded();
    tamper(db, 'DELETE FROM audit_log WHERE seq = 2');
    expect(verifyAudit(db)).toMatchObject({ ok: false, badSeq: 3, problem: 'gap' });
  });

  it('detects an entry rewritten with a fresh, self-consistent hash', () => {
    const db = seeded();
    const original = [...iterateAudit(db)][1]!;
    tamper(db, `UPDATE audit_log SET subject = 'nothing', hash = '${'f'.repeat(64)}' WHERE seq = 2`);
    const result = verifyAudit(db);
    expect(result).toMatchObject({ ok: false, badSeq: 2, problem: 'content' });
    expect(original.subject).toBe('claims 2');
  });

  it('detects a renumbered entry whose link no longer fits', () => {
    const db = seeded();
    tamper(db, 'DELETE FROM audit_log WHERE seq = 3; UPDATE audit_log SET seq = seq - 1 WHERE seq > 3');
    expect(verifyAudit(db)).toMatchObject({ ok: false, badSeq: 3, problem: 'link' });
  });

  it('lists newest first in keyset pages, optionally by action', () => {
    const db = seeded(5);
    const first = listAudit(db, { limit: 2 });
    expect(first.map((e) => e.seq)).toEqual([5, 4]);
    expect(listAudit(db, { limit: 2, beforeSeq: 4 }).map((e) => e.seq)).toEqual([3, 2]);
    expect(listAudit(db, { limit: 10, action: 'print' }).map((e) => e.seq)).toEqual([4, 2]);
  });
});
