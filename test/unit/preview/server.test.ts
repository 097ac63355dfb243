import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDispatch, type Dispatch } from '../../../main/ipc/dispatch.js';
import { createHandlers } from '../../../main/ipc/handlers.js';
import { createMemoryLogger } from '../../../main/log/logger.js';
import { startPreviewHost, type PreviewHost } from '../../../main/preview/server.js';
import { tempDir } from '../../helpers/db.js';
import { testDeps } from '../../helpers/handler-deps.js';

let host: PreviewHost | undefined;
let cleanup: (() => void) | undefined;
afterEach(async () => { await host?.close(); cleanup?.(); host = undefined; });

async function start(fakeDispatch?: Dispatch) {
  const tmp = tempDir();
  cleanup = tmp.remove;
  const staticDir = join(tmp.dir, 'static');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>ClaimTrail</title>');
  writeFileSync(join(tmp.dir, 'secret.txt'), 'outside the static folder');
  const log = createMemoryLogger();
  const api = createHandlers(testDeps({ log, dataDir: tmp.dir }));
  host = await startPreviewHost({ dispatch: fakeDispatch ?? createDispatch(api, log), staticDir, token: 'tok-123', port: 0 });
  return Object.assign(host, { dir: tmp.dir });
}

/** A raw request, so the Host header and path are exactly what a hostile page could send. */
function get(port: number, path: string, headers: Record<string, string> = {}, method = 'GET', body?: string, address = '127.0.0.1') {
  return new Promise<{ status: number; body: string; headers: Record<string, unknown> }>((resolve, reject) => {
    const req = request({ host: address, port, path, method, headers: { host: `127.0.0.1:${port}`, ...headers } }, (res) => {
      let data = '';
      res.on('data', (c) => { data += c; });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: data, headers: res.headers }));
    });
    req.on('error', reject);
    if (body) req.write(body);
    req.end();
  });
}

