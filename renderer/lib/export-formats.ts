// The list formats every "Export ▾" menu offers, in one order with one set of names.
export interface ListFormat { label: string; format: 'csv' | 'xlsx'; excelFriendly?: boolean }

export const LIST_FORMATS: readonly ListFormat[] = [
  { label: 'CSV', format: 'csv' },
  { label: 'Excel-friendly CSV', format: 'csv', excelFriendly: true },
  { label: 'Excel workbook (XLSX)', format: 'xlsx' },
];

/** The last part of a path, whichever separator the operating system uses. */
export const fileName = (path: string): string => path.split(/[\\/]/).pop() ?? path;
