// Every public fixture parses, maps without a set error, and every record matches its zod schema.
import { describe, expect, it } from 'vitest';
import { Acknowledgment, ClaimStatusReport, ClaimSubmission, LevelStatus, Remittance, Warning } from '../../../main/edi/model.js';
import { allFixtureFiles, parseFixture } from './fixture-files.js';

const files = allFixtureFiles();

describe('all X12 fixtures', () => {
  it('finds the 82 fixture files', () => {
    expect(files).toHaveLength(82);
  });

  it.each(files)('%s', (file) => {
    const result = parseFixture(file);
    expect(result.sets.length).toBeGreaterThan(0);
    for (const w of result.warnings) Warning.parse(w);
    for (const set of result.sets) {
      expect(set.error).toBeNull();
      expect(set.location.file).toBe(file.split('/').pop());
      for (const w of set.warnings) expect(Warning.parse(w).location).toBeDefined();
      const m = set.mapped!;
      if (m.kind === '835') Remittance.parse(m.remittance);
      else if (m.kind === '837') { expect(m.claims.length).toBeGreaterThan(0); m.claims.forEach((cl) => ClaimSubmission.parse(cl)); }
      else if (m.kind === '277') { m.reports.forEach((r) => ClaimStatusReport.parse(r)); m.levelStatuses?.forEach((l) => LevelStatus.parse(l)); }
      else if (m.kind === '999') Acknowledgment.parse(m.acknowledgment);
      else throw new Error(`unexpected ${m.kind}`);
    }
  });
});
