// `scheduled-exports [--run-due] [--json]`: the export schedules set in Settings, with their last and next runs.
// `--run-due` runs the ones whose time has come, for an office whose ClaimTrail is not always open (call it from the
// OS scheduler). While the app has the folder open it runs them itself, so the command then runs nothing.
import { storeOpenElsewhere } from '../../app/presence.js';
import { createExportScheduler } from '../../export/schedule/export-scheduler.js';
import { createMemoryLogger } from '../../log/logger.js';
import { parseArgs } from '../args.js';
import { EXIT, openStore, type CliIo } from '../io.js';

export async function scheduledExportsCommand(argv: string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, ['run-due', 'json'], ['data-dir']);
  const { db, dataDir } = openStore(args.options.get('data-dir'), io);
  try {
    // failures are recorded on each schedule and printed below; nothing else to log
    const scheduler = createExportScheduler({ db: () => db, now: io.now, log: createMemoryLogger() });
    const before = new Map(scheduler.statuses().map((s) => [s.id, s.lastRun?.at ?? null]));
    let skipped = false;
    if (args.switches.has('run-due')) {
      if (storeOpenElsewhere(dataDir)) skipped = true;
      else await scheduler.runDue();
    }
    const statuses = scheduler.statuses();
    const ran = statuses.filter((s) => s.lastRun && s.lastRun.at !== before.get(s.id));
    const failed = ran.filter((s) => s.lastRun!.outcome === 'failed');
    if (args.switches.has('json')) {
      io.out(`${JSON.stringify({ skippedBecauseAppOpen: skipped, ran: ran.map((s) => s.id), schedules: statuses })}\n`);
    } else {
      if (skipped) io.err('ClaimTrail has this data folder open and runs its scheduled exports itself: nothing was run.\n');
      if (statuses.length === 0) io.out('no scheduled exports\n');
      for (const s of statuses) {
        const last = !s.lastRun ? 'never run' : s.lastRun.outcome === 'completed'
          ? `last ${s.lastRun.at}: ${s.lastRun.rows ?? 0} claims → ${s.lastRun.file}` : `last ${s.lastRun.at}: failed: ${s.lastRun.error}`;
        io.out(`${ran.includes(s) ? '* ' : '  '}${s.viewName} (${s.format}) → ${s.folder}; next ${s.nextRunAt ?? 'paused'}; ${last}\n`);
      }
    }
    return failed.length > 0 ? EXIT.failure : EXIT.ok;
  } finally {
    db.$client.close();
  }
}
