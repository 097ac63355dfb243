// PDF (c): the monthly report pack: KPIs, aging, denials, top providers, turnaround, first pass, each figure with
// its definition printed beside it.
import type { Writable } from 'node:stream';
import type { AgingRow, DenialRow, FirstPassRow, Report, TopProviderRow, TurnaroundRow } from '../../../shared/domain/reports.js';
import { KPI_DEFINITIONS, SECTION_DEFINITIONS } from './definitions.js';
import { COLOR, contentWidth, ensureSpace, finishDocument, FONT, heading, MARGIN, openDocument, paragraph, type Pdf } from './pdf-document.js';
import { table, type TableCell, type TableColumn } from './pdf-table.js';
import { count, days, money, percent, printable } from './pdf-text.js';

export interface ReportPackKpis {
  claims: number;
  billedCents: number;
  paidCents: number;
  patientResponsibilityCents: number;
  denialRate: number | null;
  firstPassRate: number | null;
  unpaidCents: number;
}

export interface ReportPack {
  /** "November 2026" */
  title: string;
  from: string;
  to: string;
  kpis: ReportPackKpis;
  aging: AgingRow[];
  denials: DenialRow[];
  topProviders: TopProviderRow[];
  turnaround: TurnaroundRow[];
  firstPass: FirstPassRow[];
}

const MAX_ROWS = 15; // a pack is for reading: the long tail stays in the app and the XLSX export

export async function renderReportPackPdf(pack: ReportPack, out: Writable, options: { generatedAt: Date; officeName?: string }): Promise<number> {
  const doc = openDocument({
    title: `Monthly report · ${pack.title}`,
    subtitle: `${options.officeName ? `${options.officeName} · ` : ''}Claims with service dates ${pack.from} to ${pack.to}`,
    reference: pack.title,
    generatedAt: options.generatedAt,
  });
  kpiCards(doc, pack.kpis);
  for (const report of packReports(pack)) reportBody(doc, report);
  return finishDocument(doc, out, `Monthly report ${pack.title} · ClaimTrail · Figures from the local database at the time of printing.`);
}

/** One report on its own (the CLI's `report <kind> --format pdf`), with the same layout and definitions as the pack. */
export async function renderReportPdf(report: Report, out: Writable, options: { generatedAt: Date; officeName?: string }): Promise<number> {
  const doc = openDocument({
    title: `${REPORT_HEADINGS[report.kind]}`,
    subtitle: `${options.officeName ? `${options.officeName} · ` : ''}${report.from} to ${report.to}`,
    reference: `${report.from} – ${report.to}`,
    generatedAt: options.generatedAt,
  });
  reportBody(doc, report);
  return finishDocument(doc, out, `${REPORT_HEADINGS[report.kind]} ${report.from} to ${report.to} · ClaimTrail`);
}

const REPORT_HEADINGS: Record<Report['kind'], string> = {
  aging: 'Aging of unpaid claims', denials: 'Denials by payer and reason', top_providers: 'Top providers',
  payer_turnaround: 'Payer turnaround', first_pass: 'First-pass acceptance',
};

function packReports(pack: ReportPack): Report[] {
  const range = { from: pack.from, to: pack.to };
  return [
    { kind: 'aging', ...range, rows: pack.aging }, { kind: 'denials', ...range, rows: pack.denials },
    { kind: 'top_providers', ...range, rows: pack.topProviders }, { kind: 'payer_turnaround', ...range, rows: pack.turnaround },
    { kind: 'first_pass', ...range, rows: pack.firstPass },
  ];
}

function reportBody(doc: Pdf, report: Report): void {
  const title = REPORT_HEADINGS[report.kind];
  switch (report.kind) {
    case 'aging': return section(doc, title, SECTION_DEFINITIONS.aging,
      [{ label: 'Bucket', width: 2 }, { label: 'Claims', width: 1.2, align: 'right' }, { label: 'Unpaid', width: 1.6, align: 'right' }],
      [...report.rows.map((r) => [r.bucket, count(r.claims), money(r.unpaidCents)]),
        ['Total', count(report.rows.reduce((t, r) => t + r.claims, 0)), money(report.rows.reduce((t, r) => t + r.unpaidCents, 0))]], 1);
    case 'denials': return section(doc, title, SECTION_DEFINITIONS.denials,
      [{ label: 'Payer', width: 2.4 }, { label: 'CARC', width: 2.6 }, { label: 'Denied', width: 1, align: 'right' }, { label: 'Rate', width: 1, align: 'right' }, { label: 'Denied $', width: 1.4, align: 'right' }],
      top(report.rows).map((r) => [r.payerName, r.carc ? `${r.carc} ${r.carcText ?? ''}`.trim() : '–', count(r.denied), percent(r.denialRate), money(r.deniedCents)]), 0, report.rows.length);
    case 'top_providers': return section(doc, title, SECTION_DEFINITIONS.topProviders,
      [{ label: 'Provider', width: 2.6 }, { label: 'Claims', width: 0.9, align: 'right' }, { label: 'Billed', width: 1.4, align: 'right' }, { label: 'Paid', width: 1.4, align: 'right' }, { label: 'Denial rate', width: 1.1, align: 'right' }, { label: 'Median days', width: 1.1, align: 'right' }],
      top(report.rows).map((r) => [`${r.name}\nNPI ${r.npi}`, count(r.claims), money(r.billedCents), money(r.paidCents), percent(r.denialRate), days(r.medianDaysToPay)]), 0, report.rows.length);
    case 'payer_turnaround': return section(doc, title, SECTION_DEFINITIONS.turnaround,
      [{ label: 'Payer', width: 2.6 }, { label: 'Claims', width: 0.9, align: 'right' }, { label: 'To ack (median)', width: 1.2, align: 'right' }, { label: 'To ack (p90)', width: 1.1, align: 'right' }, { label: 'To pay (median)', width: 1.2, align: 'right' }, { label: 'To pay (p90)', width: 1.1, align: 'right' }],
      top(report.rows).map((r) => [r.payerName, count(r.claims), days(r.ackMedianDays), days(r.ackP90Days), days(r.payMedianDays), days(r.payP90Days)]), 0, report.rows.length);
    case 'first_pass': return section(doc, title, SECTION_DEFINITIONS.firstPass,
      [{ label: 'Payer', width: 2.6 }, { label: 'Submitted', width: 1, align: 'right' }, { label: 'First pass', width: 1, align: 'right' }, { label: 'Rate', width: 1, align: 'right' }],
      top(report.rows).map((r) => [r.payerName, count(r.submitted), count(r.acceptedFirstPass), percent(r.rate)]), 0, report.rows.length);
  }
}

