// Full-text search over patient name, patient control number, payer claim number, member id and trace numbers.
import type { Db } from '../open.js';
import { ftsQuery } from './claim-filter.js';
import { listClaims, type ClaimListRow } from './claims-list.js';

/** Matching claims, most recent activity first: the claim list's own search (every word matches as a prefix, so
 *  "smi 0012" finds SMITH with PCN 00123), one page of it. */
export function searchClaims(db: Db, text: string, limit = 50): ClaimListRow[] {
  if (!ftsQuery(text)) return [];
  return listClaims(db, { search: text, limit: Math.min(Math.max(limit, 1), 500) }).rows;
}
