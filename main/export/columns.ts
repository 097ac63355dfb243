// The column model every export format shares: a stable key, a header, a kind and a getter over one row.
import type { CellValue, ColumnKind } from './values.js';

export interface Column<R> {
  /** Stable machine name; CSV headers use it so scripts keep working when labels change. */
  key: string;
  /** Human label for XLSX and PDF headers. */
  label: string;
  kind: ColumnKind;
  get: (row: R) => CellValue;
  /** XLSX width in characters; a default per kind otherwise. */
  width?: number;
}

/** A named block of rows: one CSV file, one XLSX sheet, one PDF table. */
export interface Section<R> {
  name: string;
  columns: readonly Column<R>[];
  rows: Iterable<R> | AsyncIterable<R>;
}

export const DEFAULT_WIDTH: Record<ColumnKind, number> = {
  text: 18, money: 14, date: 12, datetime: 18, integer: 10, ratio: 10, decimal: 10,
};

/** Shorthand for a column whose getter reads one property. */
export function field<R, K extends keyof R & string>(key: K, label: string, kind: ColumnKind, width?: number): Column<R> {
  return { key, label, kind, width, get: (row) => row[key] as CellValue };
}
