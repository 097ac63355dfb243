// PDF (b): a remittance advice laid out like the standard paper remittance (payment header, a block per claim with
// its service lines, claim totals, provider adjustments, totals, glossary): what a secondary payer asks for.
import type { Writable } from 'node:stream';
import { explainCode, type Explain } from './code-words.js';
import { COLOR, finishDocument, FONT, heading, openDocument, paragraph, PHI_NOTICE, type Pdf } from './pdf-document.js';
import { fieldGrid, table, type TableCell, type TableColumn } from './pdf-table.js';
import { money, printable, when } from './pdf-text.js';
import { claimAmounts, codesUsed, lineAmounts, type RemitAmounts, type RemitClaim, type RemittanceAdvice } from './remittance-model.js';

const COLUMNS: TableColumn[] = [
  { label: 'Rendering NPI', width: 1.5 }, { label: 'Service dates', width: 1.9 }, { label: 'Units', width: 0.6, align: 'right' },
  { label: 'Procedure / mods', width: 1.7 }, { label: 'Billed', width: 1.2, align: 'right' }, { label: 'Allowed', width: 1.2, align: 'right' },
  { label: 'Deduct', width: 1.1, align: 'right' }, { label: 'Coins', width: 1.1, align: 'right' }, { label: 'Grp/RC – Amt', width: 2.3 },
  { label: 'Remarks', width: 1.2 }, { label: 'Prov paid', width: 1.2, align: 'right' },
];

export async function renderRemittanceAdvicePdf(advice: RemittanceAdvice, out: Writable, options: { generatedAt: Date; explain?: Explain }): Promise<number> {
  const explain = options.explain ?? explainCode;
  const doc = openDocument({
    title: 'Remittance advice',
    subtitle: `${advice.payerName ?? 'Unknown payer'} to ${advice.payeeName ?? 'payee'}${advice.onlyClaimId !== null ? ' · one claim from this payment' : ''}`,
    reference: `${advice.paymentMethod === 'CHK' ? 'Check' : 'EFT'} ${advice.traceNumber}`,
    generatedAt: options.generatedAt,
    landscape: true,
  });
  fieldGrid(doc, [
    ['Payer', [advice.payerName, advice.payerId && `ID ${advice.payerId}`].filter(Boolean).join(' · ')],
    ['Payee', [advice.payeeName, advice.payeeNpi && `NPI ${advice.payeeNpi}`].filter(Boolean).join(' · ')],
    ['Check / EFT number', advice.traceNumber],
    ['Payment method', advice.paymentMethod ? `${advice.paymentMethod} – ${explain('PAYMENT_METHOD', advice.paymentMethod) ?? ''}` : ''],
    ['Payment date', when(advice.paymentDate)],
    ['Production date', when(advice.productionDate)],
    ['Payment amount', money(advice.paymentCents)],
    ['Claims', String(advice.claims.length)],
  ], 4);
  if (advice.duplicateOf !== null) paragraph(doc, 'This payment duplicates an earlier ERA (same payer, trace number and amount); its money is not counted twice.', { color: COLOR.bad, font: FONT.bold });
  for (const claim of advice.claims) claimBlock(doc, claim, explain);
  totals(doc, advice, explain);
  glossary(doc, advice, explain);
  return finishDocument(doc, out, `Remittance ${advice.traceNumber} · ${PHI_NOTICE}`);
}

function claimBlock(doc: Pdf, claim: RemitClaim, explain: Explain): void {
  heading(doc, `${claim.patientName ?? 'Unknown patient'}`, [
    claim.memberId && `Member ${claim.memberId}`, `Acct ${claim.patientControlNumber}`, claim.payerClaimNumber && `ICN ${claim.payerClaimNumber}`,
    `Status ${claim.statusCode} ${explain('CLAIM_STATUS', claim.statusCode) ?? ''}`.trim(),
  ].filter(Boolean).join('   ·   '));
  const rows: TableCell[][] = claim.lines.map((line) => amountRow([
    claim.renderingNpi ?? '', dates(line.serviceFrom ?? claim.serviceFrom, line.serviceTo ?? claim.serviceTo), line.unitsPaid ?? '',
    procedure(line.procedure)], lineAmounts(line), line.remarkCodes));
  if (claim.adjustments.length > 0 && claim.lines.length > 0) {
    rows.push(amountRow(['', 'Claim-level adjustments', '', ''], claimLevelAmounts(claim), claim.remarkCodes));
  }
  const total = claimAmounts(claim);
  rows.push(amountRow([`Pt resp ${money(claim.patientRespCents)}`, 'Claim totals', '', ''], total, claim.lines.length === 0 ? claim.remarkCodes : []));
  table(doc, COLUMNS, rows, { fontSize: 7.5, totalRows: 1 });
}

