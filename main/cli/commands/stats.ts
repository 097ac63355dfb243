// `stats [--json]`: row counts, claims by status, open exceptions, last import and sync times.
import { storeStats } from '../../../db/queries/store-stats.js';
import { parseArgs } from '../args.js';
import { EXIT, openStore, type CliIo } from '../io.js';

export function statsCommand(argv: string[], io: CliIo): number {
  const args = parseArgs(argv, ['json'], ['data-dir']);
  const { db, dataDir } = openStore(args.options.get('data-dir'), io);
  try {
    const s = { dataDir, ...storeStats(db) };
    if (args.switches.has('json')) { io.out(`${JSON.stringify(s)}\n`); return EXIT.ok; }
    io.out(`data folder: ${s.dataDir}\ndatabase: ${s.databaseBytes} bytes\nlast import: ${s.lastImportAt ?? 'never'}\n`
      + `last sync: ${s.lastSyncAt ?? 'never'}\nopen exceptions: ${s.openExceptions}\n`);
    for (const [status, n] of Object.entries(s.claimsByStatus)) io.out(`claims ${status}: ${n}\n`);
    for (const [table, n] of Object.entries(s.rowCounts)) io.out(`rows ${table}: ${n}\n`);
    return EXIT.ok;
  } finally {
    db.$client.close();
  }
}
