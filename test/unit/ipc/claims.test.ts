// Claims list, totals and detail through the handlers, over imported fixture files.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../main/ipc/handlers.js';
import type { Api } from '../../../shared/ipc/contract.js';
import { testDeps } from '../../helpers/handler-deps.js';

const FIXTURES = resolve(process.cwd(), '..', 'shared', 'fixtures', 'x12', 'LinuxForHealth__x12');
const file = (path: string) => ({ name: path.split('/').pop()!, text: readFileSync(resolve(FIXTURES, path), 'utf8') });
const SORT = { key: 'lastEventAt', dir: 'desc' } as const;

let api: Api;
beforeAll(async () => {
  api = createHandlers(testDeps());
  await api.importFiles({ files: ['managed-care.835', 'medicare-part-a.835', 'secondary-payment.835', 'cob-contractural-adjustment.835'].map((f) => file(`835_005010X221A1/${f}`)) });
  await api.importFiles({ files: [file('837_005010X222A2/demo.example1.837')] });
});

describe('claims list', () => {
  it('pages through every claim by keyset, without repeats, and agrees with the totals', async () => {
    const totals = await api.claimTotals({});
    expect(totals.count).toBeGreaterThan(2);
    const seen: string[] = [];
    let after: string | undefined;
    do {
      const page = await api.listClaims({ filters: {}, sort: SORT, limit: 2, ...(after ? { after } : {}) });
      seen.push(...page.rows.map((r) => r.id));
      after = page.nextCursor ?? undefined;
    } while (after);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(totals.count);
  });

  it('filters by status and sums only the filtered set', async () => {
    const all = await api.listClaims({ filters: {}, sort: SORT, limit: 500 });
    const paid = all.rows.filter((r) => r.status === 'paid');
    const totals = await api.claimTotals({ statuses: ['paid'] });
    expect(totals.count).toBe(paid.length);
    expect(totals.paidCents).toBe(paid.reduce((s, r) => s + r.paidCents, 0));
  });

  it('filters the claims that carry a note', async () => {
    const [first] = (await api.listClaims({ filters: {}, sort: SORT, limit: 1 })).rows;
    expect((await api.claimTotals({ flags: ['has_note'] })).count).toBe(0);
    await api.updateWorkflow({ claimId: first!.id, note: 'call the payer' });
    const noted = await api.listClaims({ filters: { flags: ['has_note'] }, sort: SORT, limit: 10 });
    expect(noted.rows.map((r) => r.id)).toEqual([first!.id]);
  });

  it('finds a claim by full-text search on its patient control number', async () => {
    const [first] = (await api.listClaims({ filters: {}, sort: SORT, limit: 1 })).rows;
    const found = await api.listClaims({ filters: { search: first!.patientControlNumber }, sort: SORT, limit: 10 });
    expect(found.rows.map((r) => r.id)).toContain(first!.id);
  });
});

describe('claim detail', () => {
  it('explains a paid claim: timeline in order, waterfall that adds up, CARCs in words, raw X12 openable', async () => {
    const { rows } = await api.listClaims({ filters: { statuses: ['paid'] }, sort: SORT, limit: 50 });
    const detail = await api.getClaim({ id: rows[0]!.id });
    expect(detail.claim.id).toBe(rows[0]!.id);
    expect(detail.timeline.length).toBeGreaterThan(0);
    const times = detail.timeline.map((e) => e.at);
    expect([...times].sort()).toEqual(times);
    const w = detail.waterfall.claim;
    expect(w.chargeCents - w.contractualCents - w.deductibleCents - w.coinsuranceCents - w.copayCents - w.otherPatientCents
      - w.otherAdjustmentCents - w.paidCents).toBe(w.differenceCents);
    expect(w.paidCents).toBe(detail.claim.paidCents);
    for (const a of w.adjustments) expect(a.text.length).toBeGreaterThan(3);
    const raw = await api.getRawTransaction({ id: detail.timeline[0]!.transactionId! });
    expect(raw.segments[0]!.id).toMatch(/^(ISA|ST)$/);
    await expect(api.getClaim({ id: '999999' })).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe('reports', () => {
  it('every top-provider row drills down to exactly the claims it counts', async () => {
    const report = await api.runReport({ kind: 'top_providers', from: '1990-01-01', to: '2030-12-31' });
    if (report.kind !== 'top_providers') throw new Error('wrong report');
    expect(report.rows.length).toBeGreaterThan(0);
    for (const row of report.rows) expect((await api.claimTotals(row.drill)).count).toBe(row.claims);
    await expect(api.runReport({ kind: 'aging', from: '2030-01-01', to: '2020-01-01' })).rejects.toMatchObject({ code: 'invalid_input' });
  });

  it('marking a claim worked takes it off the worklists and shows on the claim', async () => {
    const [row] = (await api.listClaims({ filters: {}, sort: SORT, limit: 1 })).rows;
    expect((await api.updateWorkflow({ claimId: row!.id, worked: true, note: 'called payer' })).worked).toBe(true);
    const detail = await api.getClaim({ id: row!.id });
    expect(detail.workflow).toMatchObject({ worked: true, note: 'called payer' });
    expect((await api.claimTotals({ flags: ['worked'] })).count).toBe(1);
    await expect(api.updateWorkflow({ claimId: '987654', worked: true })).rejects.toMatchObject({ code: 'not_found' });
  });
});
