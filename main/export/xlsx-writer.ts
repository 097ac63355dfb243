// Streams sections into an .xlsx workbook (exceljs WorkbookWriter): one sheet per section, typed cells, frozen
// header, autofilter, widths. Rows are committed as they come, so memory stays flat however many there are.
import ExcelJS from 'exceljs';
import { setTimeout as delay, setImmediate as nextTurn } from 'node:timers/promises';
import type { Writable } from 'node:stream';
import { DEFAULT_WIDTH, type Column, type Section } from './columns.js';
import { trackRows, type OnProgress, type RowTracker } from './progress.js';
import { xlsxValue, type ColumnKind } from './values.js';

export interface XlsxOptions {
  signal?: AbortSignal;
  onProgress?: OnProgress;
  total?: number | null;
  /** Workbook "created" stamp; passed in so output is reproducible. */
  created?: Date;
  /** Data rows per sheet before continuing on "Name (2)". Excel's hard limit is 1 048 575 plus the header. */
  maxRowsPerSheet?: number;
}

type Workbook = ExcelJS.stream.xlsx.WorkbookWriter;

export const EXCEL_MAX_DATA_ROWS = 1_048_575;

const NUMBER_FORMAT: Partial<Record<ColumnKind, string>> = {
  money: '"$"#,##0.00;[Red]-"$"#,##0.00',
  date: 'yyyy-mm-dd',
  datetime: 'yyyy-mm-dd hh:mm',
  integer: '#,##0',
  ratio: '0.0%',
  decimal: '#,##0.0',
};

// Committing rows is synchronous while zipping is not, and exceljs writes into the zip without backpressure: its
// sheet buffer pipes into a PassThrough (archiver wraps non-Node streams in one) that just keeps growing. So every
// few hundred rows we wait until that PassThrough has drained below a few MB: memory stays flat at any row count.
const YIELD_EVERY_ROWS = 500;
const MAX_PENDING_BYTES = 4 * 1024 * 1024;

/** Writes every section as a sheet into `out` (which it ends). Returns the number of data rows written. */
export async function writeXlsx(sections: readonly Section<any>[], out: Writable, options: XlsxOptions = {}): Promise<number> {
  const tracker = trackRows(options);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  workbook.creator = 'ClaimTrail';
  workbook.created = options.created ?? new Date();
  try {
    await writeSections(workbook, sections, tracker, options.maxRowsPerSheet ?? EXCEL_MAX_DATA_ROWS);
    tracker.checkAborted();
    await workbook.commit();
  } catch (err) {
    // Stop the zip from writing into a stream the caller is about to close and delete.
    const zip = (workbook as unknown as { zip: { abort(): void; unpipe(): void } }).zip;
    zip.unpipe();
    zip.abort();
    throw err;
  }
  return tracker.finish();
}

async function writeSections(workbook: Workbook, sections: readonly Section<any>[], tracker: RowTracker, maxRows: number): Promise<void> {
  const names = new SheetNames();
  for (const section of sections) {
    const styles = section.columns.map(cellStyle);
    let sheet = openSheet(workbook, names.next(section.name), section.columns);
    let inSheet = 0;
    for await (const row of section.rows) {
      if (inSheet === maxRows) {
        sheet.commit();
        sheet = openSheet(workbook, names.next(section.name), section.columns);
        inSheet = 0;
      }
      const added = sheet.addRow(section.columns.map((c) => xlsxValue(c.kind, c.get(row))));
      // One shared style object per column: exceljs caches style ids by object identity, and a fresh
      // object per cell (its default) costs a style lookup per cell, a quarter of the export time.
      for (let i = 0; i < styles.length; i++) added.getCell(i + 1).style = styles[i]!;
      added.commit();
      inSheet += 1;
      tracker.tick();
      if (tracker.rows % YIELD_EVERY_ROWS === 0) {
        tracker.checkAborted();
        await nextTurn();
        await drained(sheet, tracker);
      }
    }
    sheet.commit();
  }
}

/** Waits while the zip has more than MAX_PENDING_BYTES of this sheet's XML still to compress. */
async function drained(sheet: ExcelJS.Worksheet, tracker: RowTracker): Promise<void> {
  // exceljs internals (StreamBuf.pipes → archiver's PassThrough); if their shape changes this is a no-op, and the
  // export bench's peak-memory figure is what would show it.
  // archiver's PassThrough comes from readable-stream 2, which has no writableLength: read its state directly.
  // Before the zip reaches this sheet the XML waits in the sheet's own buffers, so those count too.
  type Sink = { writableLength?: number; _writableState?: { length?: number } };
  const buffer = (sheet as unknown as { stream?: { pipes?: Sink[]; buffers?: { length: number }[] } }).stream;
  const pending = () => {
    const sink = buffer?.pipes?.[0];
    const queued = (buffer?.buffers ?? []).reduce((total, b) => total + b.length, 0);
    return queued + (sink?.writableLength ?? sink?._writableState?.length ?? 0);
  };
  while (pending() > MAX_PENDING_BYTES) {
    tracker.checkAborted();
    await delay(1);
  }
}

function openSheet(workbook: Workbook, name: string, columns: readonly Column<unknown>[]): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }] });
  sheet.columns = columns.map((c) => ({
    header: c.label,
    key: c.key,
    width: c.width ?? Math.max(DEFAULT_WIDTH[c.kind], c.label.length + 2),
    style: cellStyle(c),
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF4' } };
  header.border = { bottom: { style: 'thin', color: { argb: 'FF8899AA' } } };
  header.commit();
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: Math.max(columns.length, 1) } };
  return sheet;
}

function cellStyle(column: Column<unknown>): Partial<ExcelJS.Style> {
  const numFmt = NUMBER_FORMAT[column.kind];
  return numFmt ? { numFmt } : {};
}

/** Excel sheet names: at most 31 characters, none of []:*?/\, unique ignoring case. */
class SheetNames {
  private readonly used = new Set<string>();
  next(wanted: string): string {
    const base = wanted.replace(/[[\]:*?/\\]/g, ' ').trim().slice(0, 31) || 'Sheet';
    for (let n = 1; ; n++) {
      const name = n === 1 ? base : `${base.slice(0, 31 - ` (${n})`.length)} (${n})`;
      if (!this.used.has(name.toLowerCase())) {
        this.used.add(name.toLowerCase());
        return name;
      }
    }
  }
}
