// The emulator's response values: handlers return data, the server writes it (or mangles it for a fault).
import type { IncomingMessage } from 'node:http';

export interface Reply {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

export const json = (status: number, value: unknown, headers: Record<string, string> = {}): Reply => ({
  status, headers: { 'content-type': 'application/json', ...headers }, body: Buffer.from(JSON.stringify(value)),
});

export const text = (status: number, body: string, contentType = 'text/plain'): Reply => ({
  status, headers: { 'content-type': contentType }, body: Buffer.from(body),
});

export const problem = (status: number, message: string, code?: string): Reply => json(status, code ? { message, code } : { message });

export function readBody(req: IncomingMessage, limit = 5 * 1024 * 1024): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) { reject(new Error('body too large')); req.destroy(); return; }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
