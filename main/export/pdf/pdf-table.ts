// Tables and label/value grids for PDFs: wrapped cells, zebra rows, right-aligned money, header repeated on a new page.
import { COLOR, contentWidth, ensureSpace, FONT, MARGIN, pageBottom, type Pdf } from './pdf-document.js';
import { printable } from './pdf-text.js';

export interface TableColumn {
  label: string;
  /** Share of the table width; shares are normalised, so any positive numbers work. */
  width: number;
  align?: 'left' | 'right' | 'center';
}

export type TableCell = string | { text: string; bold?: boolean; color?: string };

export interface TableOptions {
  fontSize?: number;
  /** Rows drawn bold with a top rule: totals. */
  totalRows?: number;
  zebra?: boolean;
  /** Left edge and width, to draw a table in part of the page. */
  x?: number;
  width?: number;
}

const PAD_X = 4;
const PAD_Y = 2.5;

export function table(doc: Pdf, columns: readonly TableColumn[], rows: readonly TableCell[][], options: TableOptions = {}): void {
  const size = options.fontSize ?? 8;
  const x0 = options.x ?? MARGIN;
  const width = options.width ?? contentWidth(doc);
  const share = columns.reduce((sum, c) => sum + c.width, 0);
  const widths = columns.map((c) => (c.width / share) * width);
  const totalsFrom = rows.length - (options.totalRows ?? 0);
  const drawHeader = () => {
    const h = rowHeight(doc, columns.map((c) => c.label), widths, size, FONT.bold);
    doc.rect(x0, doc.y, width, h).fill(COLOR.band);
    drawCells(doc, columns, columns.map((c) => ({ text: c.label, bold: true })), widths, x0, size, h);
  };
  ensureSpace(doc, 40);
  drawHeader();
  rows.forEach((row, index) => {
    const isTotal = index >= totalsFrom;
    const font = isTotal ? FONT.bold : FONT.regular;
    const h = rowHeight(doc, row.map(textOf), widths, size, font);
    if (doc.y + h > pageBottom(doc)) {
      doc.addPage();
      doc.y = MARGIN;
      drawHeader();
    }
    if (options.zebra !== false && !isTotal && index % 2 === 1) doc.rect(x0, doc.y, width, h).fill(COLOR.zebra);
    if (isTotal && index === totalsFrom) doc.moveTo(x0, doc.y).lineTo(x0 + width, doc.y).lineWidth(0.8).strokeColor(COLOR.ink).stroke();
    drawCells(doc, columns, row.map((c) => (isTotal && typeof c === 'string' ? { text: c, bold: true } : c)), widths, x0, size, h);
  });
  doc.moveTo(x0, doc.y).lineTo(x0 + width, doc.y).lineWidth(0.5).strokeColor(COLOR.rule).stroke();
  doc.x = MARGIN;
  doc.y += 4;
}

function drawCells(doc: Pdf, columns: readonly TableColumn[], cells: TableCell[], widths: number[], x0: number, size: number, h: number): void {
  const y = doc.y;
  let x = x0;
  cells.forEach((cell, i) => {
    const c = typeof cell === 'string' ? { text: cell } : cell;
    doc.font(c.bold ? FONT.bold : FONT.regular).fontSize(size).fillColor(c.color ?? COLOR.ink)
      .text(printable(c.text), x + PAD_X, y + PAD_Y, { width: widths[i]! - PAD_X * 2, align: columns[i]?.align ?? 'left', lineGap: 0.5 });
    x += widths[i]!;
  });
  doc.fillColor(COLOR.ink);
  doc.y = y + h;
}

function rowHeight(doc: Pdf, texts: string[], widths: number[], size: number, font: string): number {
  doc.font(font).fontSize(size);
  const tallest = Math.max(...texts.map((t, i) => doc.heightOfString(printable(t) || ' ', { width: widths[i]! - PAD_X * 2, lineGap: 0.5 })));
  return tallest + PAD_Y * 2;
}

const textOf = (cell: TableCell): string => (typeof cell === 'string' ? cell : cell.text);

/** Label above value, laid out in `perRow` columns: the header block of a claim or a remittance. */
export function fieldGrid(doc: Pdf, fields: readonly (readonly [string, string])[], perRow = 4, options: { x?: number; width?: number } = {}): void {
  const x0 = options.x ?? MARGIN;
  const width = options.width ?? contentWidth(doc);
  const cellWidth = width / perRow;
  for (let start = 0; start < fields.length; start += perRow) {
    const slice = fields.slice(start, start + perRow);
    doc.font(FONT.bold).fontSize(8.5);
    const h = 10 + Math.max(...slice.map(([, v]) => doc.heightOfString(printable(v) || '–', { width: cellWidth - 8 })));
    ensureSpace(doc, h + 4);
    const y = doc.y;
    slice.forEach(([label, value], i) => {
      const x = x0 + i * cellWidth;
      doc.font(FONT.regular).fontSize(6.5).fillColor(COLOR.muted).text(printable(label.toUpperCase()), x, y, { width: cellWidth - 8, characterSpacing: 0.3 });
      doc.font(FONT.bold).fontSize(8.5).fillColor(COLOR.ink).text(printable(value) || '–', x, y + 8.5, { width: cellWidth - 8 });
    });
    doc.y = y + h + 4;
  }
  doc.x = MARGIN;
}
