// PDF (a): one claim's history on a page: header, timeline with days between steps, dollar waterfall, codes explained.
import type { Writable } from 'node:stream';
import type { ClaimDetail, ExplainedCode, TimelineEvent, WaterfallBlock } from '../../../shared/domain/claim-detail.js';
import { COLOR, contentWidth, ensureSpace, finishDocument, FONT, heading, MARGIN, openDocument, paragraph, PHI_NOTICE, type Pdf } from './pdf-document.js';
import { fieldGrid, table, type TableCell } from './pdf-table.js';
import { money, printable, when } from './pdf-text.js';

const STATUS_COLOR: Record<string, string> = { paid: COLOR.ok, denied: COLOR.bad, rejected: COLOR.bad, reversed: COLOR.warn };

export async function renderClaimHistoryPdf(detail: ClaimDetail, out: Writable, options: { generatedAt: Date }): Promise<number> {
  const claim = detail.claim;
  const doc = openDocument({
    title: 'Claim history',
    subtitle: [detail.patient.name, claim.payerName].filter(Boolean).join(' · '),
    reference: `PCN ${claim.patientControlNumber}`,
    generatedAt: options.generatedAt,
  });
  fieldGrid(doc, [
    ['Patient', detail.patient.name],
    ['Member ID', detail.patient.memberId ?? ''],
    ['Date of birth', detail.patient.birthDate ?? ''],
    ['Service dates', serviceDates(claim.serviceDateFrom, claim.serviceDateTo)],
    ['Payer', party(detail.payer)],
    ['Payer claim no.', claim.payerClaimControlNumber ?? ''],
    ['Billing provider', party(detail.billingProvider, 'NPI')],
    ['Rendering provider', party(detail.renderingProvider, 'NPI')],
    ['Claim type', [claim.claimType, claim.frequencyCode && `frequency ${claim.frequencyCode}`].filter(Boolean).join(', ')],
    ['Submitted', when(claim.submittedAt)],
    ['Paid', when(claim.paidAt)],
    ['Last activity', when(claim.lastEventAt)],
  ]);
  statusLine(doc, detail);
  heading(doc, 'Timeline', `${detail.timeline.length} events`);
  timeline(doc, detail.timeline);
  heading(doc, 'Dollar waterfall', detail.waterfall.adjudicated ? 'From the current payment, reversals netted out' : 'Not adjudicated yet');
  waterfall(doc, detail.waterfall.claim);
  if (detail.waterfall.lines.length > 0) serviceLines(doc, detail);
  if (detail.related.length > 0) {
    heading(doc, 'Related claims');
    table(doc, [{ label: 'Relation', width: 2.4 }, { label: 'Patient control no.', width: 3 }, { label: 'Payer', width: 3 },
      { label: 'Status', width: 1.6 }, { label: 'Charge', width: 1.6, align: 'right' }],
    detail.related.map((r) => [r.relation.replaceAll('_', ' '), r.patientControlNumber, r.payerName ?? '', r.status, money(r.chargeCents)]));
  }
  codesExplained(doc, detail);
  return finishDocument(doc, out, `Claim ${claim.patientControlNumber} · ${PHI_NOTICE}`);
}

function statusLine(doc: Pdf, detail: ClaimDetail): void {
  ensureSpace(doc, 30);
  const y = doc.y + 2;
  const status = detail.claim.status;
  const width = contentWidth(doc);
  doc.roundedRect(MARGIN, y, width, 22, 3).fill(COLOR.band);
  doc.font(FONT.bold).fontSize(10).fillColor(STATUS_COLOR[status] ?? COLOR.accent).text(status.toUpperCase(), MARGIN + 8, y + 6.5, { width: 80 });
  doc.font(FONT.regular).fontSize(8.5).fillColor(COLOR.ink)
    .text(printable(detail.statusMeaning), MARGIN + 90, y + 7, { width: width - 98, height: 12, ellipsis: true });
  doc.y = y + 26;
}

function timeline(doc: Pdf, events: readonly TimelineEvent[]): void {
  let previous: number | null = null;
  const rows: TableCell[][] = events.map((event) => {
    const at = Date.parse(event.at);
    const gap = previous === null || Number.isNaN(at) ? '' : `+${Math.round((at - previous) / 86_400_000)} d`;
    if (!Number.isNaN(at)) previous = at;
    const title = [event.title, event.detail].filter(Boolean).join(' — ');
    const codes = event.codes.map((c) => `${c.system === 'CARC' ? 'CARC ' : ''}${c.code}`).join(', ');
    return [when(event.at, { utc: false }), gap, event.kind, { text: title, color: toneColor(event.tone) }, money(event.amountCents), codes];
  });
  if (rows.length === 0) return paragraph(doc, 'No events recorded yet.', { color: COLOR.muted });
  table(doc, [{ label: 'When (UTC)', width: 2.3 }, { label: 'Gap', width: 0.9, align: 'right' }, { label: 'Source', width: 1 },
    { label: 'Event', width: 6.2 }, { label: 'Amount', width: 1.7, align: 'right' }, { label: 'Codes', width: 2 }], rows);
}

