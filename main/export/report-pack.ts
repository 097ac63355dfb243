// Assembles the monthly report pack from the same report and totals calls the Reports screen makes, so the
// printed figures are the screen's figures.
import type { ClaimFilters, ClaimTotals } from '../../shared/domain/claims.js';
import type { Report, ReportQuery } from '../../shared/domain/reports.js';
import type { ReportPack } from './pdf/report-pack-pdf.js';

export interface PackSources {
  runReport(q: ReportQuery): Promise<Report>;
  claimTotals(filters: ClaimFilters): Promise<ClaimTotals>;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2026-11" → its first and last day and its title. Pure. */
export function monthRange(month: string): { from: string; to: string; title: string } {
  const [year, mm] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(year, mm, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}`, title: `${MONTHS[mm - 1]} ${year}` };
}

export async function buildReportPack(month: string, sources: PackSources): Promise<ReportPack> {
  const { from, to, title } = monthRange(month);
  const serviceDate = { from, to };
  const report = async <K extends Report['kind']>(kind: K) => (await sources.runReport({ kind, from, to })) as Extract<Report, { kind: K }>;
  const [aging, denials, topProviders, turnaround, firstPass, all, denied, adjudicated] = await Promise.all([
    report('aging'), report('denials'), report('top_providers'), report('payer_turnaround'), report('first_pass'),
    sources.claimTotals({ serviceDate }),
    sources.claimTotals({ serviceDate, statuses: ['denied'] }),
    sources.claimTotals({ serviceDate, statuses: ['paid', 'denied'] }),
  ]);
  const submitted = firstPass.rows.reduce((t, r) => t + r.submitted, 0);
  return {
    title, from, to,
    kpis: {
      claims: all.count,
      billedCents: all.chargeCents,
      paidCents: all.paidCents,
      patientResponsibilityCents: all.patientResponsibilityCents,
      denialRate: adjudicated.count ? denied.count / adjudicated.count : null,
      firstPassRate: submitted ? firstPass.rows.reduce((t, r) => t + r.acceptedFirstPass, 0) / submitted : null,
      unpaidCents: aging.rows.reduce((t, r) => t + r.unpaidCents, 0),
    },
    aging: aging.rows, denials: denials.rows, topProviders: topProviders.rows, turnaround: turnaround.rows, firstPass: firstPass.rows,
  };
}
