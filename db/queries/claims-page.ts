// One keyset page of claims, planned so it stays fast over millions of rows whatever the filter:
//   1. The sort order is cut into index-friendly segments (NULL sort values form their own segment), each a plain
//      range on the sort column's index.
//   2. In each segment the sort index is walked for at most SCAN_ROWS rows, checking the filter: when the filter
//      matches one claim in sixty or more, a 50-row page fills within that walk.
//   3. Otherwise the filter is rare, so its own index finds the few matching claims and they are sorted.
// SQLite's planner, left alone, tends to pick the filter's index and sort everything that matches, even when that
// is most of the table; this does the choice a LIMIT makes obvious.
import type { Db } from '../open.js';
import type { Where } from './claim-filter.js';
import { stmt } from './statements.js';

export type CursorValue = string | number | null;
/** `filterIndex`: an index led by one of the filter's equalities and then ordered like the sort, if there is one:
 *  where the filter is rare it finds the page in order, without sorting what matches. */
export interface SortSpec { column: string; index: string; nullable: boolean; dir: 'asc' | 'desc'; filterIndex?: string }

/** Rows of the sort index one page may walk before the filter's own index is used instead. */
export const SCAN_ROWS = 3000;

interface Segment { sql: (col: string) => string; params: unknown[] }

/** The rest of the order after (value, id), as segments in order. */
function segments(s: SortSpec, cursor: [CursorValue, number] | null): Segment[] {
  const all: Segment = { sql: () => '1', params: [] };
  const isNull: Segment = { sql: (c) => `${c} IS NULL`, params: [] };
  const notNull: Segment = { sql: (c) => `${c} IS NOT NULL`, params: [] };
  const nullsAfter = s.dir === 'desc'; // NULLs sort first ascending and last descending, as in the index
  const cmp = s.dir === 'desc' ? '<' : '>';
  if (!cursor) return !s.nullable ? [all] : nullsAfter ? [notNull, isNull] : [isNull, notNull];
  const [value, id] = cursor;
  if (value === null) {
    const rest: Segment = { sql: (c) => `${c} IS NULL AND c.id ${cmp} ?`, params: [id] };
    return nullsAfter ? [rest] : [rest, notNull];
  }
  const range: Segment = { sql: (c) => `(${c}, c.id) ${cmp} (?, ?)`, params: [value, id] };
  return nullsAfter && s.nullable ? [range, isNull] : [range];
}

export interface PageKey { id: number; v: CursorValue }

/** Claims in order after `cursor` matching `where`, at most `limit`, as (id, sort value): the caller reads the rows of
 *  just these, so no phase carries wide rows through a sort. `few`: the filter is known to match few claims (a short
 *  id list, a rare search term): let it lead at once. */
export function pageKeys(
  db: Db, where: { drive: Where; check: Where }, s: SortSpec, cursor: [CursorValue, number] | null, limit: number, few = false, scanRows = SCAN_ROWS,
): PageKey[] {
  const col = `c.${s.column}`;
  const order = (c: string) => `ORDER BY ${c} ${s.dir} ${s.dir === 'desc' ? 'NULLS LAST' : 'NULLS FIRST'}, c.id ${s.dir}`;
  const out: PageKey[] = [];
  for (const seg of segments(s, cursor)) {
    const want = limit - out.length;
    if (want <= 0) break;
    if (few) {
      out.push(...stmt(db, `SELECT c.id AS id, ${col} AS v FROM claims c WHERE ${seg.sql(`+${col}`)} AND ${where.drive.sql} ${order(`+${col}`)} LIMIT ?`)
        .all(...seg.params, ...where.drive.params, want) as PageKey[]);
      continue;
    }
    if (scanRows <= 0 && s.filterIndex) { // the caller knows the filter is rare: its ordered index leads from the start
      out.push(...stmt(db, `SELECT c.id AS id, ${col} AS v FROM claims c INDEXED BY ${s.filterIndex} WHERE ${seg.sql(col)} AND ${where.drive.sql} ${order(col)} LIMIT ?`)
        .all(...seg.params, ...where.drive.params, want) as PageKey[]);
      continue;
    }
    // 2. the first SCAN_ROWS rows of the segment in sort order end at `edge` (none: the segment is shorter)
    const edge = stmt(db, `SELECT ${col} AS v, c.id AS id FROM claims c INDEXED BY ${s.index} WHERE ${seg.sql(col)} ${order(col)} LIMIT 1 OFFSET ?`)
      .get(...seg.params, scanRows - 1) as PageKey | undefined;
    const upTo = edge ? segments({ ...s, dir: s.dir === 'desc' ? 'asc' : 'desc' }, [edge.v, edge.id])[0]! : null; // rows before the edge
    const walk = stmt(db, `SELECT c.id AS id, ${col} AS v FROM claims c INDEXED BY ${s.index}
      WHERE ${seg.sql(col)} AND ${upTo ? `(${upTo.sql(col)} OR (${col} IS ? AND c.id = ?))` : '1'} AND ${where.check.sql} ${order(col)} LIMIT ?`)
      .all(...seg.params, ...(upTo ? [...upTo.params, edge!.v, edge!.id] : []), ...where.check.params, want) as PageKey[];
    out.push(...walk);
    if (!edge || walk.length === want) continue;
    // 3. past the edge: the filter is rare here, so let its index lead (+ keeps the sort column's index out of it)
    const from = segments(s, [edge.v, edge.id])[0]!;
    const lead = s.filterIndex ? `INDEXED BY ${s.filterIndex}` : '';
    const rangeCol = s.filterIndex ? col : `+${col}`;
    out.push(...stmt(db, `SELECT c.id AS id, ${col} AS v FROM claims c ${lead} WHERE ${seg.sql(rangeCol)} AND ${from.sql(rangeCol)} AND ${where.drive.sql}
      ${order(rangeCol)} LIMIT ?`).all(...seg.params, ...from.params, ...where.drive.params, want - walk.length) as PageKey[]);
  }
  return out;
}
