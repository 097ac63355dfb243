// The emulator is only worth what its fidelity is: each checklist behaviour is pinned here.
import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../emulator/clock.js';
import { buildTransactions, type EmuTransaction } from '../../emulator/dataset.js';
import { SAMPLE_FILES } from '../../emulator/samples.js';
import { startEmulator, type Emulator, type EmulatorOptions } from '../../emulator/server.js';
import { emulatorClient, never } from '../../emulator/test-kit.js';

const NOW = Date.parse('2026-02-01T12:00:00Z');
let emu: Emulator | null = null;
afterEach(async () => { await emu?.close(); emu = null; });

async function start(options: EmulatorOptions = {}): Promise<Emulator> {
  emu = await startEmulator({ clock: new ManualClock(NOW), files: SAMPLE_FILES, layout: { fromMs: NOW - 86_400_000, toMs: NOW - 3_600_000, tieRate: 0 }, ...options });
  return emu;
}

const get = (e: Emulator, path: string, headers: Record<string, string> = { authorization: e.apiKey }) =>
  fetch(`${e.url}${path}`, { headers, redirect: 'manual' });
const since = new Date(NOW - 2 * 86_400_000).toISOString();

function lateCopy(tx: EmuTransaction, id: string, processedAtMs: number, visibleAtMs: number): EmuTransaction {
  return { ...tx, transactionId: id, processedAtMs, visibleAtMs };
}

describe('emulator: Poll Transactions', () => {
  it('validates its query like Stedi: one of startDateTime/pageToken, a minute back, page size 1–500', async () => {
    const e = await start();
    const q = (s: string) => get(e, `/2023-08-01/polling/transactions?${s}`).then((r) => r.status);
    expect(await q('')).toBe(400);
    expect(await q(`startDateTime=${since}&pageToken=abc`)).toBe(400);
    expect(await q(`startDateTime=${new Date(NOW - 30_000).toISOString()}`)).toBe(400);
    expect(await q(`startDateTime=${since}&pageSize=0`)).toBe(400);
    expect(await q(`startDateTime=${since}&pageSize=501`)).toBe(400);
    expect(await q(`startDateTime=${since}&pageSize=500`)).toBe(200);
    const body = await get(e, `/2023-08-01/polling/transactions?startDateTime=${since}`).then((r) => r.json()) as { items: unknown[] };
    expect(body.items).toHaveLength(4); // default page size 100 holds them all
  });

  it('is exclusive of startDateTime and ascending by processedAt', async () => {
    const e = await start();
    const all = e.stream.all();
    const { client } = emulatorClient(e);
    const page = await client.pollTransactions({ startDateTime: new Date(all[0]!.processedAtMs).toISOString() }, never);
    expect(page.items.map((i) => i.transactionId)).toEqual(all.slice(1).map((t) => t.transactionId));
  });

  it('hides the trailing 15 seconds, returns a token on empty pages, and replays old tokens', async () => {
    const clock = new ManualClock(NOW);
    const e = await start({ clock });
    const { client } = emulatorClient(e);
    const first = await client.pollTransactions({ startDateTime: since }, never);
    const caughtUp = await client.pollTransactions({ pageToken: first.nextPageToken! }, never);
    expect(caughtUp.items).toEqual([]);
    expect(caughtUp.nextPageToken).toBeTruthy();
    e.addTransaction(lateCopy(e.stream.all()[0]!, 'fresh-1', NOW - 5_000, NOW - 5_000));
    expect((await client.pollTransactions({ pageToken: caughtUp.nextPageToken! }, never)).items).toEqual([]);
    clock.advance(11_000);
    const later = await client.pollTransactions({ pageToken: caughtUp.nextPageToken! }, never);
    expect(later.items.map((i) => i.transactionId)).toEqual(['fresh-1']);
    const replay = await client.pollTransactions({ pageToken: first.nextPageToken! }, never);
    expect(replay.items.map((i) => i.transactionId)).toEqual(['fresh-1']);
  });

  it('delivers late arrivals inside the window, while ones outside it are only found by List Transactions', async () => {
    const clock = new ManualClock(NOW);
    const e = await start({ clock });
    const { client } = emulatorClient(e);
    const base = e.stream.all()[0]!;
    // inside: processed 20 s ago, visible 8 s after processing (before the 15 s window let anything after it out)
    e.addTransaction(lateCopy(base, 'late-inside', NOW - 20_000, NOW - 12_000));
    // outside: processed an hour ago, arriving only now
    e.addTransaction(lateCopy(base, 'late-outside', NOW - 3_000_000, NOW + 60_000));
    let page = await client.pollTransactions({ startDateTime: since }, never);
    const seen = page.items.map((i) => i.transactionId);
    clock.advance(120_000);
    page = await client.pollTransactions({ pageToken: page.nextPageToken! }, never);
    seen.push(...page.items.map((i) => i.transactionId));
    expect(seen).toContain('late-inside');
    expect(seen).not.toContain('late-outside');
    const listed = await client.listTransactions({ from: new Date(NOW - 86_400_000).toISOString() }, never);
    expect(listed.items.map((i) => i.transactionId)).toContain('late-outside');
  });

  it('can repeat a transaction on two pages (the client must dedupe)', async () => {
    const e = await start({ duplicateRate: 1 });
    const { client } = emulatorClient(e);
    const ids: string[] = [];
    let page = await client.pollTransactions({ startDateTime: since, pageSize: 2 }, never);
    while (page.items.length > 0 && ids.length < 50) {
      ids.push(...page.items.map((i) => i.transactionId));
      page = await client.pollTransactions({ pageToken: page.nextPageToken!, pageSize: 2 }, never);
    }
    expect(new Set(ids).size).toBe(4);
    expect(ids.length).toBeGreaterThan(4);
  });

  it('mixes directions, sets, modes and failed items with no report', async () => {
    const txs = buildTransactions(SAMPLE_FILES, { seed: 9, fromMs: NOW - 86_400_000, toMs: NOW - 3_600_000, noise: 4, failed: 2 });
    const e = await start({ transactions: txs, files: undefined });
    const { client } = emulatorClient(e);
    const items = (await client.pollTransactions({ startDateTime: since }, never)).items;
    expect(new Set(items.map((i) => `${i.direction} ${i.x12?.metadata?.transaction?.transactionSetIdentifier ?? '-'}`)))
      .toEqual(new Set(['OUTBOUND 837', 'INBOUND 999', 'INBOUND 277', 'INBOUND 835', 'OUTBOUND 270', 'INBOUND 271', 'INBOUND -']));
    const failed = items.find((i) => i.status === 'failed')!;
    expect(failed.translationErrors?.length).toBe(1);
    expect((await get(e, `/2024-04-01/change/medicalnetwork/reports/v2/${failed.transactionId}/835`)).status).toBe(404);
  });
});

