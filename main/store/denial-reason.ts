// The adjustment that explains a denial, so denied claims can be grouped by reason and each counted once: the
// largest net adjustment that is neither an ordinary fee-schedule write-down (CO-45, sequestration CO-253) nor
// patient cost sharing (deductible, coinsurance, copay); failing that, the largest adjustment of any kind. Pure.
import { COST_SHARE_REASONS } from './adjudication.js';
import type { AdjustmentTotal } from './waterfall.js';

const ROUTINE = new Set(['CO-45', 'CO-253']);
const routine = (a: AdjustmentTotal) => ROUTINE.has(`${a.group}-${a.reason}`) || (a.group === 'PR' && COST_SHARE_REASONS.has(a.reason));

export function denialReason(adjustments: readonly AdjustmentTotal[]): { group: string; reason: string } | null {
  const largest = (xs: readonly AdjustmentTotal[]) => xs.reduce<AdjustmentTotal | null>((best, a) => {
    if (a.amountCents <= 0) return best;
    if (!best || a.amountCents > best.amountCents) return a;
    return a.amountCents === best.amountCents && `${a.group}-${a.reason}` < `${best.group}-${best.reason}` ? a : best;
  }, null);
  const pick = largest(adjustments.filter((a) => !routine(a))) ?? largest(adjustments);
  return pick ? { group: pick.group, reason: pick.reason } : null;
}
