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
