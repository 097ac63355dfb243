// What the generator knows happened to each claim and each payment, for tests to compare the engine
// against: amounts are net over every CLP written (payments, reversals, corrections).
import type { Adjudication } from './adjudicate.js';
import type { FinalStatus, GenClaim } from './claim.js';
import { dayToIso } from './dates.js';
import type { ClaimType } from './parties.js';

export interface ClaimTruth {
  patientControlNumber: string;
  payerId: string;
  billingNpi: string;
  renderingNpi: string;
  claimType: ClaimType;
  frequencyCode: '1' | '7';
  originalPatientControlNumber: string | null; // the claim a replacement (7) or resubmission (1) follows
  originalPayerClaimNumber: string | null; // REF*F8 of a replacement
  replacedByPatientControlNumber: string | null; // set on an original whose payment a replacement reversed
  chargeCents: number;
  submittedDate: string; // ISO
  serviceDateFrom: string;
  serviceDateTo: string;
  status: FinalStatus;
  rejectedBy: '999' | '277CA' | null;
  acknowledgment: string | null; // 277CA STC01 as category:status[:entity], e.g. A2:20:PR or A7:164:IL
  payerClaimControlNumber: string | null; // 277CA REF*1K = 835 CLP07
  paidCents: number;
  patientResponsibilityCents: number;
  adjustments: { group: string; reason: string; amountCents: number }[]; // net, zero sums dropped, sorted
  lines: { lineControlNumber: string; chargeCents: number; paidCents: number; allowedCents: number | null }[];
  claimPayments: number; // CLP segments written for it, reversals included, duplicates excluded
  flags: { unbalancedEra: boolean; duplicateEra: boolean; reversed: boolean; replaced: boolean };
  files: string[]; // names of the files that mention it
}

export interface PaymentTruth {
  file: string;
  payerId: string;
  payeeNpi: string;
  traceNumber: string; // TRN02
  paymentCents: number; // BPR02 as written
  expectedPaymentCents: number; // Σ CLP04 − Σ PLB; differs from paymentCents only when unbalanced
  claimPayments: number;
  providerAdjustments: { reason: string; reference: string; amountCents: number }[];
  unbalanced: boolean;
  duplicateOf: string | null; // file name of the first copy, when this is a resend
}

/** Adds one CLP's amounts to the claim's running totals. */
export function applyPayment(c: GenClaim, a: Adjudication): void {
  c.paidCents += a.paidCents;
  c.patientResponsibilityCents += a.patientResponsibilityCents;
  c.claimPayments++;
  const add = (group: string, reason: string, cents: number) => {
    const key = `${group} ${reason}`;
    c.adjustments.set(key, (c.adjustments.get(key) ?? 0) + cents);
  };
  for (const x of a.claimCas) add(x.group, x.reason, x.amountCents);
  a.lines?.forEach((l, i) => {
    c.linePaid[i] += l.paidCents;
    if (a.statusCode !== '22') c.lineAllowed[i] = l.allowedCents;
    for (const x of l.cas) add(x.group, x.reason, x.amountCents);
  });
  if (a.statusCode === '22') {
    c.status = 'reversed';
    c.reversed = true;
    c.lastPayment = null;
    c.lineAllowed = c.lineAllowed.map(() => null);
  } else {
    c.status = a.outcome;
    c.lastPayment = a;
  }
}

export function truthOf(c: GenClaim): ClaimTruth {
  const adjustments: ClaimTruth['adjustments'] = [];
  for (const [key, cents] of c.adjustments) {
    if (cents === 0) continue;
    const [group, reason] = key.split(' ');
    adjustments.push({ group, reason, amountCents: cents });
  }
  adjustments.sort((x, y) => (x.group === y.group ? x.reason.localeCompare(y.reason) : x.group.localeCompare(y.group)));
  return {
    patientControlNumber: c.pcn,
    payerId: c.payer.id,
    billingNpi: c.provider.npi,
    renderingNpi: c.renderer.npi,
    claimType: c.type,
    frequencyCode: c.frequency,
    originalPatientControlNumber: c.originalPcn,
    originalPayerClaimNumber: c.originalPayerClaim,
    replacedByPatientControlNumber: c.replacedBy,
    chargeCents: c.chargeCents,
    submittedDate: dayToIso(c.submitDay),
    serviceDateFrom: dayToIso(c.fromDay),
    serviceDateTo: dayToIso(c.toDay),
    status: c.status,
    rejectedBy: c.rejectedBy,
    acknowledgment: c.acknowledgment,
    payerClaimControlNumber: c.payerClaim,
    paidCents: c.paidCents,
    patientResponsibilityCents: c.patientResponsibilityCents,
    adjustments,
    lines: c.lines.map((l, i) => ({ lineControlNumber: l.controlNumber, chargeCents: l.chargeCents, paidCents: c.linePaid[i], allowedCents: c.lineAllowed[i] })),
    claimPayments: c.claimPayments,
    flags: { unbalancedEra: c.unbalancedEra, duplicateEra: c.duplicateEra, reversed: c.reversed, replaced: c.replacedBy !== null },
    files: c.files,
  };
}