/** The claim-level steps, each with a bar scaled to the charge so the eye sees where the money went. */
function waterfall(doc: Pdf, w: WaterfallBlock): void {
  const steps: [string, number, 'total' | 'less'][] = [
    ['Billed charge', w.chargeCents, 'total'],
    ['Contractual adjustment (CO)', w.contractualCents, 'less'],
    ['Allowed amount', w.allowedCents, 'total'],
    ['Deductible (PR-1)', w.deductibleCents, 'less'],
    ['Coinsurance (PR-2)', w.coinsuranceCents, 'less'],
    ['Copay (PR-3)', w.copayCents, 'less'],
    ['Other patient responsibility (PR)', w.otherPatientCents, 'less'],
    ['Other adjustments (OA / PI / CR)', w.otherAdjustmentCents, 'less'],
    ['Paid by payer', w.paidCents, 'total'],
  ];
  const width = contentWidth(doc);
  const labelWidth = width * 0.34;
  const amountWidth = width * 0.14;
  const barX = MARGIN + labelWidth + amountWidth + 12;
  const barWidth = width - labelWidth - amountWidth - 12;
  const scale = Math.max(Math.abs(w.chargeCents), 1);
  ensureSpace(doc, steps.length * 13 + 20);
  for (const [label, cents, kind] of steps) {
    const y = doc.y;
    const font = kind === 'total' ? FONT.bold : FONT.regular;
    doc.font(font).fontSize(8.5).fillColor(COLOR.ink).text(kind === 'less' ? `    – ${label}` : label, MARGIN, y, { width: labelWidth });
    doc.text(money(kind === 'less' ? -cents : cents), MARGIN + labelWidth, y, { width: amountWidth, align: 'right' });
    const length = Math.min(1, Math.abs(cents) / scale) * barWidth;
    if (length > 0.5) doc.rect(barX, y + 1.5, length, 7).fill(kind === 'total' ? COLOR.accent : '#9ca3af');
    doc.y = y + 13;
  }
  const balanced = w.differenceCents === 0;
  doc.font(FONT.bold).fontSize(8.5).fillColor(balanced ? COLOR.ok : COLOR.bad)
    .text(balanced ? 'Balanced: charge = adjustments + paid.' : `Does not balance: ${money(w.differenceCents)} unexplained.`, MARGIN, doc.y + 2);
  doc.fillColor(COLOR.ink);
  doc.y += 2;
}

function serviceLines(doc: Pdf, detail: ClaimDetail): void {
  heading(doc, 'Service lines');
  table(doc, [{ label: 'Line', width: 0.6, align: 'right' }, { label: 'Procedure', width: 1.8 }, { label: 'Date', width: 1.5 },
    { label: 'Charge', width: 1.4, align: 'right' }, { label: 'Allowed', width: 1.4, align: 'right' },
    { label: 'Patient', width: 1.4, align: 'right' }, { label: 'Paid', width: 1.4, align: 'right' }, { label: 'Adjustments', width: 3.4 }],
  detail.waterfall.lines.map((l) => [
    String(l.lineNumber), l.procedure ?? '', l.serviceDate ?? '', money(l.chargeCents), money(l.allowedCents),
    money(l.deductibleCents + l.coinsuranceCents + l.copayCents + l.otherPatientCents), money(l.paidCents),
    l.adjustments.map((a) => `${a.group}-${a.reason} ${money(a.amountCents)}`).join(', '),
  ]));
}

function codesExplained(doc: Pdf, detail: ClaimDetail): void {
  const codes = new Map<string, ExplainedCode>();
  // First explanation wins: the claim-level text comes before the lines' shorter repeats.
  const add = (c: ExplainedCode) => { if (c.text && !codes.has(`${c.system}:${c.code}`)) codes.set(`${c.system}:${c.code}`, c); };
  detail.timeline.forEach((e) => e.codes.forEach(add));
  const blocks = [detail.waterfall.claim, ...detail.waterfall.lines];
  blocks.forEach((b) => { b.adjustments.forEach((a) => add({ system: 'CARC', code: `${a.group}-${a.reason}`, text: a.text })); b.remarks.forEach(add); });
  if (codes.size === 0) return;
  heading(doc, 'Codes explained');
  table(doc, [{ label: 'Code', width: 1.6 }, { label: 'Meaning', width: 10 }],
    [...codes.values()].map((c) => [`${systemLabel(c.system)} ${c.code}`, c.text]), { fontSize: 7.5 });
}

const systemLabel = (s: ExplainedCode['system']): string =>
  ({ CARC: 'CARC', RARC: 'RARC', CLAIM_STATUS: 'Status', STATUS_CATEGORY: 'Category', ACK: '999', ADJUSTMENT_GROUP: 'Group', OTHER: '' })[s];

const toneColor = (tone: TimelineEvent['tone']): string =>
  ({ ok: COLOR.ok, bad: COLOR.bad, warn: COLOR.warn, info: COLOR.ink, neutral: COLOR.ink })[tone];

const party = (p: { name: string; id: string | null } | null, idLabel = 'ID'): string => (p ? (p.id ? `${p.name} (${idLabel} ${p.id})` : p.name) : '');

const serviceDates = (from: string | null, to: string | null): string => (from && to && from !== to ? `${from} to ${to}` : from ?? to ?? '');
