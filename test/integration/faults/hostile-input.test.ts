// Hostile input through the real import path: each case ends with a clear message naming the file, quickly and
// without reading it all, and everything already stored is still there (database contents compared).
import { spawn } from 'node:child_process';
import { closeSync, existsSync, ftruncateSync, openSync, readdirSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDb, openDb, type Db } from '../../../db/open.js';
import { createDispatch } from '../../../main/ipc/dispatch.js';
import { createHandlers } from '../../../main/ipc/handlers.js';
import { importPaths } from '../../../main/ingest/index.js';
import { DEFAULT_IMPORT_LIMITS, guardChunks } from '../../../main/ingest/import-guard.js';
import { createMemoryLogger } from '../../../main/log/logger.js';
import { canonicalDump } from '../../emulator/canonical-dump.js';
import { MIGRATIONS_DIR, tempDir } from '../../helpers/db.js';
import { testDeps } from '../../helpers/handler-deps.js';
import { fixedNow, generatedFolder, type Dump } from './fixtures.js';

const GB2 = 2 * 1024 ** 3;
const tmp = tempDir('claimtrail-hostile-');
let folder: string;
let first837: string;

beforeAll(async () => {
  folder = await generatedFolder(tmp.dir, 120, 3);
  first837 = readFileSync(join(folder, readdirSync(folder).find((n) => n.includes('-837-'))!), 'utf8');
}, 30_000);
afterAll(() => tmp.remove());

/** A store holding a clean import of the generated folder, and its dump. */
async function storeWithData(name: string): Promise<{ db: Db; file: string; before: Dump }> {
  const file = join(tmp.dir, `${name}.db`);
  const db = openDb(file, MIGRATIONS_DIR);
  await importPaths(db, [folder], fixedNow);
  return { db, file, before: canonicalDump(db) };
}

/** Bytes this process has read so far (Linux); null elsewhere. */
const bytesRead = (): number | null => {
  if (!existsSync('/proc/self/io')) return null;
  return Number(/rchar:\s*(\d+)/.exec(readFileSync('/proc/self/io', 'utf8'))?.[1] ?? NaN);
};

/** A file of `size` bytes that starts with `head` and is sparse (zeros, no disk used) after it. */
function sparseFile(name: string, size: number, head: Buffer = Buffer.alloc(0)): string {
  const path = join(tmp.dir, name);
  const fd = openSync(path, 'w');
  try {
    if (head.length) writeSync(fd, head, 0, head.length, 0);
    ftruncateSync(fd, size);
  } finally {
    closeSync(fd);
  }
  return path;
}

const exceptionsOf = (db: Db) => db.$client.prepare('SELECT source_ref AS sourceRef, reason FROM ingest_exceptions ORDER BY id').all() as Array<{ sourceRef: string; reason: string }>;
const withoutExceptions = (d: Dump): Dump => ({ ...d, ingest_exceptions: [] });

/** Imports `path` into the store and checks the common promises: fast, little read, one clear exception, nothing lost. */
async function importHostile(db: Db, before: Dump, path: string, limits = DEFAULT_IMPORT_LIMITS) {
  const readBefore = bytesRead();
  const started = Date.now();
  const summary = await importPaths(db, [path], fixedNow, undefined, { limits });
  const ms = Date.now() - started;
  const read = readBefore === null ? null : bytesRead()! - readBefore;
  const exceptions = exceptionsOf(db);
  expect(summary.exceptions).toBe(1);
  expect(exceptions).toHaveLength(1);
  expect(exceptions[0]!.sourceRef).toBe(path);
  expect(ms).toBeLessThan(10_000); // generous for a loaded machine; the bytes-read bound below is the real proof
  if (read !== null) expect(read).toBeLessThan(64 * 1024 * 1024);
  const after = canonicalDump(db);
  for (const table of Object.keys(before)) expect(after[table], table).toEqual(expect.arrayContaining(before[table]!)); // nothing lost
  return { summary, reason: exceptions[0]!.reason, after };
}

