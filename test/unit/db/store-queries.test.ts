// The read side over a small scenario: list filters, keyset pages, totals, search, detail, worklists, reports, workflow.
import { describe, expect, it } from 'vitest';
import {
  aging, claimTotals, denialRates, firstPassAcceptance, getClaimDetail, getRawTransaction, listClaims, listPayers, orphanClaims,
  payerTurnaround, rejectionsByReason, searchClaims, setFollowUp, setWorked, staleClaims, storeStats, topProviders, duplicateRemittances,
  denialsByCarc, setClaimNote, claimWhere, SORT_COLUMNS, type ClaimFilter, type SortColumn,
} from '../../../db/queries/store.js';
import { totalsCovered } from '../../../db/queries/claims-list.js';
import { toStoreFilter } from '../../../main/ipc/handlers/claim-adapters.js';
import type { ClaimFilters } from '../../../shared/domain/claims.js';
import { generateDataset } from '../../../main/edi/generate/index.js';
import { freshDb, ingest, NOW } from '../ingest/helpers.js';
import { scenarioFiles } from '../ingest/scenario.js';
import { x835, x837 } from '../ingest/x12-builders.js';

const db = freshDb();
for (const f of scenarioFiles()) ingest(db, f.text, f.name);
const idOf = (pcn: string) => listClaims(db, { search: pcn }).rows.find((r) => r.pcn === pcn)!.id;

describe('store queries', () => {
  it('filters by status and flags, and pages with a keyset cursor without gaps or repeats', () => {
    expect(listClaims(db, { status: ['paid'] }).rows.map((r) => r.pcn).sort()).toEqual(['C1', 'C3', 'X9']);
    expect(listClaims(db, { flags: ['no_submission'] }).rows.map((r) => r.pcn)).toEqual(['X9']);
    expect(listClaims(db, { amountMin: 25000, amountMax: 35000 }).rows.map((r) => r.pcn)).toEqual(['C3']);
    for (const column of ['lastEventAt', 'paidAt', 'charge', 'patientName'] as const) {
      for (const dir of ['asc', 'desc'] as const) {
        const seen: string[] = [];
        let cursor: string | null = null;
        do {
          const page = listClaims(db, { sort: { column, dir }, cursor, limit: 2 });
          seen.push(...page.rows.map((r) => r.pcn));
          cursor = page.nextCursor;
        } while (cursor);
        expect(seen.slice().sort()).toEqual(['C1', 'C2', 'C3', 'C4', 'X9']);
      }
    }
  });

  it('sums the filtered set', () => {
    expect(claimTotals(db, { status: ['paid', 'denied'] })).toEqual({ count: 4, billedCents: 10000 + 20000 + 31000 + 5500, paidCents: 7000 + 25000 + 5500, patientRespCents: 2000 });
  });

  it('finds claims by patient name, control number, payer claim number, member id and trace number', () => {
    expect(searchClaims(db, 'last2').map((r) => r.pcn)).toEqual(['C2']);
    expect(searchClaims(db, 'K3B').map((r) => r.pcn)).toEqual(['C3']);
    expect(searchClaims(db, 'MEM4').map((r) => r.pcn)).toEqual(['C4']);
    expect(searchClaims(db, 'EFT2').map((r) => r.pcn)).toEqual(['C3']);
    expect(searchClaims(db, '"')).toEqual([]);
  });

  it('gives a claim detail with timeline, waterfalls, related claims and raw sets', () => {
    const d = getClaimDetail(db, idOf('C1'))!;
    expect(d.events.map((e) => e.type)).toEqual(['submitted', 'ack_999', 'ack_277ca', 'payment', 'duplicate_era']);
    expect(d.events.find((e) => e.type === 'duplicate_era')!.counted).toBe(false);
    expect(d.waterfall).toMatchObject({ chargeCents: 10000, contractualCents: 1000, coinsuranceCents: 2000, paidCents: 7000, imbalanceCents: 0 });
    expect(d.lines.map((l) => l.lineNumber)).toEqual([1, 2]);
    expect(d.rawTransactions).toHaveLength(5);
    expect(getRawTransaction(db, d.rawTransactions[0]!.id)!.text).toContain('ST*');
    expect(getClaimDetail(db, 999999)).toBeNull();
  });

  it('serves the worklists', () => {
    expect(rejectionsByReason(db)).toEqual([{ statusCode: 'A7:562', claims: 1, chargeCents: 40000 }]);
    expect(orphanClaims(db).rows.map((r) => r.pcn)).toEqual(['X9']);
    expect(duplicateRemittances(db)).toHaveLength(1);
    expect(staleClaims(db, { today: '2026-03-01', kind: 'no_payment', days: 30 }).rows).toEqual([]);
  });

  it('computes reports with drill-down filters that reproduce their rows', () => {
    const [top] = topProviders(db, {});
    expect(top).toMatchObject({ npi: '1111111111', claims: 5, denied: 1 });
    expect(claimTotals(db, top!.drillDown).count).toBe(5);
    expect(payerTurnaround(db)[0]).toMatchObject({ payerId: 'ACME1', ackMedianDays: 1 }); // 837 → 277CA, a 999 is not an acknowledgment of the claim
    const buckets = aging(db, { today: '2026-03-15' });
    expect(buckets.map((b) => b.claims)).toEqual([0, 0, 1, 0, 0]); // C4 rejected, submitted 2026-01-01
    const denials = denialRates(db);
    expect(denials.byCarc[0]).toMatchObject({ group: 'CO', reason: '31', claims: 1, amountCents: 20000 });
    expect(firstPassAcceptance(db).overall).toMatchObject({ answered: 4, acceptedFirstTime: 3 }); // C4's first 277CA rejected it
  });

  it('keeps workflow state and exposes stats and dropdowns', () => {
    const id = idOf('C2');
    expect(setWorked(db, [id, 424242], true, NOW)).toBe(1);
    expect(setFollowUp(db, id, '2026-03-01', NOW)).toBe(true);
    expect(listClaims(db, { worked: true }).rows.map((r) => r.pcn)).toEqual(['C2']);
    expect(listClaims(db, { followUpDue: '2026-03-31' }).rows.map((r) => r.followUpOn)).toEqual(['2026-03-01']);
    expect(listPayers(db).map((p) => p.id)).toContain('ACME1');
    const stats = storeStats(db);
    expect(stats.rowCounts.claims).toBe(5);
    expect(stats.lastImportAt).toBe(NOW);
  });
});

