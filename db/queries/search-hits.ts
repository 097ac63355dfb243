// The claims a search matches, for the claim list. FTS5 lists every match of a term quickly but answers "does claim X
// match?" slowly (it re-reads the term's lists each time), so the matches are listed once per page: few, they lead
// the page; many, the page walks its sort order and tests each claim against them here, in a JS set, through a SQL
// function. Either way no SQL ever collects a hundred thousand matches into a temporary index.
import type Database from 'better-sqlite3';
import type { Db } from '../open.js';
import { ftsQuery } from './claim-filter.js';
import { stmt } from './statements.js';

const FN = 'claimtrail_search_hit';
/** A condition on claims `c`, true for claims in the set passed to withSearchHits. */
export const SEARCH_HIT_SQL = `${FN}(c.id)`;

let current: readonly number[] | null = null;

/** Binary search in ascending ids: no set to build for a hundred thousand matches. */
function has(ids: readonly number[], id: number): boolean {
  let lo = 0, hi = ids.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = ids[mid]!;
    if (v === id) return true;
    if (v < id) lo = mid + 1; else hi = mid - 1;
  }
  return false;
}
const registered = new WeakSet<Database.Database>();

/** Every claim id the text matches, ascending, or null when the text holds no searchable word. */
export function searchHits(db: Db, text: string | undefined): number[] | null {
  const fts = text?.trim() ? ftsQuery(text) : null;
  return fts ? stmt(db, 'SELECT rowid FROM claims_fts WHERE claims_fts MATCH ? ORDER BY rowid').pluck().all(fts) as number[] : null;
}

/** Runs `fn` with SEARCH_HIT_SQL testing against `hits`, ascending (synchronous: nothing else runs in between). */
export function withSearchHits<T>(db: Db, hits: readonly number[], fn: () => T): T {
  if (!registered.has(db.$client)) {
    db.$client.function(FN, { deterministic: false }, (id: unknown) => (current && has(current, id as number) ? 1 : 0));
    registered.add(db.$client);
  }
  const before = current;
  current = hits;
  try { return fn(); } finally { current = before; }
}