describe('hostile input', () => {
  it('a 2 GB file of zero bytes is rejected at once, by name, without being read, and nothing stored changes', async () => {
    const { db, before } = await storeWithData('zeros');
    const path = sparseFile('garbage-2gb.x12', GB2);
    const { reason, after, summary } = await importHostile(db, before, path);
    expect(reason).toMatch(/^not_x12: garbage-2gb\.x12 is not an X12 file: it starts with more than 64 KB of blank or zero bytes/);
    expect(summary.transactions).toBe(0);
    expect(withoutExceptions(after)).toEqual(withoutExceptions(before));
    closeDb(db);
  });

  it('a 2 GB file of random bytes is rejected at once as not X12', async () => {
    const { db, before } = await storeWithData('random');
    const head = Buffer.alloc(1024 * 1024);
    for (let i = 0; i < head.length; i++) head[i] = (i * 2654435761) >>> 24; // deterministic noise, no ISA in it
    const path = sparseFile('random-2gb.dat', GB2, head);
    const { reason, after } = await importHostile(db, before, path);
    expect(reason).toMatch(/^not_x12: random-2gb\.dat is not an X12 file: no readable ISA, GS or ST header/);
    expect(withoutExceptions(after)).toEqual(withoutExceptions(before));
    closeDb(db);
  });

  it('valid X12 followed by 2 GB of zeros: the sets before the damage are imported, the rest is refused by name', async () => {
    const { db, before } = await storeWithData('tail');
    const openSet = first837.slice(0, first837.indexOf('BHT')); // a second interchange that never ends
    const goodPart = Buffer.from(`${first837}\n${openSet}`);
    const path = sparseFile('tail-2gb.x12', GB2, goodPart);
    const { reason, after } = await importHostile(db, before, path);
    expect(reason).toMatch(/^segment_too_long: tail-2gb\.x12 is not readable X12: more than 1 MB without a segment terminator/);
    expect(withoutExceptions(after)).toEqual(withoutExceptions(before)); // the good set was already stored (same content): deduped
    closeDb(db);
  });

  it('a transaction set that claims 50 million segments (SE01) is read for what it really holds; nothing is lost', async () => {
    const { db, before } = await storeWithData('se01');
    const lying = first837.replace(/\nSE\*\d+\*/g, '\nSE*50000000*').replace(/CLM\*([A-Z0-9]+)/g, 'CLM*Z$1'); // claims not stored yet
    expect(lying).toContain('SE*50000000*');
    const path = join(tmp.dir, 'claims-50m-segments.x12');
    writeFileSync(path, lying);
    const started = Date.now();
    const summary = await importPaths(db, [path], fixedNow);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(summary).toMatchObject({ transactions: lying.split('\nST*').length - 1, exceptions: 0 });
    const after = canonicalDump(db);
    for (const table of Object.keys(before)) expect(after[table], table).toEqual(expect.arrayContaining(before[table]!));
    expect(after.submissions!.length - before.submissions!.length).toBe(lying.split('\nCLM*').length - 1); // every claim it holds
    closeDb(db);
  });

  it('a streamed transaction set with millions of segments is stopped at the set-size limit, by name; earlier sets stay', async () => {
    const { db, before } = await storeWithData('huge-set');
    const limits = { ...DEFAULT_IMPORT_LIMITS, maxSetBytes: 1024 * 1024 }; // the test's own budget; the default is 64 MB (next test)
    const header = first837.slice(0, first837.indexOf('BHT')).replace('ST*837*', 'ST*837*9');
    const segments = Buffer.from('LX*1~\n'.repeat(100_000)); // 600 KB of real segments per write
    const path = join(tmp.dir, 'huge-set.x12');
    const fd = openSync(path, 'w');
    writeSync(fd, Buffer.from(header));
    for (let i = 0; i < 4; i++) writeSync(fd, segments);
    writeSync(fd, Buffer.from('SE*50000000*90001~\nGE*1*1~\nIEA*1*000000001~\n'));
    closeSync(fd);
    const { reason, after } = await importHostile(db, before, path, limits);
    expect(reason).toMatch(/^set_too_large: huge-set\.x12 holds a transaction set larger than 1 MB \(it may claim millions of segments\)/);
    expect(withoutExceptions(after)).toEqual(withoutExceptions(before));
    closeDb(db);
  });

  it('the default limit stops a 65 MB transaction set in the byte stream, before the reader holds it', async () => {
    const header = Buffer.from(first837.slice(0, first837.indexOf('BHT')));
    const block = Buffer.from('LX*1~\n'.repeat(1 << 16));
    async function* source() { yield header; for (let sent = 0; sent < 65 * 1024 * 1024; sent += block.length) yield block; }
    let passed = 0;
    await expect((async () => { for await (const c of guardChunks(source(), 'big.x12')) passed += c.length; })())
      .rejects.toMatchObject({ code: 'set_too_large', message: expect.stringMatching(/^big\.x12 holds a transaction set larger than 64 MB/) });
    expect(passed).toBeLessThanOrEqual(DEFAULT_IMPORT_LIMITS.maxSetBytes + block.length);
  });

  it('a device is not read at all', async () => {
    const { db, before } = await storeWithData('device');
    const { reason } = await importHostile(db, before, '/dev/zero');
    expect(reason).toMatch(/^not_a_file: zero is not a regular file/);
    closeDb(db);
  });

  it('read-only database: the import is refused before any file is read, with a plain message; data still readable', async () => {
    const { db, file, before } = await storeWithData('readonly');
    closeDb(db);
    const readonly = openDb(file, MIGRATIONS_DIR, { readonly: true });
    const dispatch = createDispatch(createHandlers(testDeps({ db: readonly, runtime: 'electron' })), createMemoryLogger());
    const reply = await dispatch('importPaths', { paths: [folder] });
    expect(reply).toMatchObject({ ok: false, error: { code: 'unavailable', message: expect.stringContaining('read-only') } });
    expect(canonicalDump(readonly)).toEqual(before);
    closeDb(readonly);
  });

  it('database locked by another process: the import waits, then says so plainly; nothing changed', async () => {
    const { db, file, before } = await storeWithData('locked');
    db.$client.pragma('busy_timeout = 200');
    const holder = spawn(process.execPath, ['-e', `
      const D = require('better-sqlite3'); const d = new D(${JSON.stringify(file)});
      d.exec('BEGIN EXCLUSIVE'); process.stdout.write('locked\\n'); setTimeout(() => { d.exec('ROLLBACK'); process.exit(0); }, 4000);`], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve) => holder.stdout!.once('data', () => resolve()));
    const dispatch = createDispatch(createHandlers(testDeps({ db, runtime: 'electron' })), createMemoryLogger());
    const reply = await dispatch('importPaths', { paths: [folder] });
    holder.kill();
    expect(reply).toMatchObject({ ok: false, error: { code: 'unavailable', message: expect.stringContaining('busy') } });
    expect(canonicalDump(db)).toEqual(before);
    closeDb(db);
  });
});