describe('preview host', () => {
  it('prints a loopback URL carrying the token and listens on 127.0.0.1 only', async () => {
    const h = await start();
    expect(h.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=tok-123$/);
    const external = Object.values(networkInterfaces()).flat().find((i) => i && i.family === 'IPv4' && !i.internal);
    if (external) await expect(get(h.port, '/?token=tok-123', {}, 'GET', undefined, external.address)).rejects.toThrow();
  });

  it('refuses every request without the token with 401', async () => {
    const h = await start();
    expect((await get(h.port, '/')).status).toBe(401);
    expect((await get(h.port, '/api/appInfo', {}, 'POST', '{}')).status).toBe(401);
    expect((await get(h.port, '/events')).status).toBe(401);
    expect((await get(h.port, '/?token=wrong')).status).toBe(401);
  });

  it('accepts the token once and then the cookie it sets', async () => {
    const h = await start();
    const first = await get(h.port, '/?token=tok-123');
    expect(first.status).toBe(200);
    expect(first.body).toContain('ClaimTrail');
    expect(String(first.headers['content-security-policy'])).toContain("default-src 'self'");
    const cookie = String((first.headers['set-cookie'] as string[])[0]).split(';')[0]!;
    expect(cookie).toBe('claimtrail_token=tok-123');
    const call = await get(h.port, '/api/ping', { cookie, 'content-type': 'application/json' }, 'POST', JSON.stringify({ input: { message: 'hi' } }));
    expect(JSON.parse(call.body)).toMatchObject({ ok: true, value: { echo: 'hi' } });
  });

  it('returns invalid_input through HTTP for bad input', async () => {
    const h = await start();
    const reply = await get(h.port, '/api/ping', { authorization: 'Bearer tok-123' }, 'POST', JSON.stringify({ input: { message: '' } }));
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('rejects foreign Host headers (DNS rebinding) and paths outside the static folder', async () => {
    const h = await start();
    expect((await get(h.port, '/?token=tok-123', { host: `evil.example:${h.port}` })).status).toBe(403);
    const traversal = await get(h.port, '/..%2fsecret.txt', { authorization: 'Bearer tok-123' });
    expect(traversal.body).not.toContain('outside the static folder');
  });

  it('streams events to open SSE clients', async () => {
    const h = await start();
    const received = new Promise<string>((resolve) => {
      const req = request({ host: '127.0.0.1', port: h.port, path: '/events', headers: { host: `127.0.0.1:${h.port}`, authorization: 'Bearer tok-123' } }, (res) => {
        let data = '';
        res.on('data', (c) => {
          data += c;
          if (data.includes('dataChanged')) { resolve(data); req.destroy(); }
        });
      });
      req.end();
    });
    await new Promise((r) => setTimeout(r, 50));
    h.emit('dataChanged', { reason: 'import' });
    expect(await received).toContain('event: dataChanged\ndata: {"reason":"import"}');
  });
});

describe('preview host: export downloads', () => {
  const auth = { authorization: 'Bearer tok-123' };
  const call = async (port: number, channel: string, input: unknown) =>
    JSON.parse((await get(port, `/api/${channel}`, auth, 'POST', JSON.stringify({ input }))).body) as { ok: boolean; value: Record<string, unknown> };

  it('serves the file of a completed export job as an attachment, and only with the token', async () => {
    const h = await start();
    const started = await call(h.port, 'startExport', { what: 'auditLog', format: 'csv' });
    const jobId = String(started.value.jobId);
    let job = (await call(h.port, 'getExportJob', { jobId })).value;
    for (let i = 0; i < 100 && job.state === 'running'; i++) {
      await new Promise((r) => setTimeout(r, 20));
      job = (await call(h.port, 'getExportJob', { jobId })).value;
    }
    expect(job.state).toBe('completed');

    expect((await get(h.port, `/exports/${jobId}`)).status).toBe(401);
    const reply = await get(h.port, `/exports/${jobId}`, auth);
    expect(reply.status).toBe(200);
    expect(String(reply.headers['content-disposition'])).toMatch(/^attachment; filename="audit-log-[\d-]+\.csv"; filename\*=UTF-8''audit-log-/);
    expect(String(reply.headers['content-type'])).toContain('text/csv');
    expect(reply.body).toBe(readFileSync(String(job.file), 'utf8'));
  });

  it('never serves a path: unknown ids, traversal and absolute paths are 404, without asking for a job', async () => {
    const asked: unknown[] = [];
    const h = await start(async (channel, input) => {
      asked.push(input);
      return channel === 'getExportJob'
        ? { ok: false, error: { code: 'not_found', message: 'no such job' } }
        : { ok: false, error: { code: 'not_found', message: 'unknown' } };
    });
    expect((await get(h.port, '/exports/no-such-job', auth)).status).toBe(404);
    expect(asked).toEqual([{ jobId: 'no-such-job' }]);
    for (const path of ['/exports/..%2fsecret.txt', `/exports/${encodeURIComponent(join(h.dir, 'secret.txt'))}`, '/exports/a/b', '/exports/']) {
      const reply = await get(h.port, path, auth);
      expect(reply.status, path).toBe(404);
      expect(reply.body, path).not.toContain('outside the static folder');
    }
    expect(asked).toHaveLength(1);
  });

  it('refuses a job that is still running (409) or whose file is gone (410), and anything but GET', async () => {
    const job = (state: string, file: string) => ({
      jobId: 'job-1', what: 'claims', format: 'csv', state, rows: 0, total: null, file, bytes: null, error: null,
      startedAt: '2026-11-23T10:00:00.000Z', finishedAt: null,
    });
    let current = job('running', '/nonexistent/claims.csv');
    const h = await start(async () => ({ ok: true, value: current }));
    expect((await get(h.port, '/exports/job-1', auth)).status).toBe(409);
    current = job('completed', '/nonexistent/claims.csv');
    expect((await get(h.port, '/exports/job-1', auth)).status).toBe(410);
    current = job('completed', join(h.dir, 'secret.txt'));
    expect((await get(h.port, '/exports/job-1', auth, 'POST', '{}')).status).toBe(405);
  });
});
