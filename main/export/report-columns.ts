// Columns for every report kind and for the audit log, and the sections a report (or the monthly pack) exports as.
import type { AuditEntry } from '../../db/queries/audit.js';
import type { AgingRow, DenialRow, FirstPassRow, Report, TopProviderRow, TurnaroundRow } from '../../shared/domain/reports.js';
import type { Column, Section } from './columns.js';
import { KPI_DEFINITIONS, SECTION_DEFINITIONS } from './pdf/definitions.js';
import type { ReportPack } from './pdf/report-pack-pdf.js';

const col = <R>(key: string, label: string, kind: Column<R>['kind'], get: Column<R>['get'], width?: number): Column<R> => ({ key, label, kind, get, width });

export const TOP_PROVIDER_COLUMNS: Column<TopProviderRow>[] = [
  col('npi', 'NPI', 'text', (r) => r.npi, 12), col('provider_name', 'Provider', 'text', (r) => r.name, 28),
  col('claims', 'Claims', 'integer', (r) => r.claims), col('billed_amount', 'Billed', 'money', (r) => r.billedCents),
  col('paid_amount', 'Paid', 'money', (r) => r.paidCents), col('denial_rate', 'Denial rate', 'ratio', (r) => r.denialRate),
  col('median_days_to_pay', 'Median days to pay', 'decimal', (r) => r.medianDaysToPay, 18),
];

export const TURNAROUND_COLUMNS: Column<TurnaroundRow>[] = [
  col('payer_id', 'Payer ID', 'text', (r) => r.payerId, 10), col('payer_name', 'Payer', 'text', (r) => r.payerName, 28),
  col('claims', 'Claims', 'integer', (r) => r.claims),
  col('ack_median_days', 'To ack, median days', 'decimal', (r) => r.ackMedianDays, 18), col('ack_p90_days', 'To ack, p90 days', 'decimal', (r) => r.ackP90Days, 16),
  col('pay_median_days', 'To pay, median days', 'decimal', (r) => r.payMedianDays, 18), col('pay_p90_days', 'To pay, p90 days', 'decimal', (r) => r.payP90Days, 16),
];

export const AGING_COLUMNS: Column<AgingRow>[] = [
  col('bucket', 'Days outstanding', 'text', (r) => r.bucket, 16), col('claims', 'Claims', 'integer', (r) => r.claims),
  col('unpaid_amount', 'Unpaid', 'money', (r) => r.unpaidCents, 16),
];

export const DENIAL_COLUMNS: Column<DenialRow>[] = [
  col('payer_id', 'Payer ID', 'text', (r) => r.payerId, 10), col('payer_name', 'Payer', 'text', (r) => r.payerName, 26),
  col('carc', 'CARC', 'text', (r) => r.carc, 8), col('carc_text', 'Reason', 'text', (r) => r.carcText, 40),
  col('claims', 'Claims', 'integer', (r) => r.claims), col('denied', 'Denied', 'integer', (r) => r.denied),
  col('denial_rate', 'Denial rate', 'ratio', (r) => r.denialRate), col('denied_amount', 'Denied $', 'money', (r) => r.deniedCents),
];

export const FIRST_PASS_COLUMNS: Column<FirstPassRow>[] = [
  col('payer_id', 'Payer ID', 'text', (r) => r.payerId, 10), col('payer_name', 'Payer', 'text', (r) => r.payerName, 28),
  col('submitted', 'Submitted', 'integer', (r) => r.submitted), col('accepted_first_pass', 'Accepted first pass', 'integer', (r) => r.acceptedFirstPass, 18),
  col('rate', 'Rate', 'ratio', (r) => r.rate),
];

export const REPORT_TITLES: Record<Report['kind'], string> = {
  top_providers: 'Top providers', payer_turnaround: 'Payer turnaround', aging: 'Aging', denials: 'Denials', first_pass: 'First pass',
};

