// Claims list, totals and detail: the store's queries, adapted to the screen's contract.
import { getClaimDetail } from '../../../db/queries/claim-detail.js';
import { claimTotals, listClaims } from '../../../db/queries/claims-list.js';
import type { Api } from '../../../shared/ipc/contract.js';
import { AppError } from '../../../shared/ipc/errors.js';
import { claimDetailView } from './claim-detail-view.js';
import { SORTS, toClaimRow, toStoreFilter } from './claim-adapters.js';
import type { HandlerDeps } from './deps.js';
import { readPreferences } from './views.js';

export function claimHandlers(deps: HandlerDeps): Pick<Api, 'listClaims' | 'claimTotals' | 'getClaim'> {
  const today = () => deps.now().toISOString().slice(0, 10);
  const filter = (f: Parameters<typeof toStoreFilter>[0]) => toStoreFilter(f, today(), readPreferences(deps).staleUnpaidDays);
  return {
    listClaims: async (q) => {
      const page = listClaims(deps.db, { ...filter(q.filters), sort: { column: SORTS[q.sort.key], dir: q.sort.dir }, cursor: q.after ?? null, limit: q.limit });
      const day = today();
      return { rows: page.rows.map((r) => toClaimRow(r, day)), nextCursor: page.nextCursor };
    },
    claimTotals: async (f) => {
      const t = claimTotals(deps.db, filter(f));
      return { count: t.count, chargeCents: t.billedCents, paidCents: t.paidCents, patientResponsibilityCents: t.patientRespCents };
    },
    getClaim: async ({ id }) => {
      const claimId = Number(id);
      const detail = Number.isSafeInteger(claimId) ? getClaimDetail(deps.db, claimId) : null;
      if (!detail) throw new AppError('not_found', `There is no claim ${id}: it may have been merged into another after new data arrived.`);
      return claimDetailView(detail, today());
    },
  };
}
