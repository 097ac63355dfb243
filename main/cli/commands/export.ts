// `export claims --format csv|jsonl [--out FILE]` with the list filters.
import { resolve } from 'node:path';
import type { ClaimListQuery } from '../../../db/queries/claims-list.js';
import { exportClaims as exportClaimsFile } from '../../export/export-service.js';
import { exportClaims } from '../../../db/queries/claim-export.js';
import { CLAIM_STATUSES, type ClaimStatus } from '../../store/lifecycle.js';
import { CLAIM_FLAGS, type ClaimFlag } from '../../store/flags.js';
import { dateOption, parseArgs, UsageError, type ParsedArgs } from '../args.js';
import { claimCsvCells, claimJson, CSV_HEADER } from '../claim-json.js';
import { csvLine } from '../csv.js';
import { EXIT, openStore, type CliIo } from '../io.js';
import { writeToSink } from '../sink.js';

const FILTERS = ['status', 'payer', 'npi', 'from', 'to', 'search', 'flags'];

export function claimQueryFromArgs(args: ParsedArgs, today: string): ClaimListQuery {
  const list = (name: string) => args.options.get(name)?.split(',').map((s) => s.trim()).filter(Boolean);
  const status = list('status');
  const bad = status?.filter((s) => !(CLAIM_STATUSES as readonly string[]).includes(s));
  if (bad?.length) throw new UsageError(`unknown status ${bad.join(', ')} (one of ${CLAIM_STATUSES.join(', ')})`);
  const flags = list('flags');
  const badFlags = flags?.filter((s) => !(CLAIM_FLAGS as readonly string[]).includes(s));
  if (badFlags?.length) throw new UsageError(`unknown flag ${badFlags.join(', ')} (one of ${CLAIM_FLAGS.join(', ')})`);
  return {
    status: status as ClaimStatus[] | undefined,
    payerId: args.options.get('payer'),
    npi: args.options.get('npi'),
    serviceFrom: dateOption(args, 'from'),
    serviceTo: dateOption(args, 'to'),
    search: args.options.get('search'),
    flags: flags as ClaimFlag[] | undefined,
    today,
    sort: { column: 'lastEventAt', dir: 'desc' },
  };
}

export async function exportCommand(argv: string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, [], ['data-dir', 'format', 'out', ...FILTERS]);
  if (args.positional[0] !== 'claims' || args.positional.length !== 1) throw new UsageError('usage: export claims --format csv|jsonl|xlsx [--out FILE] [filters]');
  const format = args.options.get('format') ?? 'jsonl';
  if (format !== 'csv' && format !== 'jsonl' && format !== 'xlsx') throw new UsageError('--format must be csv, jsonl or xlsx');
  const query = claimQueryFromArgs(args, io.now().toISOString().slice(0, 10));
  const out = args.options.get('out');
  if (format === 'xlsx' && !out) throw new UsageError('--format xlsx needs --out FILE');
  const { db } = openStore(args.options.get('data-dir'), io);
  if (format === 'xlsx') {
    // The app's workbook (typed cells, frozen header, autofilter), written to a temporary name and renamed.
    try {
      const result = await exportClaimsFile({ db, now: io.now, actor: 'cli' }, { filter: query, sort: query.sort! }, { out: resolve(out!), format });
      io.err(`${result.rows} claims written to ${result.file}\n`);
      return EXIT.ok;
    } finally {
      db.$client.close();
    }
  }
  let n = 0;
  writeToSink(out, io, db, (sink) => {
    if (format === 'csv') sink.write(csvLine([...CSV_HEADER]));
    for (const claim of exportClaims(db, query)) {
      const j = claimJson(claim);
      sink.write(format === 'csv' ? csvLine(claimCsvCells(j)) : `${JSON.stringify(j)}\n`);
      n++;
    }
  });
  if (out) io.err(`${n} claims written to ${out}\n`);
  return EXIT.ok;
}