describe('denials by reason and notes', () => {
  const jane = (i: number) => ({ last: `LAST${i}`, first: 'PAT', memberId: `MEM${i}` });
  const db2 = freshDb();
  ingest(db2, x837([1, 2, 3, 4].map((i) => ({ pcn: `D${i}`, charge: '100.00', patient: jane(i) }))).text);
  ingest(db2, x835([
    { pcn: 'D1', status: '1', charge: '100', paid: '0', pcc: 'K1', patient: jane(1), adjustments: [['CO', '16', '100']] },
    { pcn: 'D2', status: '1', charge: '100', paid: '0', pcc: 'K2', patient: jane(2), adjustments: [['CO', '45', '40'], ['CO', '16', '60']] },
    { pcn: 'D3', status: '4', charge: '100', paid: '0', pcc: 'K3', patient: jane(3), adjustments: [['CO', '31', '100']] },
    { pcn: 'D4', status: '1', charge: '100', paid: '80', pcc: 'K4', patient: jane(4), adjustments: [['CO', '45', '20']] },
  ], { trace: 'TD' }));

  it('groups each denied claim once, by the adjustment that explains it, with dollars at risk', () => {
    expect(denialsByCarc(db2)).toEqual([
      { group: 'CO', reason: '16', claims: 2, atRiskCents: 20000 },
      { group: 'CO', reason: '31', claims: 1, atRiskCents: 10000 },
    ]);
    expect(listClaims(db2, { denialReason: 'CO-16' }).rows.map((r) => r.pcn).sort()).toEqual(['D1', 'D2']);
    expect(claimTotals(db2, { denialReason: 'CO-31' }).count).toBe(1);
  });

  it('filters by whether the office wrote a note', () => {
    const d4 = listClaims(db2, { search: 'D4' }).rows[0]!.id;
    setClaimNote(db2, d4, 'called the payer', NOW);
    expect(listClaims(db2, { hasNote: true }).rows.map((r) => r.pcn)).toEqual(['D4']);
    expect(claimTotals(db2, { hasNote: false }).count).toBe(3);
    expect(denialsByCarc(db2, { worked: true })).toEqual([]);
  });
});

