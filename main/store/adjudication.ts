// What one 835 claim payment (CLP) decided: paid, denied, a reversal, or nothing the lifecycle reads. Pure.
//
// The rule, in order:
//   CLP02 22                          reversal
//   CLP02 4                           denied
//   CLP02 1, 2, 3, 19, 20, 21         processed. Paid when CLP04 ≠ 0. With nothing paid it is a denial, unless
//                                     - the patient owes cost sharing (PR with a deductible / coinsurance / copay
//                                       CARC: the payer applied the claim to the patient's deductible, not denied
//                                       it), or
//                                     - a prior payer's adjudication covered it (CARC 23: nothing left to pay), or
//                                     - the 835 gives no PR adjustment detail but CLP05 says the patient owes.
//                                     So "CO-16 / CO-50 / CO-197 / OA-… / PR-204 for the whole charge, paid 0" is
//                                     denied, and "PR-1 for the whole allowed amount, paid 0" is paid.
//   anything else (e.g. 25)           other: the lifecycle falls back to acknowledgments and status reports
import type { Adjustment } from '../edi/model.js';

export type PaymentOutcome = 'paid' | 'denied' | 'reversal' | 'other';

export const PROCESSED_CODES: ReadonlySet<string> = new Set(['1', '2', '3', '19', '20', '21']);
/** PR reasons that are cost sharing: deductible (1, 66, 247), coinsurance (2, 248), copay (3, 241), HSA (187). */
export const COST_SHARE_REASONS: ReadonlySet<string> = new Set(['1', '2', '3', '66', '187', '241', '247', '248']);
const PRIOR_PAYER = '23';

export interface PaymentFacts {
  statusCode: string; // CLP02
  paidCents: number; // CLP04
  patientRespCents: number; // CLP05
  adjustments: readonly Adjustment[]; // claim-level and line-level CAS together
}

export function paymentOutcome(p: PaymentFacts): PaymentOutcome {
  if (p.statusCode === '22') return 'reversal';
  if (p.statusCode === '4') return 'denied';
  if (!PROCESSED_CODES.has(p.statusCode)) return 'other';
  if (p.paidCents !== 0) return 'paid';
  let costShare = 0, patient = 0;
  for (const a of p.adjustments) {
    if (a.reason === PRIOR_PAYER) return 'paid';
    if (a.group !== 'PR') continue;
    patient += a.amountCents;
    if (COST_SHARE_REASONS.has(a.reason)) costShare += a.amountCents;
  }
  if (costShare > 0) return 'paid';
  if (patient === 0 && p.patientRespCents > 0) return 'paid'; // no CAS detail: trust CLP05
  return 'denied';
}
