// The preview host: the built renderer plus the same dispatch over HTTP and events over SSE, on 127.0.0.1 only,
// behind a per-launch token. The same app as the desktop window, for machines without Electron and for e2e tests.
// Finished exports download from /exports/<jobId> (no "Show in folder" without a desktop).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp.js';
import type { EventName } from '../../shared/ipc/events.js';
import type { Dispatch } from '../ipc/dispatch.js';
import { COOKIE_NAME, isLoopbackHost, sameToken, tokenFromRequest } from './auth.js';
import { EXPORTS_PREFIX, serveExport } from './export-download.js';
import { readStatic } from './static-files.js';

export interface PreviewHostOptions {
  dispatch: Dispatch;
  staticDir: string;
  token: string;
  port?: number; // 0 or absent: any free port
}

export interface PreviewHost {
  url: string; // includes the token
  port: number;
  emit(name: EventName, payload: unknown): void;
  close(): Promise<void>;
}

const MAX_BODY = 5 * 1024 * 1024;

export async function startPreviewHost(options: PreviewHostOptions): Promise<PreviewHost> {
  const streams = new Set<ServerResponse>();
  let port = 0;
  const server: Server = createServer((req, res) => {
    handle(req, res).catch(() => send(res, 500, 'text/plain', 'Internal error'));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    if (!isLoopbackHost(req.headers.host, port)) return send(res, 403, 'text/plain', 'Forbidden host');
    if (!sameToken(tokenFromRequest(req, url), options.token)) return send(res, 401, 'text/plain', 'Missing or wrong token');
    res.setHeader('Set-Cookie', `${COOKIE_NAME}=${options.token}; HttpOnly; SameSite=Strict; Path=/`);
    res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', 'no-store');

    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') return send(res, 405, 'text/plain', 'Use POST');
      const body = await readJson(req);
      if (body === undefined) return send(res, 400, 'application/json', JSON.stringify({ ok: false, error: { code: 'invalid_input', message: 'The request body is not JSON.' } }));
      const envelope = await options.dispatch(url.pathname.slice(5), (body as { input?: unknown } | null)?.input);
      return send(res, 200, 'application/json', JSON.stringify(envelope));
    }
    if (url.pathname === '/events') return openEventStream(res);
    if (url.pathname.startsWith(EXPORTS_PREFIX)) return serveExport(options.dispatch, req, res, url.pathname);
    const file = await readStatic(options.staticDir, url.pathname);
    if (file) return send(res, 200, file.type, file.body);
    const index = await readStatic(options.staticDir, '/index.html'); // client-side routes
    return index ? send(res, 200, index.type, index.body) : send(res, 404, 'text/plain', 'Not found');
  }

  function openEventStream(res: ServerResponse): void {
    res.writeHead(200, { 'Content-Type': 'text/event-stream', Connection: 'keep-alive' });
    res.write(': connected\n\n');
    streams.add(res);
    res.on('close', () => streams.delete(res));
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  return {
    port,
    url: `http://127.0.0.1:${port}/?token=${encodeURIComponent(options.token)}`,
    emit(name, payload) {
      const frame = `event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`;
      for (const s of streams) s.write(frame);
    },
    close: () => new Promise((resolve) => {
      for (const s of streams) s.end();
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, { 'Content-Type': type });
  res.end(body);
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) return undefined;
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text) return null;
  try { return JSON.parse(text); } catch { return undefined; }
}
