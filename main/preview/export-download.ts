// GET /exports/<jobId>: the preview host's stand-in for "Show in folder". Serves only the file of a completed export
// job, looked up through the same dispatch as every call; the URL names a job, never a path.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { basename, extname } from 'node:path';
import { ExportJob } from '../../shared/domain/exports.js';
import type { Dispatch } from '../ipc/dispatch.js';

export const EXPORTS_PREFIX = '/exports/';

const TYPES: Record<string, string> = {
  '.csv': 'text/csv; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.pdf': 'application/pdf',
};

const JOB_ID = /^[A-Za-z0-9-]{1,64}$/;

export async function serveExport(dispatch: Dispatch, req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return plain(res, 405, 'Use GET');
  const jobId = pathname.slice(EXPORTS_PREFIX.length);
  if (!JOB_ID.test(jobId)) return plain(res, 404, 'No such export');
  const reply = await dispatch('getExportJob', { jobId });
  const job = reply.ok ? ExportJob.safeParse(reply.value) : null;
  if (!job?.success) return plain(res, 404, 'No such export');
  if (job.data.state !== 'completed') return plain(res, 409, 'The export has not finished');
  const size = await stat(job.data.file).then((s) => (s.isFile() ? s.size : null), () => null);
  if (size === null) return plain(res, 410, 'The exported file is no longer there');
  res.writeHead(200, {
    'Content-Type': TYPES[extname(job.data.file).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': size,
    'Content-Disposition': attachment(basename(job.data.file)),
  });
  if (req.method === 'HEAD') { res.end(); return; }
  const stream = createReadStream(job.data.file);
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}

/** RFC 6266: an ASCII fallback name plus the exact UTF-8 name. */
export function attachment(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;
}

function plain(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain' });
  res.end(text);
}
