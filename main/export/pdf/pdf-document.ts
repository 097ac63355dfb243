// One look for every ClaimTrail PDF: US Letter, a title band, a confidentiality footer with page x of y.
// pdfkit with the built-in Helvetica, so the desktop app, the preview host and the CLI make byte-identical pages.
import PDFDocument from 'pdfkit';
import type { Writable } from 'node:stream';
import { printable, when } from './pdf-text.js';

export type Pdf = PDFKit.PDFDocument;

export const COLOR = {
  ink: '#1f2937', muted: '#6b7280', accent: '#1e40af', rule: '#d1d5db', band: '#eef2f7', zebra: '#f7f8fa',
  bad: '#b91c1c', ok: '#166534', warn: '#92400e',
} as const;

export const FONT = { regular: 'Helvetica', bold: 'Helvetica-Bold', oblique: 'Helvetica-Oblique' } as const;

export const MARGIN = 40;

export interface DocumentMeta {
  title: string;
  subtitle?: string;
  /** Right side of the title band: "Claim 42", "Check 1234", "November 2026". */
  reference?: string;
  generatedAt: Date;
  landscape?: boolean;
}

/** A new document with its title band drawn; the cursor sits below the band. */
export function openDocument(meta: DocumentMeta): Pdf {
  const doc = new PDFDocument({
    size: 'LETTER',
    layout: meta.landscape ? 'landscape' : 'portrait',
    margins: { top: MARGIN, bottom: MARGIN + 18, left: MARGIN, right: MARGIN },
    bufferPages: true, // page numbers need the page count, known only at the end
    info: { Title: printable(meta.title), Creator: 'ClaimTrail', Producer: 'ClaimTrail', CreationDate: meta.generatedAt },
  });
  titleBand(doc, meta);
  return doc;
}

function titleBand(doc: Pdf, meta: DocumentMeta): void {
  const width = contentWidth(doc);
  doc.font(FONT.bold).fontSize(8).fillColor(COLOR.accent).text('CLAIMTRAIL', MARGIN, MARGIN, { characterSpacing: 1.5 });
  doc.font(FONT.bold).fontSize(17).fillColor(COLOR.ink).text(printable(meta.title), MARGIN, MARGIN + 12, { width: width * 0.68 });
  const titleBottom = doc.y;
  if (meta.reference) {
    doc.font(FONT.bold).fontSize(11).text(printable(meta.reference), MARGIN + width * 0.6, MARGIN + 14, { width: width * 0.4, align: 'right' });
  }
  doc.font(FONT.regular).fontSize(8).fillColor(COLOR.muted)
    .text(`Generated ${when(meta.generatedAt.toISOString())}`, MARGIN + width * 0.6, MARGIN + 30, { width: width * 0.4, align: 'right' });
  doc.y = Math.max(titleBottom, MARGIN + 40);
  if (meta.subtitle) doc.font(FONT.regular).fontSize(9.5).fillColor(COLOR.muted).text(printable(meta.subtitle), MARGIN, doc.y + 1, { width });
  const ruleY = doc.y + 6;
  doc.moveTo(MARGIN, ruleY).lineTo(MARGIN + width, ruleY).lineWidth(1.2).strokeColor(COLOR.accent).stroke();
  doc.y = ruleY + 10;
  doc.fillColor(COLOR.ink);
}

export const contentWidth = (doc: Pdf): number => doc.page.width - MARGIN * 2;
export const pageBottom = (doc: Pdf): number => doc.page.height - doc.page.margins.bottom;

/** Starts a new page when fewer than `needed` points remain. */
export function ensureSpace(doc: Pdf, needed: number): void {
  if (doc.y + needed > pageBottom(doc)) {
    doc.addPage();
    doc.y = MARGIN;
  }
}

/** A section heading with a thin rule under it. */
export function heading(doc: Pdf, text: string, note?: string): void {
  ensureSpace(doc, 60);
  doc.moveDown(0.6);
  const y = doc.y;
  doc.font(FONT.bold).fontSize(11).fillColor(COLOR.ink).text(printable(text), MARGIN, y);
  if (note) doc.font(FONT.regular).fontSize(8).fillColor(COLOR.muted).text(printable(note), MARGIN, y + 2.5, { width: contentWidth(doc), align: 'right' });
  const ruleY = Math.max(doc.y, y + 13) + 2;
  doc.moveTo(MARGIN, ruleY).lineTo(MARGIN + contentWidth(doc), ruleY).lineWidth(0.5).strokeColor(COLOR.rule).stroke();
  doc.y = ruleY + 5;
  doc.fillColor(COLOR.ink);
}

/** A paragraph in the body style. */
export function paragraph(doc: Pdf, text: string, options: { size?: number; color?: string; font?: string } = {}): void {
  doc.font(options.font ?? FONT.regular).fontSize(options.size ?? 8.5).fillColor(options.color ?? COLOR.ink)
    .text(printable(text), MARGIN, doc.y, { width: contentWidth(doc), lineGap: 1 });
  doc.fillColor(COLOR.ink);
}

/** Footer on every page, then ends the document into `out`; resolves when every byte is written. */
export async function finishDocument(doc: Pdf, out: Writable, footerNote: string): Promise<number> {
  const finished = new Promise<void>((resolve, reject) => {
    out.once('finish', resolve);
    out.once('error', reject);
    doc.once('error', reject);
  });
  doc.pipe(out);
  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0; // writing inside the bottom margin must not start a new page
    const y = doc.page.height - MARGIN - 4;
    doc.moveTo(MARGIN, y - 5).lineTo(doc.page.width - MARGIN, y - 5).lineWidth(0.5).strokeColor(COLOR.rule).stroke();
    doc.font(FONT.regular).fontSize(7).fillColor(COLOR.muted)
      .text(printable(footerNote), MARGIN, y, { width: contentWidth(doc) * 0.8, lineBreak: false })
      .text(`Page ${i + 1} of ${range.count}`, MARGIN, y, { width: contentWidth(doc), align: 'right', lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  await finished;
  return range.count;
}

export const PHI_NOTICE = 'Confidential: contains protected health information. Share only as HIPAA allows.';
