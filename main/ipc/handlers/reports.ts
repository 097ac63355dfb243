// Reports from the store's queries; each row carries the claims-screen filters behind its numbers.
import { aging, denialRates, firstPassAcceptance, payerTurnaround, topProviders } from '../../../db/queries/reports.js';
import type { Report } from '../../../shared/domain/reports.js';
import type { Api } from '../../../shared/ipc/contract.js';
import { AppError } from '../../../shared/ipc/errors.js';
import { describeCarc } from '../../edi/index.js';
import { fromStoreFilter } from './claim-adapters.js';
import type { HandlerDeps } from './deps.js';

export function reportHandlers(deps: Pick<HandlerDeps, 'db' | 'now'>): Pick<Api, 'runReport'> {
  return {
    runReport: async ({ kind, from, to }): Promise<Report> => {
      if (from > to) throw new AppError('invalid_input', 'The report range ends before it starts.');
      const range = { from, to };
      const today = deps.now().toISOString().slice(0, 10);
      switch (kind) {
        case 'top_providers':
          return { kind, from, to, rows: topProviders(deps.db, { ...range, limit: 15 }).map((p) => ({
            npi: p.npi, name: p.name ?? p.npi, claims: p.claims, billedCents: p.billedCents, paidCents: p.paidCents, denialRate: p.denialRate,
            medianDaysToPay: p.medianDaysToPay, drill: fromStoreFilter(p.drillDown),
          })) };
        case 'payer_turnaround':
          return { kind, from, to, rows: payerTurnaround(deps.db, range).slice(0, 25).map((p) => ({
            payerId: p.payerId ?? '', payerName: p.payerName ?? p.payerId ?? 'Unknown payer', claims: p.claims, ackMedianDays: p.ackMedianDays,
            ackP90Days: p.ackP90Days, payMedianDays: p.payMedianDays, payP90Days: p.payP90Days, drill: fromStoreFilter(p.drillDown),
          })) };
        case 'aging':
          return { kind, from, to, rows: aging(deps.db, { ...range, today }).map((b) => ({
            bucket: `${b.bucket} days`, claims: b.claims, unpaidCents: b.unpaidCents, drill: fromStoreFilter(b.drillDown),
          })) };
        case 'denials': {
          const d = denialRates(deps.db, range);
          return { kind, from, to, rows: [
            ...d.byPayer.filter((p) => p.adjudicated > 0).slice(0, 15).map((p) => ({
              payerId: p.payerId ?? '', payerName: p.payerName ?? 'Unknown payer', carc: null, carcText: null, claims: p.adjudicated, denied: p.denied,
              denialRate: p.denialRate, deniedCents: null, drill: fromStoreFilter(p.drillDown),
            })),
            ...d.byCarc.slice(0, 15).map((c) => ({
              payerId: '', payerName: 'All payers', carc: `${c.group}-${c.reason}`, carcText: describeCarc(c.reason), claims: c.claims, denied: c.claims,
              denialRate: c.shareOfAdjudicated, deniedCents: c.amountCents, drill: fromStoreFilter(c.drillDown),
            })),
          ] };
        }
        case 'first_pass': {
          const f = firstPassAcceptance(deps.db, range);
          return { kind, from, to, rows: f.byPayer.slice(0, 25).map((p) => ({
            payerId: p.payerId ?? '', payerName: p.payerName ?? 'Unknown payer', submitted: p.answered, acceptedFirstPass: p.acceptedFirstTime,
            rate: p.rate, drill: fromStoreFilter(p.drillDown),
          })) };
        }
      }
    },
  };
}
