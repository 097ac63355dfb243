// The claims list's window onto the filtered set: keyset pages fetched on demand, a bounded number kept.
// Pure bookkeeping, no I/O: the claims store calls these and does the fetching.
import type { ClaimRow } from '../../shared/domain/claims';

export const PAGE_SIZE = 200;
/** Pages held at once (6 000 rows): scrolling far evicts the farthest; their cursors stay to fetch them again. */
export const MAX_PAGES = 30;

export interface PageWindow {
  pages: ReadonlyMap<number, ClaimRow[]>;
  /** cursors[i] is the `after` that fetches page i (undefined for page 0); known for every page reached so far. */
  cursors: readonly (string | undefined)[];
  /** Rows addressable so far: the scroll height. Grows as the user reaches the end of what is known. */
  extent: number;
  hasMore: boolean;
}

export const emptyWindow = (): PageWindow => ({ pages: new Map(), cursors: [undefined], extent: 0, hasMore: true });

export function rowAt(w: PageWindow, index: number): ClaimRow | undefined {
  return w.pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE];
}

/** Pages needed to show rows [start, end]: those in range not held, whose cursor is known. */
export function missingPages(w: PageWindow, start: number, end: number): number[] {
  const first = Math.max(0, Math.floor(start / PAGE_SIZE));
  const last = Math.floor(Math.max(start, end) / PAGE_SIZE);
  const out: number[] = [];
  for (let p = first; p <= last && p < w.cursors.length; p++) {
    if (!w.pages.has(p) && (p * PAGE_SIZE < w.extent || (w.hasMore && p === w.cursors.length - 1))) out.push(p);
  }
  return out;
}

/** Adds a fetched page, learns the next cursor, and evicts the pages farthest from `focusPage`. */
export function withPage(w: PageWindow, index: number, rows: ClaimRow[], nextCursor: string | null, focusPage: number): PageWindow {
  const pages = new Map(w.pages).set(index, rows);
  const cursors = [...w.cursors];
  const isLastKnown = index === cursors.length - 1;
  if (isLastKnown && nextCursor) cursors.push(nextCursor);
  const extent = Math.max(w.extent, index * PAGE_SIZE + rows.length);
  const hasMore = isLastKnown ? nextCursor !== null : w.hasMore;
  while (pages.size > MAX_PAGES) {
    let farthest = -1;
    for (const p of pages.keys()) if (farthest < 0 || Math.abs(p - focusPage) > Math.abs(farthest - focusPage)) farthest = p;
    pages.delete(farthest);
  }
  return { pages, cursors, extent, hasMore };
}

/** Rows currently held, in order: bulk actions act on what the user can see and select. */
export function heldRows(w: PageWindow): ClaimRow[] {
  return [...w.pages.entries()].sort((a, b) => a[0] - b[0]).flatMap(([, rows]) => rows);
}
