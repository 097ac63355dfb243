// Which payment is current: reversals (CLP02 22) cancel the payment they reverse, and a later corrected payment
// becomes current. Duplicate ERAs never take part. Pure.
import type { ClaimEvent } from './timeline.js';

export interface PaymentResolution {
  current: ClaimEvent | null;
  reversed: ClaimEvent[]; // payments taken back
  reversals: ClaimEvent[];
}

/** Events must be in timeline order. A reversal takes back the latest live payment with its payer claim number. */
export function resolvePayments(events: readonly ClaimEvent[]): PaymentResolution {
  const live: ClaimEvent[] = [];
  const reversed: ClaimEvent[] = [];
  const early: ClaimEvent[] = [];
  const reversals = events.filter((e) => e.type === 'reversal');
  for (const e of events) {
    if (e.type === 'payment') live.push(e);
    if (e.type !== 'reversal') continue;
    const idx = findLast(live, (p) => p.pcc === e.pcc);
    const target = idx >= 0 ? idx : e.pcc ? -1 : live.length - 1;
    if (target >= 0) reversed.push(...live.splice(target, 1)); else early.push(e);
  }
  // A reversal dated before the payment it reverses (payer clocks differ) still takes it back.
  for (const r of early) {
    let idx = live.findIndex((p) => p.pcc === r.pcc);
    if (idx < 0) idx = findLast(live, (p) => !p.pcc);
    if (idx >= 0) reversed.push(...live.splice(idx, 1));
  }
  return { current: live.at(-1) ?? null, reversed, reversals };
}

function findLast<T>(xs: T[], pred: (x: T) => boolean): number {
  for (let i = xs.length - 1; i >= 0; i--) if (pred(xs[i]!)) return i;
  return -1;
}
