// Shared helpers for the X12 engine tests: where the public fixtures live and typed shortcuts into results.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect } from 'vitest';
import { parseX12Text, type ParseResult, type TransactionSet } from '../../../main/edi/index.js';
import type { Acknowledgment, ClaimStatusReport, ClaimSubmission, Remittance, Warning } from '../../../main/edi/model.js';

/** The repo is always cloned beside `shared/`; vitest runs from the repo root. */
export const FIXTURES = resolve(process.cwd(), '../shared/fixtures/x12');

export function fixturePath(relative: string): string {
  return join(FIXTURES, relative);
}

export function readFixture(relative: string): string {
  return readFileSync(fixturePath(relative), 'utf8');
}

export function parseFixture(relative: string): ParseResult {
  return parseX12Text(readFixture(relative), { file: relative.split('/').pop() });
}

export function allFixtureFiles(dir = FIXTURES): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return allFixtureFiles(path);
    return name.endsWith('.md') ? [] : [path.slice(FIXTURES.length + 1)];
  });
}

function mappedOf(set: TransactionSet) {
  expect(set.error).toBeNull();
  expect(set.mapped).not.toBeNull();
  return set.mapped!;
}

export function remittances(result: ParseResult): Remittance[] {
  return result.sets.map((s) => {
    const m = mappedOf(s);
    if (m.kind !== '835') throw new Error(`expected 835, got ${m.kind}`);
    return m.remittance;
  });
}

export function submissions(result: ParseResult): ClaimSubmission[] {
  return result.sets.flatMap((s) => {
    const m = mappedOf(s);
    if (m.kind !== '837') throw new Error(`expected 837, got ${m.kind}`);
    return m.claims;
  });
}

export function statusReports(result: ParseResult): ClaimStatusReport[] {
  return result.sets.flatMap((s) => {
    const m = mappedOf(s);
    if (m.kind !== '277') throw new Error(`expected 277, got ${m.kind}`);
    return m.reports;
  });
}

export function acknowledgment(result: ParseResult): Acknowledgment {
  const m = mappedOf(result.sets[0]);
  if (m.kind !== '999') throw new Error(`expected 999, got ${m.kind}`);
  return m.acknowledgment;
}

export function codes(warnings: Warning[]): string[] {
  return warnings.map((w) => w.code);
}

/** "12.34" → 1234, for readable expectations. */
export function c(amount: string): number {
  const [whole, fraction = ''] = amount.replace('-', '').split('.');
  const cents = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  return amount.startsWith('-') ? -cents : cents;
}
