// A claim's lifecycle status as a pure function of its timeline.
//   paid / denied  the current payment's outcome (adjudication.ts): CLP02 4 is denied; CLP02 1, 2, 3, 19, 20, 21 is
//                  paid, except that nothing paid and nothing owed by the patient as cost sharing is denied
//   reversed       a payment was reversed and nothing replaced it yet
//   pending        the latest status answer is a 277 P* (or R*: payer asked for information)
//   rejected       the latest acknowledgment rejects: 999 IK5 R, or 277CA A3 / A6 / A7 / A8
//   accepted       the latest 277CA (or 277) accepts (A0-A2, A5, F*)
//   submitted      an 837 and nothing since but 999 acceptances: a 999 IK5 A / E only says the transaction set
//                  was syntactically sound, not that the clearinghouse or payer took the claim
// Acknowledgments older than the latest 837 answer an earlier submission, so a corrected resubmission starts over.
import { resolvePayments } from './payments.js';
import { isRejectCategory, type ClaimEvent } from './timeline.js';

export const CLAIM_STATUSES = ['submitted', 'accepted', 'rejected', 'pending', 'paid', 'denied', 'reversed'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

const IGNORED_CATEGORIES = /^(E\d|D0)/; // errors about the inquiry itself say nothing about the claim

export interface Lifecycle { status: ClaimStatus; statusCode: string | null; current: ClaimEvent | null }

export function lifecycleStatus(events: readonly ClaimEvent[]): Lifecycle {
  const payments = resolvePayments(events);
  const current = payments.current;
  if (current?.category === 'denied') return { status: 'denied', statusCode: current.code, current };
  if (current?.category === 'paid') return { status: 'paid', statusCode: current.code, current };
  if (!current && payments.reversals.length > 0) return { status: 'reversed', statusCode: '22', current: null };

  const lastSubmission = events.filter((e) => e.source === '837').at(-1);
  const answers = events.filter((e) =>
    (e.type === 'ack_999' ? e.category === 'R' : e.type === 'ack_277ca' || e.type === 'status_277')
    && !IGNORED_CATEGORIES.test(e.category ?? '')
    && (!lastSubmission || e.at >= lastSubmission.at));
  const latest = answers.at(-1);
  if (!latest) return { status: lastSubmission ? 'submitted' : 'accepted', statusCode: null, current };
  const category = latest.category ?? '';
  if (latest.type === 'status_277' && /^[PR]/.test(category)) return { status: 'pending', statusCode: latest.code, current };
  if (latest.type === 'ack_999') return { status: 'rejected', statusCode: latest.code, current }; // only IK5 R gets here
  if (isRejectCategory(category)) return { status: 'rejected', statusCode: latest.code, current };
  return { status: 'accepted', statusCode: latest.code, current };
}
