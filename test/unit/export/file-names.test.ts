import { describe, expect, it } from 'vitest';
import { claimsFileName, exportFileName, slug } from '../../../main/export/file-names.js';

describe('export file names', () => {
  it('names a filtered claims export after its statuses and date range', () => {
    expect(claimsFileName({ statuses: ['denied'], serviceDate: { from: '2026-11-01', to: '2026-11-30' } }, 'xlsx', '2026-12-02'))
      .toBe('claims-denied-2026-11-01_2026-11-30.xlsx');
    expect(claimsFileName({ statuses: ['paid', 'denied'], paidDate: { from: '2026-11-01' } }, 'csv', '2026-12-02'))
      .toBe('claims-denied-paid-from-2026-11-01.csv');
    expect(claimsFileName({ carc: '45' }, 'csv', '2026-12-02')).toBe('claims-carc-45-2026-12-02.csv');
    expect(claimsFileName({}, 'csv', '2026-12-02')).toBe('claims-2026-12-02.csv');
  });

  it('keeps names safe on every file system', () => {
    expect(slug('Aging / 90+ days: "CO*45"')).toBe('aging-90-days-co-45');
    expect(slug('Müller Clinic')).toBe('muller-clinic');
    expect(slug('../..')).toBe('export');
    expect(exportFileName({ subject: 'report', qualifiers: ['Top providers'], ext: 'pdf', today: '2026-11-23' })).toBe('report-top-providers-2026-11-23.pdf');
  });
});
