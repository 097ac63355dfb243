// `import <file-or-folder>...`: the same ingestion path the app uses; prints a summary.
import { existsSync } from 'node:fs';
import { importPaths } from '../../ingest/index.js';
import { storeOpenElsewhere } from '../../app/presence.js';
import { parseArgs, UsageError } from '../args.js';
import { EXIT, openStore, type CliIo } from '../io.js';

export async function importCommand(argv: string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, ['json', 'quiet'], ['data-dir']);
  if (args.positional.length === 0) throw new UsageError('import needs at least one file or folder');
  const missing = args.positional.filter((p) => !existsSync(p));
  if (missing.length) throw new UsageError(`not found: ${missing.join(', ')}`);
  const { db, dataDir } = openStore(args.options.get('data-dir'), io);
  try {
    // With the app reading this store, the claim list's indexes stay in place while the import writes (slower,
    // but the app's screens keep working); alone, a large load builds them once at its end.
    const appOpen = storeOpenElsewhere(dataDir);
    if (appOpen && !args.switches.has('json') && !args.switches.has('quiet')) io.err('ClaimTrail has this data folder open: its indexes are kept up to date as the import writes.\n');
    const progress = args.switches.has('json') || args.switches.has('quiet') ? undefined
      : (p: { filesDone: number; filesTotal: number }) => { if (p.filesDone % 50 === 0) io.err(`… ${p.filesDone}/${p.filesTotal} files\n`); };
    const summary = await importPaths(db, args.positional, () => io.now().toISOString(), progress, { deferIndexes: appOpen ? false : 'auto' });
    if (args.switches.has('json')) io.out(`${JSON.stringify(summary)}\n`);
    else {
      io.out(`files: ${summary.files}\ntransactions: ${summary.transactions}\nduplicates skipped: ${summary.duplicates}\n`
        + `claims created: ${summary.claimsCreated}\nclaims updated: ${summary.claimsUpdated}\nexceptions: ${summary.exceptions}\n`
        + `stored with warnings: ${summary.warnings}\n`);
    }
    return summary.exceptions > 0 ? EXIT.exceptions : EXIT.ok;
  } finally {
    db.$client.close();
  }
}
