// How every figure in the monthly report pack is defined, printed beside the figure so nobody has to guess.
// Keep these in step with the store's report queries (db/queries): a definition that lies is worse than none.

export const KPI_DEFINITIONS = {
  claims: 'Claims whose first date of service falls in the month, counted once however often they were resubmitted.',
  billed: 'Sum of the charges on those claims as submitted (CLM02), current version of each claim.',
  paid: 'Sum of the payer\'s current payments on those claims (CLP04), reversals netted out, duplicate ERAs ignored.',
  patientResponsibility: 'What the payer says the patient owes (PR adjustments: deductible, coinsurance, copay, other).',
  denialRate: 'Denied claims ÷ adjudicated claims (paid + denied) among the month\'s claims.',
  firstPass: 'Claims whose first acknowledgement (999 or 277CA) accepted them ÷ claims that have an acknowledgement.',
  unpaid: 'Charge less payments on the month\'s claims that are submitted, accepted, rejected, pending or reversed (the aging total).',
} as const;

export const SECTION_DEFINITIONS = {
  aging: [
    ['Bucket', 'Days from submission (or the first service date when no 837 was seen) to the report date.'],
    ['Claims', 'Claims still submitted, accepted, rejected, pending or reversed, in that bucket.'],
    ['Unpaid', 'Their charges less anything paid: the money still outstanding.'],
  ],
  denials: [
    ['Denied', 'Claims whose current payment is a denial (claim status 4), by payer and the reason code (CARC) given.'],
    ['Rate', 'Denied ÷ adjudicated (paid + denied) claims for that payer.'],
    ['Denied $', 'Adjustment amounts (other than patient responsibility) on the denied claims.'],
  ],
  topProviders: [
    ['Provider', 'Billing provider (NPI), ranked by billed charges in the month.'],
    ['Denial rate', 'Denied ÷ adjudicated claims for the provider.'],
    ['Median days', 'Median days from submission to the first payment, paid claims only.'],
  ],
  turnaround: [
    ['To ack', 'Days from submission (837) to the first acknowledgement: median and 90th percentile.'],
    ['To pay', 'Days from submission to the payment (835): median and 90th percentile.'],
  ],
  firstPass: [
    ['Submitted', 'Claims of the month that have an acknowledgement (999 or 277CA).'],
    ['First pass', 'Of those, claims whose first acknowledgement accepted them.'],
  ],
} as const satisfies Record<string, readonly (readonly [string, string])[]>;
