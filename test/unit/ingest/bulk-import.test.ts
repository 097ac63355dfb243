// The bulk import path (windows, the worker, deferred indexes) ends in the same state as taking every set on its
// own, in any order: claims, evidence, timelines, money and flags alike.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeDataset, generateDataset } from '../../../main/edi/generate/index.js';
import { importPaths } from '../../../main/ingest/index.js';
import { canonicalDump, freshDb, ingest, NOW } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'claimtrail-bulk-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const OPTS = { seed: 11, claims: 500, claimsPer837: 25, claimsPer835: 12, rates: { reversal: 0.1, replacement: 0.05, duplicateEra: 0.05, rejected999: 0.05, pending: 0.05, denied: 0.15 } };

describe('bulk import', async () => {
  await writeDataset(OPTS, dir);
  const files = [...generateDataset(OPTS)];
  const perSet = freshDb();
  for (const f of [...files].reverse()) ingest(perSet, f.text, f.name); // newest first: every claim arrives out of order
  const state = (db: ReturnType<typeof freshDb>) => ({
    ...(canonicalDump(db) as object),
    remittances: db.$client.prepare('SELECT sort_key, duplicate_of IS NOT NULL AS duplicate FROM remittances ORDER BY sort_key').all(),
    payments: db.$client.prepare('SELECT sort_key, duplicate, adjustments, lines FROM claim_payments ORDER BY sort_key').all(),
  });
  const expected = state(perSet);
  const indexes = (db: ReturnType<typeof freshDb>) => db.$client.prepare("SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name").pluck().all();

  it.each([
    ['one window, in this thread', { worker: 'never', windowRecords: 1_000_000 }],
    ['small windows (claims span several), deferred indexes', { worker: 'never', windowRecords: 150, deferIndexes: true }],
    ['through the worker thread', { worker: 'always', windowRecords: 400 }],
  ] as const)('%s', async (_name, opts) => {
    const db = freshDb();
    const summary = await importPaths(db, [dir], () => NOW, undefined, opts);
    expect(summary.exceptions).toBe(0);
    expect(state(db)).toEqual(expected);
    expect(indexes(db)).toEqual(indexes(perSet));
    const again = await importPaths(db, [dir], () => NOW, undefined, opts);
    expect(again).toMatchObject({ transactions: 0, claimsCreated: 0, claimsUpdated: 0 });
    expect(state(db)).toEqual(expected);
  });
});

describe('deferred indexes', () => {
  it('are built again by the next import (or start) when a load died with them dropped', async () => {
    const { dropDeferredIndexes } = await import('../../../db/queries/deferred-indexes.js');
    const { recoverInterruptedImports } = await import('../../../main/ingest/import-journal.js');
    const db = freshDb();
    const all = () => db.$client.prepare("SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name").pluck().all();
    const before = all();
    expect(db.$client.transaction(() => dropDeferredIndexes(db, NOW))()).toBeGreaterThan(10);
    expect(all().length).toBeLessThan(before.length);
    recoverInterruptedImports(db);
    expect(all()).toEqual(before);
  });
});

describe('the import worker', () => {
  it('batches across files and still reports each broken file where the in-thread reader does', async () => {
    const mixed = mkdtempSync(join(tmpdir(), 'claimtrail-bulk-mixed-'));
    try {
      await writeDataset({ ...OPTS, seed: 12, claims: 200 }, mixed);
      const texts = [...generateDataset({ ...OPTS, seed: 12, claims: 200 })].map((f) => f.text);
      const { writeFileSync } = await import('node:fs');
      writeFileSync(join(mixed, '000000-empty.x12'), '');
      writeFileSync(join(mixed, '000500-garbage.x12'), 'this is not X12 at all\n'.repeat(50));
      const two = texts[0]! + texts[1]!; // two interchanges, the second cut short: the first still counts
      writeFileSync(join(mixed, '000700-cut.x12'), two.slice(0, texts[0]!.length + Math.floor(texts[1]!.length / 2)));
      const run = async (worker: 'always' | 'never') => {
        const db = freshDb();
        const summary = await importPaths(db, [mixed], () => NOW, undefined, { worker, windowRecords: 300 });
        const exceptions = db.$client.prepare('SELECT source_ref, location, reason FROM ingest_exceptions ORDER BY source_ref, id').all();
        return { summary, exceptions, state: canonicalDump(db) };
      };
      const inThread = await run('never');
      expect(inThread.summary.exceptions).toBeGreaterThanOrEqual(2);
      expect(inThread.exceptions.map((e) => (e as { source_ref: string }).source_ref).join(' ')).toContain('000500-garbage.x12');
      expect(await run('always')).toEqual(inThread);
    } finally {
      rmSync(mixed, { recursive: true, force: true });
    }
  });
});

describe('reading while a bulk import runs', () => {
  it('works between windows when indexes stay (the app), and would fail if they were deferred (the CLI only)', async () => {
    const { listClaims, topProviders, aging, claimTotals } = await import('../../../db/queries/store.js');
    const reads = (db: ReturnType<typeof freshDb>) => () => {
      listClaims(db, { sort: { column: 'lastEventAt', dir: 'desc' }, limit: 20 });
      listClaims(db, { status: ['denied'], sort: { column: 'charge', dir: 'asc' }, limit: 20 });
      claimTotals(db, { status: ['paid'] });
      topProviders(db, {});
      aging(db, { today: '2026-12-31' });
    };
    const during = async (deferIndexes: boolean) => {
      const db = freshDb();
      const failures: string[] = [];
      const read = reads(db);
      await importPaths(db, [dir], () => NOW, () => { try { read(); } catch (err) { failures.push((err as Error).message); } }, { worker: 'never', windowRecords: 150, deferIndexes });
      read(); // and after it, either way
      return failures;
    };
    expect(await during(false)).toEqual([]);
    expect((await during(true)).join(' ')).toMatch(/no such index/);
  });
});
