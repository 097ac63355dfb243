// Balancing findings: computed differences at line, claim and remittance level, amounts never changed.
import { describe, expect, it } from 'vitest';
import { parseX12Text } from '../../../main/edi/index.js';
import type { Remittance } from '../../../main/edi/model.js';

function remit(body: string[]): Remittance {
  const segs = ['ST*835*0001*005010X221A1', ...body];
  const text = [...segs, `SE*${segs.length + 1}*0001`].join('~') + '~';
  const m = parseX12Text(text).sets[0].mapped!;
  if (m.kind !== '835') throw new Error('not 835');
  return m.remittance;
}

describe('835 balancing', () => {
  it('a balanced reversal and correction produce no findings', () => {
    const r = remit([
      'BPR*I*80*C*CHK', 'TRN*1*CHK1*1999',
      'CLP*PCN1*22*-100*-90*-10*12*ICN1', 'SVC*HC:99213*-100*-90', 'CAS*PR*1*-10',
      'CLP*PCN1*1*100*70*10*12*ICN2', 'SVC*HC:99213*100*70', 'CAS*PR*1*10', 'CAS*CO*45*20',
      'PLB*1234*20240101*WO:ICN0*-100',
    ]);
    expect(r.claims.map((cl) => [cl.statusCode, cl.chargeCents, cl.paidCents])).toEqual([['22', -10000, -9000], ['1', 10000, 7000]]);
    expect(r.findings).toEqual([]);
    expect(r.claims.flatMap((cl) => cl.findings)).toEqual([]);
  });

  it('reports each broken rule with expected, actual and difference, leaving amounts as sent', () => {
    const r = remit([
      'BPR*I*100*C*CHK', 'TRN*1*CHK2*1999',
      'CLP*PCN2*1*200*120*0*12*ICN3', 'CAS*CO*45*50', 'SVC*HC:99214*200*120', 'CAS*CO*45*20',
      'PLB*1234*20240101*L6*-5',
    ]);
    const cl = r.claims[0];
    expect([cl.chargeCents, cl.paidCents]).toEqual([20000, 12000]);
    expect(cl.findings.map((f) => [f.level, f.rule, f.expectedCents, f.actualCents, f.differenceCents])).toEqual([
      ['line', 'SVC02-SVC03=CAS', 8000, 2000, 6000],
      ['claim', 'CLP03-CLP04=CAS', 8000, 7000, 1000],
    ]);
    expect(cl.findings[0].location).toMatchObject({ segmentId: 'SVC' });
    expect(r.findings.map((f) => [f.level, f.expectedCents, f.actualCents, f.differenceCents])).toEqual([['remittance', 12500, 10000, 2500]]);
    expect(r.findings[0].message).toContain('125.00');
  });
});
