// The claims list's page window: cursors learned in order, pages fetched on demand, memory bounded.
import { describe, expect, it } from 'vitest';
import type { ClaimRow } from '../../../shared/domain/claims.js';
import { emptyWindow, heldRows, MAX_PAGES, missingPages, PAGE_SIZE, rowAt, withPage } from '../../../renderer/store/claim-pages.js';

const rows = (page: number, n = PAGE_SIZE): ClaimRow[] => Array.from({ length: n }, (_, i) => ({ id: `${page * PAGE_SIZE + i}` }) as ClaimRow);

describe('claim page window', () => {
  it('asks for page 0 first, then the next page only once its cursor is known', () => {
    let w = emptyWindow();
    expect(missingPages(w, 0, 50)).toEqual([0]);
    w = withPage(w, 0, rows(0), 'c1', 0);
    expect(w.extent).toBe(PAGE_SIZE);
    expect(missingPages(w, 0, PAGE_SIZE + 10)).toEqual([1]);
    expect(missingPages(w, 0, PAGE_SIZE * 5)).toEqual([1]); // page 2's cursor is not known yet
    w = withPage(w, 1, rows(1, 17), null, 1);
    expect(w.hasMore).toBe(false);
    expect(w.extent).toBe(PAGE_SIZE + 17);
    expect(rowAt(w, PAGE_SIZE + 16)?.id).toBe(String(PAGE_SIZE + 16));
    expect(missingPages(w, 0, PAGE_SIZE * 3)).toEqual([]);
  });

  it('keeps at most MAX_PAGES pages, evicting the farthest, and refetches an evicted page by its cursor', () => {
    let w = emptyWindow();
    for (let p = 0; p < MAX_PAGES + 5; p++) w = withPage(w, p, rows(p), `c${p + 1}`, p);
    expect(w.pages.size).toBe(MAX_PAGES);
    expect(w.pages.has(0)).toBe(false);
    expect(w.cursors[3]).toBe('c3');
    expect(missingPages(w, 0, 10)).toEqual([0]);
    expect(heldRows(w)[0]?.id).toBe(String(5 * PAGE_SIZE));
  });
});
