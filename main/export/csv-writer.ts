// Writes rows as RFC 4180 CSV (UTF-8, CRLF, optional BOM) to a stream, honouring backpressure and cancellation.
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { Column } from './columns.js';
import { trackRows, type OnProgress } from './progress.js';
import { csvText } from './values.js';

export interface CsvOptions {
  /** "Excel-friendly": a UTF-8 byte order mark, so Excel does not read accented names as Windows-1252. */
  bom?: boolean;
  signal?: AbortSignal;
  onProgress?: OnProgress;
  total?: number | null;
}

const CHUNK_CHARS = 64 * 1024;

/** Quotes a field only when it must (comma, quote, CR or LF), doubling quotes inside, per RFC 4180. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvRecord<R>(columns: readonly Column<R>[], row: R): string {
  let line = '';
  for (let i = 0; i < columns.length; i++) {
    const column = columns[i]!;
    if (i > 0) line += ',';
    line += csvField(csvText(column.kind, column.get(row)));
  }
  return `${line}\r\n`;
}

export function csvHeader<R>(columns: readonly Column<R>[]): string {
  return `${columns.map((c) => csvField(c.key)).join(',')}\r\n`;
}

/** Streams `rows` into `out` (which it ends). Returns the number of data rows written. */
export async function writeCsv<R>(
  rows: Iterable<R> | AsyncIterable<R>, columns: readonly Column<R>[], out: Writable, options: CsvOptions = {},
): Promise<number> {
  const tracker = trackRows(options);
  let chunk = (options.bom ? '\uFEFF' : '') + csvHeader(columns);
  const flush = async () => {
    tracker.checkAborted();
    const ok = out.write(chunk, 'utf8');
    chunk = '';
    if (!ok) await drained(out, options.signal);
  };
  for await (const row of rows) {
    chunk += csvRecord(columns, row);
    tracker.tick();
    if (chunk.length >= CHUNK_CHARS) await flush();
  }
  await flush();
  out.end();
  await once(out, 'finish');
  return tracker.finish();
}

/** Waits for 'drain', but gives up as soon as the export is cancelled or the stream fails. */
async function drained(out: Writable, signal?: AbortSignal): Promise<void> {
  await once(out, 'drain', { signal });
}
