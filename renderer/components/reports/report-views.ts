// How each report is drawn: its chart series and table columns. Pure data → view models, no React state.
import type { ClaimFilters } from '../../../shared/domain/claims';
import type { Report, ReportKind } from '../../../shared/domain/reports';
import { formatCents, formatCentsCompact, formatCount, formatDays, formatPercent } from '../../lib/format';
import type { Series } from './BarChart';

export interface ReportColumn { label: string; numeric: boolean; text(row: number): string; drill?: boolean; }
export interface ReportView {
  chartTitle: string;
  labels: string[];
  series: Series[];
  format(v: number): string;
  horizontal: boolean;
  columns: ReportColumn[];
  drill: ClaimFilters[];
}

export const REPORT_TITLES: Record<ReportKind, string> = {
  top_providers: 'Top providers', payer_turnaround: 'Payer turnaround', aging: 'Aging', denials: 'Denials', first_pass: 'First-pass acceptance',
};

const days = (v: number) => formatDays(Math.round(v * 10) / 10);

export function reportView(report: Report): ReportView {
  switch (report.kind) {
    case 'top_providers': {
      const r = report.rows;
      return {
        chartTitle: 'Billed and paid by provider', labels: r.map((x) => x.name), horizontal: true, format: formatCentsCompact,
        series: [{ label: 'Billed', values: r.map((x) => x.billedCents), tone: 'muted' }, { label: 'Paid', values: r.map((x) => x.paidCents), tone: 'ok' }],
        columns: [
          { label: 'Provider', numeric: false, text: (i) => `${r[i]!.name} · ${r[i]!.npi}` },
          { label: 'Claims', numeric: true, text: (i) => formatCount(r[i]!.claims), drill: true },
          { label: 'Billed', numeric: true, text: (i) => formatCents(r[i]!.billedCents) },
          { label: 'Paid', numeric: true, text: (i) => formatCents(r[i]!.paidCents) },
          { label: 'Denial rate', numeric: true, text: (i) => formatPercent(r[i]!.denialRate) },
          { label: 'Median days to pay', numeric: true, text: (i) => formatDays(r[i]!.medianDaysToPay) },
        ],
        drill: r.map((x) => x.drill),
      };
    }
    case 'payer_turnaround': {
      const r = report.rows;
      return {
        chartTitle: 'Days from submission to payment, by payer', labels: r.map((x) => x.payerName), horizontal: true, format: days,
        series: [{ label: 'Median', values: r.map((x) => x.payMedianDays ?? 0), tone: 'accent' }, { label: '90th percentile', values: r.map((x) => x.payP90Days ?? 0), tone: 'warn' }],
        columns: [
          { label: 'Payer', numeric: false, text: (i) => r[i]!.payerName },
          { label: 'Claims', numeric: true, text: (i) => formatCount(r[i]!.claims), drill: true },
          { label: 'To acknowledgment, median', numeric: true, text: (i) => formatDays(r[i]!.ackMedianDays) },
          { label: 'To acknowledgment, 90th pct', numeric: true, text: (i) => formatDays(r[i]!.ackP90Days) },
          { label: 'To payment, median', numeric: true, text: (i) => formatDays(r[i]!.payMedianDays) },
          { label: 'To payment, 90th pct', numeric: true, text: (i) => formatDays(r[i]!.payP90Days) },
        ],
        drill: r.map((x) => x.drill),
      };
    }
    case 'aging': {
      const r = report.rows;
      return {
        chartTitle: 'Unpaid charges by age', labels: r.map((x) => x.bucket), horizontal: false, format: formatCentsCompact,
        series: [{ label: 'Unpaid', values: r.map((x) => x.unpaidCents), tone: 'warn' }],
        columns: [
          { label: 'Age', numeric: false, text: (i) => r[i]!.bucket },
          { label: 'Claims', numeric: true, text: (i) => formatCount(r[i]!.claims), drill: true },
          { label: 'Unpaid', numeric: true, text: (i) => formatCents(r[i]!.unpaidCents) },
        ],
        drill: r.map((x) => x.drill),
      };
    }
    case 'denials': {
      const r = report.rows;
      return {
        chartTitle: 'Denied claims by payer and reason', labels: r.map((x) => `${x.payerName}${x.carc ? ` · ${x.carc}` : ''}`), horizontal: true,
        format: formatCount, series: [{ label: 'Denied claims', values: r.map((x) => x.denied), tone: 'bad' }],
        columns: [
          { label: 'Payer', numeric: false, text: (i) => r[i]!.payerName },
          { label: 'Reason', numeric: false, text: (i) => (r[i]!.carc ? `${r[i]!.carc} ${r[i]!.carcText ?? ''}` : 'All reasons') },
          { label: 'Denied', numeric: true, text: (i) => formatCount(r[i]!.denied), drill: true },
          { label: 'Of claims', numeric: true, text: (i) => formatCount(r[i]!.claims) },
          { label: 'Denial rate', numeric: true, text: (i) => formatPercent(r[i]!.denialRate) },
          { label: 'Denied amount', numeric: true, text: (i) => formatCents(r[i]!.deniedCents) },
        ],
        drill: r.map((x) => x.drill),
      };
    }
    case 'first_pass': {
      const r = report.rows;
      return {
        chartTitle: 'First-pass acceptance rate by payer', labels: r.map((x) => x.payerName), horizontal: true, format: formatPercent,
        series: [{ label: 'Accepted first time', values: r.map((x) => x.rate ?? 0), tone: 'ok' }],
        columns: [
          { label: 'Payer', numeric: false, text: (i) => r[i]!.payerName },
          { label: 'Submitted', numeric: true, text: (i) => formatCount(r[i]!.submitted), drill: true },
          { label: 'Accepted first time', numeric: true, text: (i) => formatCount(r[i]!.acceptedFirstPass) },
          { label: 'Rate', numeric: true, text: (i) => formatPercent(r[i]!.rate) },
        ],
        drill: r.map((x) => x.drill),
      };
    }
  }
}