/** One report as one section (one CSV, one sheet). */
export function reportSection(report: Report): Section<any> {
  const name = REPORT_TITLES[report.kind];
  switch (report.kind) {
    case 'top_providers': return { name, columns: TOP_PROVIDER_COLUMNS, rows: report.rows };
    case 'payer_turnaround': return { name, columns: TURNAROUND_COLUMNS, rows: report.rows };
    case 'aging': return { name, columns: AGING_COLUMNS, rows: report.rows };
    case 'denials': return { name, columns: DENIAL_COLUMNS, rows: report.rows };
    case 'first_pass': return { name, columns: FIRST_PASS_COLUMNS, rows: report.rows };
  }
}

type Definition = { figure: string; definition: string };
const DEFINITION_COLUMNS: Column<Definition>[] = [col('figure', 'Figure', 'text', (r) => r.figure, 24), col('definition', 'Definition', 'text', (r) => r.definition, 100)];

/** The monthly pack as a workbook: key figures, one sheet per report, and the definitions. */
export function reportPackSections(pack: ReportPack): Section<any>[] {
  const k = pack.kpis;
  type Kpi = { figure: string; value: number | null; kind: 'integer' | 'money' | 'ratio' };
  const kpis: Kpi[] = [
    { figure: 'Claims', value: k.claims, kind: 'integer' }, { figure: 'Billed', value: k.billedCents, kind: 'money' },
    { figure: 'Paid', value: k.paidCents, kind: 'money' }, { figure: 'Patient responsibility', value: k.patientResponsibilityCents, kind: 'money' },
    { figure: 'Denial rate', value: k.denialRate, kind: 'ratio' }, { figure: 'First-pass acceptance', value: k.firstPassRate, kind: 'ratio' },
    { figure: 'Unpaid (aging total)', value: k.unpaidCents, kind: 'money' },
  ];
  // Mixed kinds in one column: money goes out as a decimal amount (not cents) so the sheet reads naturally.
  const kpiColumns: Column<Kpi>[] = [
    col('figure', 'Figure', 'text', (r) => r.figure, 24),
    col('count', 'Count', 'integer', (r) => (r.kind === 'integer' ? r.value : null)),
    col('amount', 'Amount', 'money', (r) => (r.kind === 'money' ? r.value : null), 18),
    col('rate', 'Rate', 'ratio', (r) => (r.kind === 'ratio' ? r.value : null)),
  ];
  const definitions: Definition[] = [
    ...Object.entries(KPI_DEFINITIONS).map(([figure, definition]) => ({ figure, definition })),
    ...Object.entries(SECTION_DEFINITIONS).flatMap(([section, rows]) => rows.map(([term, definition]) => ({ figure: `${section}: ${term}`, definition }))),
  ];
  return [
    { name: 'Key figures', columns: kpiColumns, rows: kpis },
    { name: 'Aging', columns: AGING_COLUMNS, rows: pack.aging },
    { name: 'Denials', columns: DENIAL_COLUMNS, rows: pack.denials },
    { name: 'Top providers', columns: TOP_PROVIDER_COLUMNS, rows: pack.topProviders },
    { name: 'Payer turnaround', columns: TURNAROUND_COLUMNS, rows: pack.turnaround },
    { name: 'First pass', columns: FIRST_PASS_COLUMNS, rows: pack.firstPass },
    { name: 'Definitions', columns: DEFINITION_COLUMNS, rows: definitions },
  ];
}

export const AUDIT_COLUMNS: Column<AuditEntry>[] = [
  col('seq', 'No.', 'integer', (r) => r.seq, 8), col('at', 'When', 'datetime', (r) => r.at, 20),
  col('action', 'Action', 'text', (r) => r.action, 12), col('subject', 'Subject', 'text', (r) => r.subject, 24),
  col('actor', 'By', 'text', (r) => r.actor, 14), col('detail', 'Detail', 'text', (r) => JSON.stringify(r.detail), 60),
  col('prev_hash', 'Previous hash', 'text', (r) => r.prevHash, 20), col('hash', 'Hash', 'text', (r) => r.hash, 20),
];
