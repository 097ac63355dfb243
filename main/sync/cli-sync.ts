// `claimtrail sync [--once] [--since DATE] [--core-url URL] [--healthcare-url URL] [--data-dir DIR]`: the app's own
// sync worker, headless. Progress goes to stderr; exit 0 ok, 3 done with exceptions, 2 usage, 1 failure.
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { closeDb } from '../../db/open.js';
import { defaultDataDir } from '../app/paths.js';
import { parseArgs, UsageError } from '../cli/args.js';
import { EXIT, openStoreAt, type CliIo } from '../cli/io.js';
import { createKeyStore } from '../credentials/key-store.js';
import { modeStoreDir } from '../credentials/mode-store.js';
import { ingestX12Text } from '../ingest/index.js';
import { createStediClient, DEFAULT_CORE_URL, DEFAULT_HEALTHCARE_URL } from '../stedi/client.js';
import { abortableSleep } from '../stedi/transport.js';
import { newOwnerId } from './lock.js';
import { runSync, type RunResult } from './run-sync.js';
import { DEFAULT_SYNC_OPTIONS, type Progress } from './types.js';

export const SYNC_USAGE = `usage: claimtrail sync [--once] [--since DATE] [--core-url URL] [--healthcare-url URL] [--data-dir DIR]
                      [--interval-minutes N] [--concurrency N]
  Reads the Stedi transaction stream into the local store. The key comes from STEDI_API_KEY (STEDI_API_MODE=test
  for a test key), a 0600 file named by STEDI_API_KEY_FILE, or the key saved in the data folder.
  Without --once it keeps running, every N minutes (default 15), until interrupted.
`;

interface SyncArgs {
  once: boolean;
  since?: Date;
  coreUrl: string;
  healthcareUrl: string;
  dataDir: string;
  intervalMs: number;
  concurrency: number;
}

export async function runSyncCommand(argv: string[], io: CliIo): Promise<number> {
  let args: SyncArgs;
  try {
    args = parseSyncArgs(argv[0] === 'sync' ? argv.slice(1) : argv, io.env);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    io.err(`${err.message}\n${SYNC_USAGE}`);
    return EXIT.usage;
  }
  const key = createKeyStore({ dataDir: args.dataDir, env: io.env }).reveal();
  if (!key) {
    io.err('sync: no Stedi API key is configured (set STEDI_API_KEY, or save one in the app).\n');
    return EXIT.failure;
  }
  const storeDir = modeStoreDir(args.dataDir, key.mode);
  const db = openStoreAt(storeDir);
  const stop = new AbortController();
  const onSignal = () => { io.err('sync: stopping…\n'); stop.abort(); };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const client = createStediClient({
    apiKey: key.key, coreUrl: args.coreUrl, healthcareUrl: args.healthcareUrl, concurrency: args.concurrency,
    onRetry: (e) => io.err(`sync: ${e.status ? `HTTP ${e.status}` : 'network error'} on ${e.what}; retry ${e.attempt} in ${e.delayMs} ms\n`),
  });
  const owner = newOwnerId();
  try {
    let result: RunResult;
    let first = true;
    for (;;) {
      result = await runSync({
        db, client, ingest: ingestX12Text, now: io.now, options: { ...DEFAULT_SYNC_OPTIONS, mode: key.mode, downloadConcurrency: args.concurrency },
        owner, runId: `cli-${randomUUID()}`, trigger: 'cli', signal: stop.signal,
        since: first ? args.since : undefined, onProgress: (p) => io.err(progressLine(p)),
      });
      first = false;
      io.err(summaryLine(result));
      if (args.once || stop.signal.aborted || result.outcome === 'key_rejected') break;
      try { await abortableSleep(args.intervalMs, stop.signal); } catch { break; }
    }
    return exitCode(result);
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    closeDb(db);
  }
}

function parseSyncArgs(argv: string[], env: NodeJS.ProcessEnv): SyncArgs {
  const parsed = parseArgs(argv, ['once'], ['since', 'core-url', 'healthcare-url', 'data-dir', 'interval-minutes', 'concurrency']);
  if (parsed.positional.length > 0) throw new UsageError(`unexpected argument ${parsed.positional[0]}`);
  const sinceText = parsed.options.get('since');
  const since = sinceText === undefined ? undefined : new Date(sinceText);
  if (since && (Number.isNaN(since.getTime()) || !/^\d{4}-\d{2}-\d{2}/.test(sinceText!))) throw new UsageError('--since must be a date like 2025-01-31 (or an ISO date-time)');
  const url = (name: string, fallback: string) => {
    const value = parsed.options.get(name) ?? fallback;
    try {
      const u = new URL(value);
      if (u.protocol !== 'https:' && u.protocol !== 'http:') throw new Error('protocol');
    } catch {
      throw new UsageError(`--${name} must be an http(s) URL`);
    }
    return value;
  };
  const positiveInt = (name: string, fallback: number, max: number) => {
    const raw = parsed.options.get(name);
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1 || n > max) throw new UsageError(`--${name} must be a whole number from 1 to ${max}`);
    return n;
  };
  return {
    once: parsed.switches.has('once'),
    since,
    coreUrl: url('core-url', env.STEDI_CORE_URL ?? DEFAULT_CORE_URL),
    healthcareUrl: url('healthcare-url', env.STEDI_HEALTHCARE_URL ?? DEFAULT_HEALTHCARE_URL),
    dataDir: parsed.options.get('data-dir') ? resolve(parsed.options.get('data-dir')!) : defaultDataDir(env),
    intervalMs: positiveInt('interval-minutes', 15, 24 * 60) * 60_000,
    concurrency: positiveInt('concurrency', DEFAULT_SYNC_OPTIONS.downloadConcurrency, 32),
  };
}

const progressLine = (p: Progress) =>
  `sync: ${p.phase} · pages ${p.pages} · seen ${p.seen} · ingested ${p.ingested} · skipped ${p.skipped} · failed ${p.failed}`
  + `${p.processedAt ? ` · at ${p.processedAt}` : ''}\n`;

const summaryLine = (r: RunResult) =>
  `sync: ${r.outcome}${r.error ? ` — ${r.error}` : ''} (pages ${r.pages}, seen ${r.seen}, ingested ${r.ingested}, skipped ${r.skipped}, failed ${r.failed})\n`;

function exitCode(r: RunResult): number {
  if (r.outcome === 'ok') return EXIT.ok;
  if (r.outcome === 'ok_with_exceptions') return EXIT.exceptions;
  return EXIT.failure;
}
