// Healthcare API routes (/2024-04-01/...): 277/835 report JSON and the ERA PDF. Claim submission is in claims.ts.
import type { Clock } from './clock.js';
import type { EmuTransaction } from './dataset.js';
import { build277Report } from './report-277.js';
import { build835Report } from './report-835.js';
import { json, problem, type Reply } from './reply.js';
import type { TransactionStream } from './stream.js';
import { delimitersOf } from './x12-split.js';

export interface HealthcareContext { stream: TransactionStream; clock: Clock }

export function healthcareRoute(parts: string[], method: string): string | null {
  if (method === 'GET' && parts.slice(0, 3).join('/') === 'change/medicalnetwork/reports' && parts[3] === 'v2' && parts.length === 6) return 'report';
  if (method === 'GET' && parts[0] === 'electronic-remittance-advice' && parts[2] === 'pdf' && parts.length === 3) return 'pdf';
  if (method === 'POST' && /submission$/.test(parts[parts.length - 1] ?? '')) return 'claims';
  return null;
}

/** The inbound transaction of the wanted set, or null: unknown ids and wrong-type ids both give 404. */
function inbound(ctx: HealthcareContext, id: string, setId: string): EmuTransaction | null {
  const tx = ctx.stream.get(id, ctx.clock.now());
  return tx && tx.piece && tx.status === 'succeeded' && tx.direction === 'INBOUND' && tx.setId === setId ? tx : null;
}

export function handleHealthcare(ctx: HealthcareContext, route: string, parts: string[], query: URLSearchParams, accept: string): Reply {
  if (route === 'report') {
    const [id, kind] = [parts[4]!, parts[5]!];
    if (kind !== '277' && kind !== '835') return problem(404, 'Not found.');
    const tx = inbound(ctx, id, kind);
    if (!tx) return problem(404, `No ${kind} report for this transaction.`, 'ResourceNotFoundException');
    const sep = delimitersOf(tx.piece!.text).component;
    const build = kind === '277' ? build277Report : build835Report;
    return json(200, build(tx.piece!.text, tx.transactionId, tx.mode, tx.piece!.senderId, sep));
  }
  const tx = inbound(ctx, parts[1]!, '835');
  if (!tx) return problem(404, 'No ERA for this transaction.', 'ResourceNotFoundException');
  const pdf = eraPdf(`ERA ${tx.transactionId}${query.get('logo') === 'false' ? '' : ' - Stedi'}`);
  if (accept.includes('application/pdf')) return { status: 200, headers: { 'content-type': 'application/pdf' }, body: pdf };
  return json(200, pdf.toString('base64'));
}

/** A minimal, valid one-page PDF showing one line of text. */
export function eraPdf(line: string): Buffer {
  const textOps = `BT /F1 12 Tf 72 720 Td (${line.replace(/[()\\]/g, '')}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${textOps.length} >>\nstream\n${textOps}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => { offsets.push(out.length); out += `${i + 1} 0 obj\n${o}\nendobj\n`; });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}
