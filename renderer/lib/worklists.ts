// Worklist names and what each one is for, in the biller's words.
import type { WorklistKind } from '../../shared/domain/worklists';

export const WORKLISTS: { kind: WorklistKind; title: string; help: string }[] = [
  { kind: 'rejections', title: 'Rejections', help: 'Claims rejected before adjudication, grouped by reason: fix one cause, clear many.' },
  { kind: 'denials', title: 'Denials', help: 'Denied claims by adjustment reason (CARC), with the dollars at risk.' },
  { kind: 'stale_no_ack', title: 'No acknowledgment', help: 'Submitted claims with no 999 / 277CA after the threshold set in Settings.' },
  { kind: 'stale_unpaid', title: 'Accepted, unpaid', help: 'Accepted claims with no ERA after the threshold (per payer where set).' },
  { kind: 'unbalanced_eras', title: 'Unbalanced ERAs', help: 'Payments whose amounts do not add up: check before posting.' },
  { kind: 'duplicate_eras', title: 'Duplicate ERAs', help: 'The same payment received twice; its money is counted once.' },
  { kind: 'orphans', title: 'Orphans', help: 'Responses for claims with no 837 on file.' },
  { kind: 'exceptions', title: 'Sync & import exceptions', help: 'Transactions that could not be read or stored. Reprocess after a fix.' },
];

export const WORKLIST_TITLES = Object.fromEntries(WORKLISTS.map((w) => [w.kind, w.title])) as Record<WorklistKind, string>;
