// The ingestion vocabulary shared by files, the Stedi sync and the demo dataset.
export type IngestSource =
  | { kind: 'file'; path: string }
  | { kind: 'stedi'; transactionId: string; processedAt: string }
  | { kind: 'demo'; path: string };

export interface IngestSummary {
  files: number;
  transactions: number;
  duplicates: number;
  claimsCreated: number;
  claimsUpdated: number;
  exceptions: number;
  /** Sets stored although the engine warned about them (an SE01 segment count or a control number that disagrees). */
  warnings: number;
}

export const emptySummary = (): IngestSummary =>
  ({ files: 0, transactions: 0, duplicates: 0, claimsCreated: 0, claimsUpdated: 0, exceptions: 0, warnings: 0 });

export function addSummaries(a: IngestSummary, b: IngestSummary): IngestSummary {
  return {
    files: a.files + b.files, transactions: a.transactions + b.transactions, duplicates: a.duplicates + b.duplicates,
    claimsCreated: a.claimsCreated + b.claimsCreated, claimsUpdated: a.claimsUpdated + b.claimsUpdated, exceptions: a.exceptions + b.exceptions,
    warnings: a.warnings + b.warnings,
  };
}

export const sourceRef = (s: IngestSource): string => (s.kind === 'stedi' ? s.transactionId : s.path);
