// The claims list's filters and sort as an export query: the list's own filter mapping and its "no response"
// threshold, so a file (exported by hand or on a schedule) holds exactly what the list shows that day.
import type { Db } from '../../db/open.js';
import type { ClaimExportQuery } from '../../db/queries/export-rows.js';
import type { ClaimFilters, ClaimSort } from '../../shared/domain/claims.js';
import { SORTS, toStoreFilter } from '../ipc/handlers/claim-adapters.js';
import { readPreferences } from '../ipc/handlers/views.js';

export function listExportQuery(db: Db, filters: ClaimFilters, sort: ClaimSort, now: Date): ClaimExportQuery {
  return {
    filter: toStoreFilter(filters, now.toISOString().slice(0, 10), readPreferences({ db }).staleUnpaidDays),
    sort: { column: SORTS[sort.key], dir: sort.dir },
  };
}
