import { describe, expect, it } from 'vitest';
import { attachment } from '../../../main/preview/export-download.js';

describe('export download headers', () => {
  it('names the file for every browser: an ASCII fallback and the exact UTF-8 name', () => {
    expect(attachment('claims-denied-2026-11-01_2026-11-30.csv'))
      .toBe(`attachment; filename="claims-denied-2026-11-01_2026-11-30.csv"; filename*=UTF-8''claims-denied-2026-11-01_2026-11-30.csv`);
    expect(attachment('Müller "report" (2).pdf'))
      .toBe(`attachment; filename="M_ller _report_ (2).pdf"; filename*=UTF-8''M%C3%BCller%20%22report%22%20%282%29.pdf`);
  });
});
