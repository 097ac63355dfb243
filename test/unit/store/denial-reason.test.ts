import { describe, expect, it } from 'vitest';
import { denialReason } from '../../../main/store/denial-reason.js';

const a = (group: string, reason: string, amountCents: number) => ({ group, reason, amountCents });

describe('denialReason', () => {
  it('picks the largest adjustment that is not a routine write-down or cost sharing', () => {
    expect(denialReason([a('CO', '45', 9000), a('CO', '16', 1000)])).toEqual({ group: 'CO', reason: '16' });
    expect(denialReason([a('PR', '1', 5000), a('PR', '204', 4000)])).toEqual({ group: 'PR', reason: '204' });
    expect(denialReason([a('CO', '50', 3000), a('OA', '18', 7000)])).toEqual({ group: 'OA', reason: '18' });
  });

  it('falls back to the largest adjustment of any kind, ties broken by code, and gives null with none', () => {
    expect(denialReason([a('CO', '45', 10000)])).toEqual({ group: 'CO', reason: '45' });
    expect(denialReason([a('CO', '97', 500), a('CO', '16', 500)])).toEqual({ group: 'CO', reason: '16' });
    expect(denialReason([])).toBeNull();
  });
});