describe('emulator: transactions, documents and auth', () => {
  it('mirrors the poll item on Get Transaction, 404s unknown ids, and points artifact URLs at itself', async () => {
    const e = await start();
    const { client } = emulatorClient(e);
    const [item] = (await client.pollTransactions({ startDateTime: since }, never)).items;
    expect(await client.getTransaction(item!.transactionId, never)).toEqual(item);
    expect(item!.artifacts.every((a) => a.url!.startsWith(e.coreUrl))).toBe(true);
    expect((await get(e, '/2023-08-01/transactions/nope')).status).toBe(404);
  });

  it('answers /input with a 302 plus body, /input-url with 200, and refuses downloads that carry Authorization', async () => {
    const e = await start();
    const id = e.stream.all()[1]!.transactionId; // the 999, inbound: X12 is the input
    const redirect = await get(e, `/2023-08-01/transactions/${id}/input`);
    expect(redirect.status).toBe(302);
    const location = redirect.headers.get('location')!;
    expect((await redirect.json() as { documentDownloadUrl: string }).documentDownloadUrl).toBe(location);
    expect(new URL(location).origin).not.toBe(new URL(e.url).origin);
    const direct = await get(e, `/2023-08-01/transactions/${id}/input-url`);
    expect(direct.status).toBe(200);
    expect((await fetch(location, { headers: { authorization: e.apiKey } })).status).toBe(400);
    expect(e.stats.authOnDownload).toBe(1);
    expect(await (await fetch(location)).text()).toContain('ST*999');
    const file = await get(e, `/2023-08-01/executions/${e.stream.all()[1]!.fileExecutionId}/input-url`);
    expect(file.status).toBe(200);
  });

  it('accepts "Key <key>", rejects others with a configurable 401/403, and can revoke a key mid-run', async () => {
    const e = await start({ coreAuthStatus: 403, revokeAfterRequests: 2 });
    const path = `/2023-08-01/polling/transactions?startDateTime=${since}`;
    expect((await get(e, path, { authorization: `Key ${e.apiKey}` })).status).toBe(200);
    const denied = await get(e, path, { authorization: 'wrong' });
    expect(denied.status).toBe(403);
    expect(await denied.json()).toMatchObject({ message: expect.any(String), code: 'AccessDeniedException' });
    expect((await get(e, path)).status).toBe(200); // second authenticated call: then revoked
    expect((await get(e, path)).status).toBe(403);
  });

  it('answers 429 when more than K requests are in flight', async () => {
    const e = await start({ concurrencyLimit: 2, latencyMs: 100 });
    const statuses = await Promise.all(Array.from({ length: 5 }, () => get(e, `/2023-08-01/polling/transactions?startDateTime=${since}`).then((r) => r.status)));
    expect(statuses.filter((s) => s === 429)).toHaveLength(3);
    expect(e.stats.concurrencyRejections).toBe(3);
  });

  it('decides faults by seed: the same plan gives the same faults', async () => {
    const run = async () => {
      const e = await startEmulator({ seed: 42, clock: new ManualClock(NOW), files: SAMPLE_FILES, layout: { fromMs: NOW - 86_400_000, toMs: NOW - 3_600_000 }, faults: { rate: 0.5, kinds: ['500', '503'] } });
      const statuses: number[] = [];
      for (let i = 0; i < 12; i++) statuses.push((await get(e, `/2023-08-01/transactions/${e.stream.all()[i % 4]!.transactionId}`)).status);
      await e.close();
      return statuses;
    };
    const [a, b] = [await run(), await run()];
    expect(a).toEqual(b);
    expect(a.some((s) => s >= 500)).toBe(true);
  });
});

