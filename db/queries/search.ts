// Full-text search over patient name, patient control number, payer claim number, member id and trace numbers.
import type { Db } from '../open.js';
import { ftsQuery } from './claim-filter.js';
import { LIST_COLUMNS, toListRow, type ClaimListRow } from './claims-list.js';
import { stmt } from './statements.js';

/** Best matches first (BM25). Words match as prefixes, so "smi 0012" finds SMITH with PCN 00123. */
export function searchClaims(db: Db, text: string, limit = 50): ClaimListRow[] {
  const q = ftsQuery(text);
  if (!q) return [];
  return (stmt(db, `SELECT ${LIST_COLUMNS} FROM (SELECT rowid, rank FROM claims_fts WHERE claims_fts MATCH ? ORDER BY rank LIMIT ?) f
    JOIN claims c ON c.id = f.rowid LEFT JOIN claim_workflow w ON w.claim_id = c.id ORDER BY f.rank`)
    .all(q, Math.min(Math.max(limit, 1), 500)) as Array<Record<string, unknown>>).map(toListRow);
}
