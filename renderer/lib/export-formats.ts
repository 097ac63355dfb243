// The list formats every "Export ▾" menu offers, in one order with one set of names.
/** `label` in the menu; `short` in the export tray. */
export interface ListFormat { label: string; short: string; format: 'csv' | 'xlsx'; excelFriendly?: boolean }

export const LIST_FORMATS: readonly ListFormat[] = [
  { label: 'CSV', short: 'CSV', format: 'csv' },
  { label: 'Excel-friendly CSV', short: 'CSV for Excel', format: 'csv', excelFriendly: true },
  { label: 'Excel workbook (XLSX)', short: 'XLSX', format: 'xlsx' },
];

/** The last part of a path, whichever separator the operating system uses. */
export const fileName = (path: string): string => path.split(/[\\/]/).pop() ?? path;
