// `report <top-providers|payer-turnaround|aging|denials|first-pass> --format csv|jsonl [--out FILE]`.
import type { Db } from '../../../db/open.js';
import { aging, denialRates, firstPassAcceptance, payerTurnaround, topProviders, type ProviderRanking } from '../../../db/queries/reports.js';
import { resolve } from 'node:path';
import { printReport, exportReport } from '../../export/export-service.js';
import { reportHandlers } from '../../ipc/handlers/reports.js';
import { dateOption, parseArgs, UsageError } from '../args.js';
import { csvLine } from '../csv.js';
import { EXIT, openStore, type CliIo } from '../io.js';
import { centsToDecimal } from '../money.js';
import { writeToSink } from '../sink.js';

export const REPORTS = ['top-providers', 'payer-turnaround', 'aging', 'denials', 'first-pass'] as const;
type ReportName = (typeof REPORTS)[number];
type Row = Record<string, unknown>;

/** Money columns (…Cents) become decimal strings named without the suffix; drill-down filters stay in JSONL only. */
function present(row: Row): Row {
  const out: Row = {};
  for (const [k, v] of Object.entries(row)) {
    if (k.endsWith('Cents') && (typeof v === 'number' || v === null)) out[k.replace(/Cents$/, 'Amount')] = centsToDecimal(v);
    else out[k] = v;
  }
  return out;
}

function rowsOf(db: Db, name: ReportName, range: { from?: string; to?: string }, today: string, by: ProviderRanking): Row[] {
  switch (name) {
    case 'top-providers': return topProviders(db, { ...range, by, limit: 100 }) as unknown as Row[];
    case 'payer-turnaround': return payerTurnaround(db, range) as unknown as Row[];
    case 'aging': return aging(db, { ...range, today }) as unknown as Row[];
    case 'denials': {
      const d = denialRates(db, range);
      return [...d.byPayer.map((r) => ({ section: 'payer', ...r })), ...d.byCarc.map((r) => ({ section: 'carc', ...r }))];
    }
    case 'first-pass': {
      const f = firstPassAcceptance(db, range);
      return [f.overall, ...f.byPayer] as unknown as Row[];
    }
  }
}

const KIND = { 'top-providers': 'top_providers', 'payer-turnaround': 'payer_turnaround', aging: 'aging', denials: 'denials', 'first-pass': 'first_pass' } as const;

/** PDF and XLSX are the app's own documents (same code as the Export button); they need a file, not stdout. */
async function documentReport(db: Db, name: ReportName, range: { from?: string; to?: string }, format: 'pdf' | 'xlsx', out: string | undefined, io: CliIo): Promise<number> {
  if (!out) throw new UsageError(`--format ${format} needs --out FILE`);
  const today = io.now().toISOString().slice(0, 10);
  const report = await reportHandlers({ db, now: io.now }).runReport({ kind: KIND[name], from: range.from ?? '1900-01-01', to: range.to ?? today });
  const ctx = { db, now: io.now, actor: 'cli' };
  const result = format === 'pdf' ? await printReport(ctx, report, { out: resolve(out) }) : await exportReport(ctx, report, { out: resolve(out), format });
  io.err(`${name} report written to ${result.file} (${result.bytes} bytes)\n`);
  return EXIT.ok;
}

export async function reportCommand(argv: string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, [], ['data-dir', 'format', 'out', 'from', 'to', 'by', 'as-of']);
  const name = args.positional[0] as ReportName | undefined;
  if (!name || !REPORTS.includes(name) || args.positional.length !== 1) throw new UsageError(`usage: report <${REPORTS.join('|')}> --format csv|jsonl|xlsx|pdf [--out FILE]`);
  const format = args.options.get('format') ?? 'csv';
  if (!['csv', 'jsonl', 'pdf', 'xlsx'].includes(format)) throw new UsageError('--format must be csv, jsonl, xlsx or pdf');
  const by = (args.options.get('by') ?? 'billed') as ProviderRanking;
  if (!['billed', 'paid', 'denialRate', 'daysToPay'].includes(by)) throw new UsageError('--by must be billed, paid, denialRate or daysToPay');
  const range = { from: dateOption(args, 'from'), to: dateOption(args, 'to') };
  const today = dateOption(args, 'as-of') ?? io.now().toISOString().slice(0, 10);
  const { db } = openStore(args.options.get('data-dir'), io);
  if (format === 'pdf' || format === 'xlsx') {
    try { return await documentReport(db, name, range, format, args.options.get('out'), io); } finally { db.$client.close(); }
  }
  writeToSink(args.options.get('out'), io, db, (sink) => {
    const rows = rowsOf(db, name, range, today, by).map(present);
    if (format === 'jsonl') for (const r of rows) sink.write(`${JSON.stringify(r)}\n`);
    else {
      const header = [...new Set(rows.flatMap((r) => Object.keys(r)))].filter((k) => k !== 'drillDown');
      sink.write(csvLine(header));
      for (const r of rows) sink.write(csvLine(header.map((k) => (r[k] === undefined ? null : (r[k] as string | number | null)))));
    }
  });
  return EXIT.ok;
}
