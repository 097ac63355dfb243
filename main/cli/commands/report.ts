// `report <top-providers|payer-turnaround|aging|denials|first-pass> --format csv|jsonl [--out FILE]`.
import type { Db } from '../../../db/open.js';
import { aging, denialRates, firstPassAcceptance, payerTurnaround, topProviders, type ProviderRanking } from '../../../db/queries/reports.js';
import { dateOption, parseArgs, UsageError } from '../args.js';
import { csvLine } from '../csv.js';
import { EXIT, openStore, type CliIo } from '../io.js';
import { centsToDecimal } from '../money.js';
import { openSink } from '../sink.js';

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

export function reportCommand(argv: string[], io: CliIo): number {
  const args = parseArgs(argv, [], ['data-dir', 'format', 'out', 'from', 'to', 'by', 'as-of']);
  const name = args.positional[0] as ReportName | undefined;
  if (!name || !REPORTS.includes(name) || args.positional.length !== 1) throw new UsageError(`usage: report <${REPORTS.join('|')}> --format csv|jsonl [--out FILE]`);
  const format = args.options.get('format') ?? 'csv';
  if (format === 'pdf') throw new UsageError('--format pdf is not available yet in the CLI; use csv or jsonl');
  if (format !== 'csv' && format !== 'jsonl') throw new UsageError('--format must be csv, jsonl or pdf');
  const by = (args.options.get('by') ?? 'billed') as ProviderRanking;
  if (!['billed', 'paid', 'denialRate', 'daysToPay'].includes(by)) throw new UsageError('--by must be billed, paid, denialRate or daysToPay');
  const range = { from: dateOption(args, 'from'), to: dateOption(args, 'to') };
  const today = dateOption(args, 'as-of') ?? io.now().toISOString().slice(0, 10);
  const { db } = openStore(args.options.get('data-dir'), io);
  const sink = openSink(args.options.get('out'), io);
  try {
    const rows = rowsOf(db, name, range, today, by).map(present);
    if (format === 'jsonl') for (const r of rows) sink.write(`${JSON.stringify(r)}\n`);
    else {
      const header = [...new Set(rows.flatMap((r) => Object.keys(r)))].filter((k) => k !== 'drillDown');
      sink.write(csvLine(header));
      for (const r of rows) sink.write(csvLine(header.map((k) => (r[k] === undefined ? null : (r[k] as string | number | null)))));
    }
    sink.done();
    return EXIT.ok;
  } catch (err) {
    sink.abort();
    throw err;
  } finally {
    db.$client.close();
  }
}
