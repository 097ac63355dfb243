import { describe, expect, it } from 'vitest';
import { lifecycleStatus } from '../../../main/store/lifecycle.js';
import type { ClaimEvent, EventType, EventSource } from '../../../main/store/timeline.js';

let n = 0;
const ev = (type: EventType, source: EventSource, at: string, extra: Partial<ClaimEvent> = {}): ClaimEvent => ({
  at: `${at}T00:00:00.000Z`, type, source, code: null, category: null, amountCents: null, pcc: null, rawId: 1,
  sortKey: String(n++).padStart(4, '0'), counted: true, detail: null, ...extra,
});
const sub = (at: string) => ev('submitted', '837', at, { code: '1' });
const ack277 = (at: string, category: string) => ev('ack_277ca', '277CA', at, { category, code: `${category}:20` });
const outcome = (code: string, cents: number) => (code === '22' ? 'reversal' : code === '4' || cents === 0 ? 'denied' : 'paid');
const pay = (at: string, code: string, cents: number, pcc: string) =>
  ev(code === '22' ? 'reversal' : 'payment', '835', at, { code, category: outcome(code, cents), amountCents: cents, pcc });

describe('lifecycleStatus', () => {
  it.each([
    ['an 837 alone', [sub('2026-01-01')], 'submitted'],
    ['a 999 accepted: the set, not the claim', [sub('2026-01-01'), ev('ack_999', '999', '2026-01-02', { category: 'A' })], 'submitted'],
    ['a 999 accepted with errors', [sub('2026-01-01'), ev('ack_999', '999', '2026-01-02', { category: 'E' })], 'submitted'],
    ['a 999 accepted, then 277CA A2', [sub('2026-01-01'), ev('ack_999', '999', '2026-01-02', { category: 'A' }), ack277('2026-01-03', 'A2')], 'accepted'],
    ['a 999 accepted, then 277CA A7', [sub('2026-01-01'), ev('ack_999', '999', '2026-01-02', { category: 'A' }), ack277('2026-01-03', 'A7')], 'rejected'],
    ['277CA A2 and a 999 accepted on the same day', [sub('2026-01-01'), ack277('2026-01-02', 'A2'), ev('ack_999', '999', '2026-01-02', { category: 'A' })], 'accepted'],
    ['a 999 rejected', [sub('2026-01-01'), ev('ack_999', '999', '2026-01-02', { category: 'R' })], 'rejected'],
    ['277CA A2', [sub('2026-01-01'), ack277('2026-01-02', 'A2')], 'accepted'],
    ...['A3', 'A6', 'A7', 'A8'].map((c) => [`277CA ${c}`, [sub('2026-01-01'), ack277('2026-01-02', c)], 'rejected'] as const),
    ['a later A2 after a rejection', [sub('2026-01-01'), ack277('2026-01-02', 'A7'), ack277('2026-01-03', 'A2')], 'accepted'],
    ['a resubmission after a rejection', [sub('2026-01-01'), ack277('2026-01-02', 'A7'), sub('2026-01-05')], 'submitted'],
    ['277 pending', [sub('2026-01-01'), ack277('2026-01-02', 'A2'), ev('status_277', '277', '2026-01-09', { category: 'P1' })], 'pending'],
    ...['1', '2', '3', '19', '20', '21'].map((c) => [`CLP02 ${c}`, [sub('2026-01-01'), pay('2026-01-10', c, 100, 'K')], 'paid'] as const),
    ['CLP02 4', [sub('2026-01-01'), pay('2026-01-10', '4', 0, 'K')], 'denied'],
    ['CLP02 1 paid nothing with denial CARCs', [sub('2026-01-01'), ack277('2026-01-02', 'A2'), pay('2026-01-10', '1', 0, 'K')], 'denied'],
    ['a reversal then a zero-paid correction', [pay('2026-01-10', '1', 100, 'K'), pay('2026-01-20', '22', -100, 'K'), pay('2026-01-20', '1', 0, 'K')], 'denied'],
    ['a reversal with nothing after it', [sub('2026-01-01'), pay('2026-01-10', '1', 100, 'K'), pay('2026-01-20', '22', -100, 'K')], 'reversed'],
    ['a reversal then a correction', [pay('2026-01-10', '1', 100, 'K'), pay('2026-01-20', '22', -100, 'K'), pay('2026-01-20', '1', 80, 'K2')], 'paid'],
    ['an orphan acknowledgment', [ack277('2026-01-02', 'A2')], 'accepted'],
  ] as const)('%s → %s', (_name, events, status) => {
    expect(lifecycleStatus([...events]).status).toBe(status);
  });

  it('ignores duplicate ERAs: a duplicate is shown but never becomes current', () => {
    const dup = { ...pay('2026-01-11', '4', 0, 'K'), type: 'duplicate_era' as const, counted: false };
    expect(lifecycleStatus([sub('2026-01-01'), pay('2026-01-10', '1', 100, 'K'), dup]).status).toBe('paid');
  });
});
