// Default export file names, e.g. claims-denied-2026-11-01_2026-11-30.xlsx. Pure: the date comes in.
import type { ClaimFilters, DateRange } from '../../shared/domain/claims.js';

export type ExportExtension = 'csv' | 'xlsx' | 'pdf';

export interface FileNameParts {
  subject: string;
  qualifiers?: readonly string[];
  range?: DateRange;
  ext: ExportExtension;
  /** Used when no range is given, so repeated exports don't overwrite each other by default. */
  today: string;
}

/** Lower-case words joined by hyphens; nothing a file system could object to, never empty. */
export function slug(text: string): string {
  const cleaned = text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return cleaned.slice(0, 40).replace(/-+$/, '') || 'export';
}

export function exportFileName(parts: FileNameParts): string {
  const words = [parts.subject, ...(parts.qualifiers ?? [])].map(slug);
  return `${[...words, rangeText(parts.range, parts.today)].join('-')}.${parts.ext}`;
}

function rangeText(range: DateRange | undefined, today: string): string {
  if (range?.from && range.to) return `${range.from}_${range.to}`;
  if (range?.from) return `from-${range.from}`;
  if (range?.to) return `to-${range.to}`;
  return today;
}

/** The claims list's name: its statuses, then the first date range the filters set (service, paid, submitted). */
/** `selected`: how many claims were picked by hand in the list (the file then holds only those). */
export function claimsFileName(filters: ClaimFilters, ext: ExportExtension, today: string, selected?: number): string {
  const range = filters.serviceDate ?? filters.paidDate ?? filters.submittedDate;
  const qualifiers: string[] = [...(selected ? [`${selected}-selected`] : []), ...[...(filters.statuses ?? [])].sort()];
  if (filters.carc) qualifiers.push(`carc-${filters.carc}`);
  return exportFileName({ subject: 'claims', qualifiers, range: hasDates(range) ? range : undefined, ext, today });
}

const hasDates = (range: DateRange | undefined): range is DateRange => Boolean(range?.from || range?.to);