describe('emulator: claim submission', () => {
  const claim = (pcn: string, usageIndicator?: string) => ({
    ...(usageIndicator ? { usageIndicator } : {}),
    tradingPartnerServiceId: 'ACME1', submitter: { organizationName: 'GOOD CLINIC', contactInformation: { name: 'DESK', phoneNumber: '5555550100' } },
    receiver: { organizationName: 'ACME HEALTH' }, subscriber: { memberId: 'M9', firstName: 'ANN', lastName: 'LEE' },
    billing: { npi: '1999999984', organizationName: 'GOOD CLINIC' },
    claimInformation: {
      patientControlNumber: pcn, claimFilingCode: 'CI', claimFrequencyCode: '1', claimChargeAmount: '109.20', placeOfServiceCode: '11',
      serviceLines: [{ serviceDate: '20260101', professionalService: { procedureCode: '99213', lineItemChargeAmount: '109.20' } }],
    },
  });
  const post = (e: Emulator, body: unknown, key?: string) => fetch(`${e.healthcareUrl}/change/medicalnetwork/professionalclaims/v3/submission`, {
    method: 'POST', body: JSON.stringify(body), headers: { authorization: e.apiKey, 'content-type': 'application/json', ...(key ? { 'idempotency-key': key } : {}) },
  });

  it('accepts a claim, echoes the PCN and line ids, and later shows the 837 and its 277CA in the stream', async () => {
    const clock = new ManualClock(NOW);
    const e = await start({ clock, files: [], claims: { delayMs: 1000 } });
    const res = await post(e, claim('PCNNEW1'));
    expect(res.status).toBe(200);
    const body = await res.json() as { claimReference: { correlationId: string; patientControlNumber: string; serviceLines: unknown[] } };
    expect(body.claimReference.correlationId).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(body.claimReference.patientControlNumber).toBe('PCNNEW1');
    expect(body.claimReference.serviceLines).toHaveLength(1);
    clock.advance(60_000);
    const { client } = emulatorClient(e);
    const items = (await client.pollTransactions({ startDateTime: new Date(NOW - 120_000).toISOString() }, never)).items;
    expect(items.map((i) => `${i.direction} ${i.x12?.metadata?.transaction?.transactionSetIdentifier}`)).toEqual(['OUTBOUND 837', 'INBOUND 277']);
    const report = await client.get277Report(items[1]!.transactionId, never);
    expect(report.transactions[0]!.payers[0]!.claimStatusTransactions[0]!.claimTransactionBatchNumber).toBe(body.claimReference.correlationId);
  });

  it('rejects a PCN over 20 characters with error code 33, and missing keys with 400', async () => {
    const e = await start({ files: [] });
    const long = await post(e, claim('P'.repeat(21)));
    expect(long.status).toBe(400);
    expect(await long.json()).toMatchObject({ errors: [{ code: '33' }] });
    expect((await post(e, { tradingPartnerServiceId: 'X' })).status).toBe(400);
  });

  it('applies Idempotency-Key: same body → same answer, changed body → 422, still in flight → 409 with Retry-After', async () => {
    const clock = new ManualClock(NOW);
    const e = await start({ clock, files: [], claims: { processingMs: 5000 } });
    const first = await (await post(e, claim('PCNIDEM'), 'k1')).json();
    const busy = await post(e, claim('PCNIDEM'), 'k1');
    expect(busy.status).toBe(409);
    expect(busy.headers.get('retry-after')).toBe('1');
    clock.advance(6000);
    expect(await (await post(e, claim('PCNIDEM'), 'k1')).json()).toEqual(first);
    expect((await post(e, claim('PCNOTHER'), 'k1')).status).toBe(422);
    expect(e.stream.all().filter((t) => t.setId === '837')).toHaveLength(1); // no second claim
  });

  it('lets a test key submit only test claims', async () => {
    const e = await start({ files: [], keys: [{ key: 'emu-test-mode-key-1', test: true }] });
    expect((await post(e, claim('PCNT1', 'P'))).status).toBe(403);
    expect((await post(e, claim('PCNT2', 'T'))).status).toBe(200);
    expect((await post(e, claim('PCNT3'))).status).toBe(200);
  });
});
