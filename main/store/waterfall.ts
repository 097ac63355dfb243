// The dollar waterfall: charge → contractual (CO) → allowed → patient responsibility by type → other adjustments
// → paid, summed over every counted payment so reversals net out. It always adds up:
//   charge − contractual − patient responsibility − other adjustments − paid = imbalance (0 for a balanced ERA).
import type { Adjustment } from '../edi/model.js';

export interface AdjustmentTotal { group: string; reason: string; amountCents: number }

export interface Waterfall {
  chargeCents: number;
  contractualCents: number;
  allowedCents: number;
  deductibleCents: number; // PR-1
  coinsuranceCents: number; // PR-2
  copayCents: number; // PR-3
  otherPatientCents: number; // any other PR reason
  patientResponsibilityCents: number;
  otherAdjustmentCents: number; // OA, PI, CR and unknown groups
  otherAdjustments: AdjustmentTotal[]; // by group and CARC
  adjustments: AdjustmentTotal[]; // every group by CARC, net of reversals
  paidCents: number;
  imbalanceCents: number;
}

export interface MoneyRecord { chargeCents: number; paidCents: number; adjustments: readonly Adjustment[] }

/** Nets adjustments by group and reason, dropping totals that cancel to zero (a reversal and its original). */
export function netAdjustments(adjustments: Iterable<Adjustment>): AdjustmentTotal[] {
  const sums = new Map<string, number>();
  for (const a of adjustments) {
    const key = `${a.group}\u0000${a.reason}`;
    sums.set(key, (sums.get(key) ?? 0) + a.amountCents);
  }
  return [...sums].filter(([, v]) => v !== 0).map(([k, amountCents]) => {
    const [group, reason] = k.split('\u0000') as [string, string];
    return { group, reason, amountCents };
  }).sort((a, b) => (a.group + a.reason < b.group + b.reason ? -1 : a.group + a.reason > b.group + b.reason ? 1 : 0));
}

export function waterfall(records: readonly MoneyRecord[], chargeWhenUnpaid = 0): Waterfall {
  const charge = records.length ? records.reduce((s, r) => s + r.chargeCents, 0) : chargeWhenUnpaid;
  const paid = records.reduce((s, r) => s + r.paidCents, 0);
  const totals = netAdjustments(records.flatMap((r) => r.adjustments));
  const sum = (pred: (t: AdjustmentTotal) => boolean) => totals.filter(pred).reduce((s, t) => s + t.amountCents, 0);
  const contractual = sum((t) => t.group === 'CO');
  const pr = (reason: string) => sum((t) => t.group === 'PR' && t.reason === reason);
  const patient = sum((t) => t.group === 'PR');
  const others = totals.filter((t) => t.group !== 'CO' && t.group !== 'PR');
  const other = others.reduce((s, t) => s + t.amountCents, 0);
  return {
    chargeCents: charge,
    contractualCents: contractual,
    allowedCents: charge - contractual,
    deductibleCents: pr('1'),
    coinsuranceCents: pr('2'),
    copayCents: pr('3'),
    otherPatientCents: patient - pr('1') - pr('2') - pr('3'),
    patientResponsibilityCents: patient,
    otherAdjustmentCents: other,
    otherAdjustments: others,
    adjustments: totals,
    paidCents: paid,
    imbalanceCents: charge - contractual - patient - other - paid,
  };
}
