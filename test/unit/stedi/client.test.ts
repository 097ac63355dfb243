import { afterEach, describe, expect, it } from 'vitest';
import { createStediClient } from '../../../main/stedi/client.js';
import { StediError } from '../../../main/stedi/errors.js';
import { ManualClock } from '../../emulator/clock.js';
import { buildTransactions } from '../../emulator/dataset.js';
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

const since = new Date(NOW - 2 * 86_400_000).toISOString();

async function pollAll(client: ReturnType<typeof emulatorClient>['client'], pageSize: number) {
  const ids: string[] = [];
  let page = await client.pollTransactions({ startDateTime: since, pageSize }, never);
  while (page.items.length > 0) {
    ids.push(...page.items.map((i) => i.transactionId));
    page = await client.pollTransactions({ pageToken: page.nextPageToken!, pageSize }, never);
  }
  return ids;
}

describe('Stedi client against the emulator', () => {
  it('follows poll tokens so transactions sharing a processedAt across a page edge arrive exactly once', async () => {
    const at = NOW - 7_200_000;
    const txs = buildTransactions([...SAMPLE_FILES, ...SAMPLE_FILES.map((f) => ({ ...f, name: `again-${f.name}` }))], { seed: 3, fromMs: at, toMs: at, tieRate: 1 });
    expect(new Set(txs.map((t) => t.processedAtMs)).size).toBe(1); // every one tied
    const e = await start({ transactions: txs, files: undefined });
    const { client } = emulatorClient(e);
    const ids = await pollAll(client, 3);
    expect(ids.sort()).toEqual(txs.map((t) => t.transactionId).sort());
  });

  it('sends the raw key (never "Key …" is required) and downloads through the 302 without Authorization', async () => {
    const e = await start();
    const { client } = emulatorClient(e);
    const [first] = (await client.pollTransactions({ startDateTime: since }, never)).items;
    const text = await client.downloadDocument(first!.transactionId, 'output', never); // the 837 is outbound: X12 is the output
    expect(text.startsWith('ISA*')).toBe(true);
    expect(text).toContain('ST*837*0001');
    expect(e.stats.authOnDownload).toBe(0);
    expect(e.stats.requests.download).toBe(1);
    expect(e.stats.authorizationHeaders.every((h) => h === e.apiKey)).toBe(true);
  });

  it('asks for a fresh link once when a presigned link has expired', async () => {
    const clock = new ManualClock(NOW);
    const e = await start({ clock, linkTtlMs: 1000 });
    const slowFetch: typeof fetch = async (input, init) => {
      if (String(input).includes('/stedi-default-core-artifacts/') && e.stats.requests.download === undefined) clock.advance(5000);
      return fetch(input, init);
    };
    const { client } = emulatorClient(e, { fetch: slowFetch });
    const [first] = (await client.pollTransactions({ startDateTime: since }, never)).items;
    await expect(client.downloadDocument(first!.transactionId, 'output', never)).resolves.toContain('ST*837');
    expect(e.stats.requests.link).toBe(2);
  });

  it('honours Retry-After on 429 and recovers from 5xx, HTML gateway pages and dropped connections', async () => {
    const e = await start({ faults: { rate: 1, maxPerKey: 1, kinds: ['429-retry-after'], retryAfterSeconds: 2 } });
    const { client, waits } = emulatorClient(e);
    await client.pollTransactions({ startDateTime: since }, never);
    expect(waits).toEqual([2000]);
    for (const kind of ['500', '502', '503', '504', '502-html', 'drop', 'drop-mid-body', '429'] as const) {
      e.setFaults({ rate: 1, maxPerKey: 2, kinds: [kind] });
      const page = await client.pollTransactions({ startDateTime: new Date(Date.parse(since) + waits.length).toISOString() }, never);
      expect(page.items.length, kind).toBe(4);
    }
  });

  it('clears a 429 burst that needs several retries', async () => {
    const e = await start({ faults: { burstRate: 1, burstLength: 4 } });
    const { client, waits } = emulatorClient(e);
    await expect(client.pollTransactions({ startDateTime: since }, never)).resolves.toMatchObject({ items: expect.any(Array) });
    expect(waits).toHaveLength(4);
  });

  it('gives up after the configured tries with a typed error', async () => {
    const e = await start({ faults: { rate: 1, maxPerKey: 100, kinds: ['503'] } });
    const { client } = emulatorClient(e, { retry: { attempts: 3, baseDelayMs: 1, maxDelayMs: 2 } });
    const err = await client.pollTransactions({ startDateTime: since }, never).catch((x: unknown) => x);
    expect(err).toBeInstanceOf(StediError);
    expect((err as StediError).failure).toBe('unavailable');
    expect(e.stats.requests.poll).toBe(3);
  });

  it('treats a slow answer as a failed try and retries it', async () => {
    const e = await start({ faults: { rate: 1, maxPerKey: 1, kinds: ['slow'], slowMs: 1500 } });
    const { client } = emulatorClient(e, { timeoutMs: 200 });
    await expect(client.pollTransactions({ startDateTime: since }, never)).resolves.toMatchObject({ nextPageToken: expect.any(String) });
    expect(e.stats.requests.poll).toBe(2);
  });

  it('stops at once on 401 and 403, with key_rejected and no retries', async () => {
    const e = await start();
    const { client, waits } = emulatorClient(e, { apiKey: 'not-the-key-123456' });
    const core = await client.pollTransactions({ startDateTime: since }, never).catch((x: unknown) => x);
    expect(core).toMatchObject({ failure: 'key_rejected', code: 'auth_required', status: 401 });
    const hc = await client.get835Report('whatever', never).catch((x: unknown) => x);
    expect(hc).toMatchObject({ failure: 'key_rejected', status: 403 });
    expect(waits).toEqual([]);
    expect(e.stats.requests.poll).toBe(1);
  });

  it('reports an unreachable host as offline', async () => {
    const client = createStediClient({ apiKey: 'k-12345678', coreUrl: 'http://127.0.0.1:9/2023-08-01', retry: { attempts: 2, baseDelayMs: 1, maxDelayMs: 1 } });
    await expect(client.pollTransactions({ startDateTime: since }, never)).rejects.toMatchObject({ failure: 'offline', code: 'offline' });
  });

  it('turns a cancelled signal into a cancelled error', async () => {
    const e = await start({ latencyMs: 500 });
    const { client } = emulatorClient(e);
    const abort = new AbortController();
    const pending = client.pollTransactions({ startDateTime: since }, abort.signal);
    setTimeout(() => abort.abort(), 20);
    await expect(pending).rejects.toMatchObject({ failure: 'cancelled', code: 'cancelled' });
  });

  it('rejects answers of the wrong shape but tolerates unknown fields', async () => {
    const e = await start();
    const badFetch: typeof fetch = async () => new Response(JSON.stringify({ items: [{ transactionId: 'x' }] }), { status: 200 });
    const { client } = emulatorClient(e, { fetch: badFetch });
    await expect(client.pollTransactions({ startDateTime: since }, never)).rejects.toMatchObject({ failure: 'bad_response' });
    const ok = emulatorClient(e).client;
    const page = await ok.pollTransactions({ startDateTime: since }, never);
    expect(page.items[0]!.emulatorNote).toBeTypeOf('string'); // unknown field passed through
  });

  it('fetches the 277 and 835 reports and the ERA PDF in both encodings', async () => {
    const e = await start();
    const { client } = emulatorClient(e);
    const items = (await client.pollTransactions({ startDateTime: since }, never)).items;
    const id = (set: string) => items.find((i) => i.x12?.metadata?.transaction?.transactionSetIdentifier === set)!.transactionId;
    const r835 = await client.get835Report(id('835'), never);
    const claims = r835.transactions[0]!.detailInfo.flatMap((d) => d.paymentInfo);
    expect(claims.map((c) => [c.claimPaymentInfo.patientControlNumber, c.claimPaymentInfo.claimStatusCode, c.claimPaymentInfo.claimPaymentAmount]))
      .toEqual([['PCN001', '1', '150.00'], ['PCN002', '4', '0']]);
    const r277 = await client.get277Report(id('277'), never);
    const pcns = r277.transactions[0]!.payers[0]!.claimStatusTransactions[0]!.claimStatusDetails[0]!.patientClaimStatusDetails
      .flatMap((p) => p.claims.map((c) => c.claimStatus.referencedTransactionTraceNumber));
    expect(pcns).toEqual(['PCN001', 'PCN002']);
    await expect(client.get835Report(id('277'), never)).rejects.toMatchObject({ failure: 'not_found' }); // wrong type → 404
    const pdf = await client.getEraPdf(id('835'), { logo: false }, never);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const b64 = await fetch(`${e.healthcareUrl}/electronic-remittance-advice/${id('835')}/pdf`, { headers: { authorization: `Key ${e.apiKey}` } });
    expect(Buffer.from(JSON.parse(await b64.text()) as string, 'base64').subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });
});