/** NaN marks a column the row has no figure for (a claim-level adjustment row has no billed or paid amount). */
function amountRow(lead: string[], a: RemitAmounts, remarks: string[]): TableCell[] {
  const cents = (n: number) => (Number.isNaN(n) ? '' : money(n));
  const other = a.other.map((x) => `${x.group}-${x.reason} ${money(x.amountCents)}`).join('\n');
  return [...lead, cents(a.billed), cents(a.allowed), cents(a.deductible), cents(a.coinsurance), other, remarks.join(' '),
    { text: cents(a.paid), bold: true }];
}

function claimLevelAmounts(claim: RemitClaim): RemitAmounts {
  const a = lineAmounts({ chargeCents: 0, paidCents: 0, allowedCents: 0, adjustments: claim.adjustments });
  const blankZero = (n: number) => (n === 0 ? Number.NaN : n);
  return { ...a, billed: Number.NaN, allowed: Number.NaN, paid: Number.NaN, deductible: blankZero(a.deductible), coinsurance: blankZero(a.coinsurance) };
}

function totals(doc: Pdf, advice: RemittanceAdvice, explain: Explain): void {
  heading(doc, advice.onlyClaimId === null ? 'Payment totals' : 'Totals for this claim');
  const all = advice.claims.map(claimAmounts);
  const sum = (pick: (a: RemitAmounts) => number) => all.reduce((t, a) => t + pick(a), 0);
  const plb = advice.providerAdjustments.reduce((t, p) => t + p.amountCents, 0);
  const paid = sum((a) => a.paid);
  table(doc, [{ label: 'Claims', width: 1 }, { label: 'Billed', width: 1.3, align: 'right' }, { label: 'Allowed', width: 1.3, align: 'right' },
    { label: 'Deductible', width: 1.3, align: 'right' }, { label: 'Coinsurance', width: 1.3, align: 'right' },
    { label: 'Other adjustments', width: 1.4, align: 'right' }, { label: 'Provider paid', width: 1.3, align: 'right' },
    { label: 'Provider adj.', width: 1.3, align: 'right' }, { label: advice.onlyClaimId === null ? 'Payment' : 'ERA payment', width: 1.3, align: 'right' }],
  [[String(advice.claims.length), money(sum((a) => a.billed)), money(sum((a) => a.allowed)), money(sum((a) => a.deductible)),
    money(sum((a) => a.coinsurance)), money(sum((a) => a.other.reduce((t, o) => t + o.amountCents, 0))), money(paid),
    money(advice.onlyClaimId === null ? -plb : 0), { text: money(advice.paymentCents), bold: true }]], { zebra: false });
  if (advice.onlyClaimId === null && paid - plb !== advice.paymentCents) {
    paragraph(doc, `Claim payments less provider adjustments come to ${money(paid - plb)}, not the ${money(advice.paymentCents)} paid: this ERA does not balance.`, { color: COLOR.bad });
  }
  if (advice.providerAdjustments.length > 0 && advice.onlyClaimId === null) {
    heading(doc, 'Provider adjustments (PLB)');
    table(doc, [{ label: 'Provider', width: 1.5 }, { label: 'Fiscal period', width: 1.3 }, { label: 'Reason', width: 3 }, { label: 'Reference', width: 2.5 }, { label: 'Amount', width: 1.2, align: 'right' }],
      advice.providerAdjustments.map((p) => [p.providerId, p.fiscalPeriodDate ?? '', `${p.reasonCode} ${explain('PLB', p.reasonCode) ?? ''}`, p.reference ?? '', money(p.amountCents)]));
  }
}

function glossary(doc: Pdf, advice: RemittanceAdvice, explain: Explain): void {
  const used = codesUsed(advice);
  const rows: string[][] = [
    ...used.groups.map((c) => [`Group ${c}`, explain('GROUP', c) ?? 'Unknown group code']),
    ...used.reasons.map((c) => [`Reason ${c}`, explain('CARC', c) ?? 'See the CARC list published by X12']),
    ...used.remarks.map((c) => [`Remark ${c}`, explain('RARC', c) ?? 'See the RARC list published by X12']),
  ];
  if (rows.length === 0) return;
  heading(doc, 'Glossary: group, reason and remark codes');
  table(doc, [{ label: 'Code', width: 1.2 }, { label: 'Meaning', width: 10 }], rows, { fontSize: 7.5 });
}

const dates = (from: string | null, to: string | null) => (from && to && from !== to ? `${from} – ${to}` : from ?? to ?? '');
/** "HC:99214:25:59" → "99214 25 59" (the qualifier is noise on paper). */
const procedure = (p: string | null) => printable((p ?? '').split(':').slice(1).join(' ') || (p ?? ''));
