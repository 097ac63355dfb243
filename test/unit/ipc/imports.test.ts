// File import through the handlers: contents in, summary out; a file that is not X12 is logged and the rest import.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listExceptions } from '../../../db/queries/exceptions.js';
import { createHandlers } from '../../../main/ipc/handlers.js';
import { testDeps } from '../../helpers/handler-deps.js';

const FIXTURES = resolve(process.cwd(), '..', 'shared', 'fixtures', 'x12', 'LinuxForHealth__x12');
const fixture = (path: string) => ({ name: path.split('/').pop()!, text: readFileSync(resolve(FIXTURES, path), 'utf8') });

describe('importFiles', () => {
  it('imports X12 contents, logs a non-X12 file as an exception, and dedupes a second import', async () => {
    const deps = testDeps();
    const api = createHandlers(deps);
    const files = [fixture('837_005010X222A2/demo.example1.837'), { name: 'notes.txt', text: 'this is not X12' }];
    const first = await api.importFiles({ files });
    expect(first.files).toBe(2);
    expect(first.claimsCreated).toBeGreaterThan(0);
    expect(first.exceptions).toBe(1);
    expect(listExceptions(deps.db).map((e) => e.sourceRef)).toEqual(['notes.txt']);
    const again = await api.importFiles({ files: [files[0]!] });
    expect(again.claimsCreated).toBe(0);
    expect(again.duplicatesSkipped + again.transactions).toBeGreaterThan(0);
  });

  it('refuses paths in the preview host, which only sees picked files', async () => {
    const api = createHandlers(testDeps({ runtime: 'preview' }));
    await expect(api.importPaths({ paths: ['/etc'] })).rejects.toMatchObject({ code: 'invalid_input' });
  });

  it('reprocess answers not_found for an unknown exception', async () => {
    const api = createHandlers(testDeps());
    await expect(api.reprocessException({ id: '999' })).rejects.toMatchObject({ code: 'not_found' });
    await expect(api.reprocessException({ id: 'abc' })).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe('getRawTransaction', () => {
  it('shows a stored 835 with named segments and CARC meanings', async () => {
    const deps = testDeps();
    const api = createHandlers(deps);
    await api.importFiles({ files: [fixture('835_005010X221A1/managed-care.835')] });
    const id = deps.db.$client.prepare("SELECT id FROM raw_transactions WHERE transaction_set_id = '835'").pluck().get() as number;
    const raw = await api.getRawTransaction({ id: String(id) });
    expect(raw.ref.kind).toBe('835');
    expect(raw.ref.source).toBe('file managed-care.835');
    const clp = raw.segments.find((s) => s.id === 'CLP')!;
    expect(clp.elements[0]!.position).toBe('CLP01');
    const cas = raw.segments.find((s) => s.id === 'CAS');
    if (cas) expect(cas.elements.find((e) => e.position === 'CAS02')?.meaning).toMatch(/\w{4,}/);
    await expect(api.getRawTransaction({ id: '123456' })).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe('envelope warnings', () => {
  it('a set whose SE01 disagrees is stored, counted in the summary, and shown with its raw X12 with where it was found', async () => {
    const deps = testDeps();
    const api = createHandlers(deps);
    const good = fixture('835_005010X221A1/managed-care.835');
    const se = /SE\*(\d+)\*/.exec(good.text)!;
    const off = { name: 'off-count.835', text: good.text.replace(se[0], `SE*${Number(se[1]) + 3}*`) };
    const summary = await api.importFiles({ files: [off] });
    expect(summary).toMatchObject({ transactions: 1, exceptions: 0, warnings: 1 });
    expect(summary.claimsCreated).toBeGreaterThan(0); // the money still counts: the set itself read fine
    const id = deps.db.$client.prepare("SELECT id FROM raw_transactions WHERE transaction_set_id = '835'").pluck().get() as number;
    const raw = await api.getRawTransaction({ id: String(id) });
    expect(raw.warnings).toEqual([expect.objectContaining({
      code: 'se_count_mismatch', message: expect.stringContaining(`SE01 says ${Number(se[1]) + 3} segments`), where: expect.stringMatching(/^SE01, segment \d+ of off-count\.835$/),
    })]);
    expect(await api.importFiles({ files: [off] })).toMatchObject({ transactions: 0, duplicatesSkipped: 1, warnings: 0 }); // counted once
    const clean = createHandlers(testDeps());
    expect(await clean.importFiles({ files: [good] })).toMatchObject({ warnings: 0 });
  });
});