const top = <T>(rows: T[]): T[] => rows.slice(0, MAX_ROWS);

/** Eight cards, two per row: label, the figure, and its definition under it. */
function kpiCards(doc: Pdf, k: ReportPackKpis): void {
  const cards: [string, string, string][] = [
    ['Claims', count(k.claims), KPI_DEFINITIONS.claims],
    ['Billed', money(k.billedCents), KPI_DEFINITIONS.billed],
    ['Paid', money(k.paidCents), KPI_DEFINITIONS.paid],
    ['Patient responsibility', money(k.patientResponsibilityCents), KPI_DEFINITIONS.patientResponsibility],
    ['Denial rate', percent(k.denialRate), KPI_DEFINITIONS.denialRate],
    ['First-pass acceptance', percent(k.firstPassRate), KPI_DEFINITIONS.firstPass],
    ['Unpaid (aging total)', money(k.unpaidCents), KPI_DEFINITIONS.unpaid],
  ];
  heading(doc, 'Key figures');
  const gap = 10;
  const cardWidth = (contentWidth(doc) - gap) / 2;
  for (let i = 0; i < cards.length; i += 2) {
    const pair = cards.slice(i, i + 2);
    doc.font(FONT.regular).fontSize(7.5);
    const h = 30 + Math.max(...pair.map(([, , d]) => doc.heightOfString(printable(d), { width: cardWidth * 0.58 - 10 })));
    ensureSpace(doc, h + gap);
    const y = doc.y;
    pair.forEach(([label, value, definition], j) => {
      const x = MARGIN + j * (cardWidth + gap);
      doc.roundedRect(x, y, cardWidth, h, 3).fill(COLOR.band);
      doc.font(FONT.regular).fontSize(7).fillColor(COLOR.muted).text(label.toUpperCase(), x + 8, y + 7, { width: cardWidth * 0.42 - 8, characterSpacing: 0.3 });
      doc.font(FONT.bold).fontSize(fitSize(doc, printable(value), cardWidth * 0.42 - 12, 16)).fillColor(COLOR.ink)
        .text(printable(value), x + 8, y + 18, { width: cardWidth * 0.42 - 8, lineBreak: false });
      doc.font(FONT.regular).fontSize(7.5).fillColor(COLOR.muted).text(printable(definition), x + cardWidth * 0.42, y + 7, { width: cardWidth * 0.58 - 10 });
    });
    doc.y = y + h + gap;
  }
  doc.fillColor(COLOR.ink);
}

/** The largest size up to `max` at which `text` fits on one line of `width` (big money figures must not wrap). */
function fitSize(doc: Pdf, text: string, width: number, max: number): number {
  let size = max;
  while (size > 8 && doc.fontSize(size).widthOfString(text) > width) size -= 0.5;
  return size;
}

/** A table on the left two thirds, the definitions of its figures beside it on the right. */
function section(doc: Pdf, title: string, definitions: readonly (readonly [string, string])[], columns: TableColumn[], rows: TableCell[][], totalRows: number, fullCount = rows.length): void {
  ensureSpace(doc, 130); // a heading never sits alone at the foot of a page
  heading(doc, title, fullCount > rows.length ? `Top ${rows.length} of ${fullCount}` : undefined);
  if (rows.length === totalRows) {
    paragraph(doc, 'Nothing to report for this month.', { color: COLOR.muted });
    return;
  }
  const width = contentWidth(doc);
  const tableWidth = width * 0.68;
  const noteX = MARGIN + tableWidth + 14;
  const noteWidth = width - tableWidth - 14;
  const startY = doc.y;
  const startPage = doc.bufferedPageRange().count;
  let y = startY;
  for (const [term, text] of definitions) {
    doc.font(FONT.bold).fontSize(7).fillColor(COLOR.ink).text(printable(term), noteX, y, { width: noteWidth });
    doc.font(FONT.regular).fontSize(7).fillColor(COLOR.muted).text(printable(text), noteX, doc.y + 0.5, { width: noteWidth });
    y = doc.y + 4;
  }
  doc.y = startY;
  table(doc, columns, rows, { x: MARGIN, width: tableWidth, totalRows, fontSize: 7.5 });
  // When the table spilled onto a new page the notes stayed on the first one; otherwise clear whichever is longer.
  if (doc.bufferedPageRange().count === startPage) doc.y = Math.max(doc.y, y);
  doc.fillColor(COLOR.ink);
}