describe('claims pages over a generated store', () => {
  const db3 = freshDb();
  for (const f of generateDataset({ seed: 5, claims: 400, claimsPer837: 20, claimsPer835: 10, rates: { denied: 0.2, reversal: 0.1, pending: 0.1 } })) ingest(db3, f.text, f.name);
  const ids = db3.$client.prepare('SELECT id FROM claims ORDER BY id').pluck().all() as number[];
  setClaimNote(db3, ids[3]!, 'note', NOW);
  const payer = db3.$client.prepare('SELECT payer_id FROM claims GROUP BY payer_id ORDER BY count(*) DESC').pluck().get() as string;
  const npi = db3.$client.prepare('SELECT billing_npi FROM claims GROUP BY billing_npi ORDER BY count(*)').pluck().get() as string;
  const denial = db3.$client.prepare(`SELECT denial_group || '-' || denial_reason FROM claims WHERE status = 'denied' AND denial_group IS NOT NULL
    GROUP BY 1 ORDER BY count(*) DESC`).pluck().get() as string;
  const rejection = db3.$client.prepare(`SELECT coalesce(status_code, '') FROM claims WHERE status = 'rejected' GROUP BY 1 ORDER BY count(*) DESC`).pluck().get() as string;
  const filters: ClaimFilter[] = [{}, { status: ['denied'] }, { denialReason: denial }, { status: ['denied'], denialReason: denial, payerId: payer }, { rejectionCode: rejection }, { status: ['paid'], payerId: payer }, { flags: ['reversal'] }, { hasNote: true },
    { status: ['rejected'], billingNpi: npi }, { status: ['accepted', 'pending'] },
    { serviceFrom: '2025-02-01', serviceTo: '2025-03-31' }, { search: 'A' }, { search: 'MOCK', status: ['paid'] }, { amountMin: 50_000 }];
  const reference = (f: ClaimFilter, col: string, dir: string) => {
    const w = claimWhere(f);
    return db3.$client.prepare(`SELECT c.id FROM claims c WHERE ${w.sql} ORDER BY c.${col} ${dir} ${dir === 'desc' ? 'NULLS LAST' : 'NULLS FIRST'}, c.id ${dir}`)
      .pluck().all(...w.params);
  };

  it('totals every filter exactly like a plain aggregate, and the list screen\'s status / payer / amount filters read only the totals index', () => {
    for (const f of [...filters, { status: ['paid', 'denied'], payerId: payer, amountMin: 10_000 } as ClaimFilter]) {
      const w = claimWhere(f);
      const plain = db3.$client.prepare(`SELECT count(*) AS count, coalesce(sum(charge_cents), 0) AS billedCents, coalesce(sum(paid_cents), 0) AS paidCents,
        coalesce(sum(patient_resp_cents), 0) AS patientRespCents FROM claims c NOT INDEXED WHERE ${w.sql}`).get(...w.params);
      expect(claimTotals(db3, f), JSON.stringify(f)).toEqual(plain);
    }
    const screen = (filters: ClaimFilters) => toStoreFilter(filters, '2026-02-01', 30); // as the claims screen sends them, empty lists and all
    expect(totalsCovered(screen({ statuses: ['denied'], payerId: payer, chargeMinCents: 100, flags: [], search: ' ' }))).toBe(true);
    expect(totalsCovered(screen({}))).toBe(true);
    expect(totalsCovered(screen({ flags: ['no_response'] }))).toBe(false);
    expect(totalsCovered(screen({ billingNpi: '1234567893' }))).toBe(false);
    expect(totalsCovered(screen({ search: 'SMITH' }))).toBe(false);
  });

  it('pages every filter in every sort order exactly like a plain ORDER BY, whichever way each page is planned', () => {
    expect(reference({ denialReason: denial }, 'id', 'asc').length).toBeGreaterThan(13); // more than one page
    expect(reference({ rejectionCode: rejection }, 'id', 'asc').length).toBeGreaterThan(0);
    for (const f of filters) for (const [column, col] of Object.entries(SORT_COLUMNS)) for (const dir of ['asc', 'desc'] as const) {
      for (const [scanRows, fewRows] of [[0, 0], [1, 0], [7, 3000], [3000, 0], [3000, 3000]] as const) {
        const seen: number[] = [];
        let cursor: string | null = null;
        do {
          const page = listClaims(db3, { ...f, sort: { column: column as SortColumn, dir }, cursor, limit: 13, scanRows, fewRows });
          seen.push(...page.rows.map((r) => r.id));
          cursor = page.nextCursor;
        } while (cursor);
        expect(seen, `${JSON.stringify(f)} ${column} ${dir} scan ${scanRows} few ${fewRows}`).toEqual(reference(f, col, dir));
      }
    }
  });
});
