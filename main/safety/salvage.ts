// Reads what survives in a damaged database file, falling back row by row to backups: every file is opened
// read-only, every row is one lookup, and the first source that answers (a row, or "no such row") wins. A row that
// errors — or fails its check — in one source is looked up in the next. Rows are immutable once written (raw X12,
// audit entries), so the same id in a backup is the same row.
import type Database from 'better-sqlite3';
import { openRaw, type DbKey } from '../../db/driver.js';
import { probeRow, rowidUpperBound, type Probe } from '../../db/queries/salvage.js';

export interface SalvageSource { file: string; role: 'damaged' | 'backup' | 'current'; sqlite: Database.Database }
export type Answer = { row: Record<string, unknown>; source: SalvageSource } | { absent: true; source: SalvageSource } | { unreadable: true };

export class SalvageSet {
  private constructor(readonly sources: SalvageSource[], readonly unopenable: string[]) {}

  /** Opens each file read-only; a file too damaged to open (or with a wrong key) is listed, not fatal. */
  static open(files: ReadonlyArray<{ file: string; role: SalvageSource['role'] }>, key: DbKey): SalvageSet {
    const sources: SalvageSource[] = [];
    const unopenable: string[] = [];
    for (const f of files) {
      try {
        const sqlite = openRaw(f.file, key, { readonly: true, fileMustExist: true });
        try {
          sqlite.prepare('SELECT count(*) FROM sqlite_master').get(); // the schema must read, or nothing else will
        } catch (err) {
          sqlite.close();
          throw err;
        }
        sources.push({ ...f, sqlite });
      } catch {
        unopenable.push(f.file);
      }
    }
    return new SalvageSet(sources, unopenable);
  }

  get empty(): boolean { return this.sources.length === 0; }

  /** The highest rowid any source may hold for `table` (0 when none can say). */
  upperBound(table: string): number {
    return Math.max(0, ...this.sources.map((s) => rowidUpperBound(s.sqlite, table) ?? 0));
  }

  /** The first definite answer for `rowid`; `accept` rejects a row that read but is wrong (its check failed). */
  lookup(table: string, rowid: number, accept: (row: Record<string, unknown>) => boolean = () => true): Answer {
    for (const source of this.sources) {
      const p: Probe = probeRow(source.sqlite, table, rowid);
      if (p.kind === 'absent') return { absent: true, source };
      if (p.kind === 'row' && accept(p.row)) return { row: p.row, source };
    }
    return { unreadable: true };
  }

  /** Every row of `table` the sources can give, in rowid order, with a count of rowids none could read. */
  *rows(table: string, stats: { unreadable: number }, accept?: (row: Record<string, unknown>) => boolean): Generator<{ rowid: number; row: Record<string, unknown>; source: SalvageSource }> {
    const upper = this.upperBound(table);
    for (let rowid = 1; rowid <= upper; rowid++) {
      const a = this.lookup(table, rowid, accept);
      if ('row' in a) yield { rowid, row: a.row, source: a.source };
      else if ('unreadable' in a) stats.unreadable++;
    }
  }

  close(): void {
    for (const s of this.sources) if (s.sqlite.open) s.sqlite.close();
  }
}
