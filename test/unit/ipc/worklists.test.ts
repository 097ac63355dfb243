// Worklists over the demo dataset: denials grouped by the reason that explains them, each group's numbers exact.
import { beforeAll, describe, expect, it } from 'vitest';
import { demoDatasetDir } from '../../../main/app/paths.js';
import { createHandlers } from '../../../main/ipc/handlers.js';
import { loadDemoDataset } from '../../../main/ingest/index.js';
import type { Api } from '../../../shared/ipc/contract.js';
import { testDeps } from '../../helpers/handler-deps.js';

let api: Api;
beforeAll(async () => {
  const deps = testDeps();
  await loadDemoDataset(deps.db, () => '2026-11-23T10:00:00Z', demoDatasetDir());
  api = createHandlers(deps);
}, 60_000);

describe('denials worklist', () => {
  it('groups denied claims by denial reason, largest dollars at risk first, and the groups add up to every denied claim', async () => {
    const list = await api.getWorklist({ kind: 'denials' });
    const denied = await api.claimTotals({ statuses: ['denied'] });
    expect(list.groups.length).toBeGreaterThan(1);
    expect(list.groups.reduce((n, g) => n + g.count, 0)).toBe(denied.count);
    const atRisk = list.groups.map((g) => g.amountCents ?? 0);
    expect(atRisk).toEqual([...atRisk].sort((a, b) => b - a));
    const first = list.groups[0]!;
    expect(first.code).toMatch(/^(CO|PR|OA|PI|CR)-[A-Z0-9]+$/);
    expect(first.title).toMatch(/^[A-Z][a-z]/); // the code explained in words (the screen shows the code beside it)
    expect(first.items.length).toBe(Math.min(first.count, 200));
    for (const item of first.items.slice(0, 5)) {
      const claim = await api.getClaim({ id: item.claimId! });
      expect(claim.claim.status).toBe('denied');
    }
  });

  it('a worked claim leaves its group', async () => {
    const before = (await api.getWorklist({ kind: 'denials' })).groups[0]!;
    await api.markWorked({ claimIds: [before.items[0]!.claimId!], worked: true });
    const after = (await api.getWorklist({ kind: 'denials' })).groups.find((g) => g.key === before.key);
    expect(after?.count ?? 0).toBe(before.count - 1);
  });
});

describe('worklist counts', () => {
  it('cover the whole store, not just the page of items shown, and the summaries agree with the lists', async () => {
    const summaries = await api.worklistSummaries();
    for (const kind of ['rejections', 'denials', 'stale_no_ack', 'stale_unpaid', 'orphans'] as const) {
      const list = await api.getWorklist({ kind });
      expect(list.total, kind).toBe(summaries.find((s) => s.kind === kind)!.count);
      for (const g of list.groups) expect(g.items.length, `${kind} ${g.key}`).toBe(Math.min(g.count, 200));
    }
    // the stale list counted the slow way: every claim it pages through
    const { staleClaims } = await import('../../../db/queries/worklists.js');
    const deps = testDeps();
    await loadDemoDataset(deps.db, () => '2026-11-23T10:00:00Z', demoDatasetDir());
    const all: number[] = [];
    let cursor: string | null = null;
    do {
      const page = staleClaims(deps.db, { today: '2026-11-23', kind: 'no_payment', limit: 50, cursor });
      all.push(...page.rows.map((r) => r.id));
      cursor = page.nextCursor;
    } while (cursor);
    const first = staleClaims(deps.db, { today: '2026-11-23', kind: 'no_payment', limit: 50 });
    expect(all.length).toBeGreaterThan(first.rows.length); // more than one page
    expect(first.count).toBe(all.length);
    const unpaid = deps.db.$client.prepare(`SELECT sum(charge_cents - paid_cents) FROM claims WHERE id IN (SELECT value FROM json_each(?))`).pluck();
    expect(first.amountCents).toBe(unpaid.get(JSON.stringify(all)));
  });
});
