// Which correlation keys the database may already hold evidence for. A bulk import asks before every lookup: into an
// empty (or small) store it knows every stored key and skips the lookups of new ones, which is nearly all of them;
// into a large store it looks every key up (loading millions of keys would cost more than it saves).
import type { Db } from '../../db/open.js';
import { evidenceMarks, storedKeysAfter, type EvidenceMarks } from '../../db/queries/evidence.js';

/** Keys are 'k:' + patient control number key or 'c:' + payer claim number, as recompute.ts writes them. */
export interface KeyIndex {
  /** True when every stored key is known (a load into an empty or small store); false when every key is looked up. */
  readonly complete: boolean;
  mayBeStored(key: string): boolean;
  add(key: string): void;
  /** Before a flush: takes in keys someone else stored since the last `settle` (a sync running between reads). */
  refresh(): void;
  /** After a flush committed: what is stored now is known (the flush `add`ed its own keys). */
  settle(): void;
}

const LOAD_AT_MOST = 250_000;

export function keyIndexFor(db: Db, expectedEvidence: number): KeyIndex {
  let marks: EvidenceMarks = evidenceMarks(db);
  const stored = marks.submissions + marks.reports + marks.payments;
  if (stored > Math.max(LOAD_AT_MOST, expectedEvidence)) return { complete: false, mayBeStored: () => true, add: () => {}, refresh: () => {}, settle: () => {} };
  const known = storedKeysAfter(db, { submissions: 0, reports: 0, payments: 0 });
  return {
    complete: true,
    mayBeStored: (key) => known.has(key),
    add: (key) => { known.add(key); },
    refresh: () => { for (const k of storedKeysAfter(db, marks)) known.add(k); },
    settle: () => { marks = evidenceMarks(db); },
  };
}
