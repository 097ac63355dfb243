import { afterEach, describe, expect, it } from 'vitest';
import { runSyncCommand } from '../../../main/sync/cli-sync.js';
import type { CliIo } from '../../../main/cli/io.js';
import { ManualClock } from '../../emulator/clock.js';
import { SAMPLE_FILES } from '../../emulator/samples.js';
import { startEmulator, type Emulator } from '../../emulator/server.js';
import { tempDir } from '../../helpers/db.js';

const NOW = Date.parse('2026-02-01T12:00:00Z');
let emu: Emulator | null = null;
const dirs: Array<{ remove(): void }> = [];
afterEach(async () => { await emu?.close(); emu = null; while (dirs.length) dirs.pop()!.remove(); });

function io(env: NodeJS.ProcessEnv): CliIo & { outText: () => string; errText: () => string } {
  let out = '', err = '';
  return { out: (t) => { out += t; }, err: (t) => { err += t; }, env, now: () => new Date(NOW), outText: () => out, errText: () => err };
}

describe('claimtrail sync', () => {
  it('answers bad arguments with usage and exit 2', async () => {
    for (const argv of [['--bogus'], ['--since', 'yesterday'], ['--core-url', 'ftp://x'], ['extra']]) {
      const t = io({});
      expect(await runSyncCommand(argv, t)).toBe(2);
      expect(t.errText()).toContain('usage: claimtrail sync');
    }
  });

  it('fails with exit 1 when no key is configured', async () => {
    const d = tempDir(); dirs.push(d);
    const t = io({});
    expect(await runSyncCommand(['--once', '--data-dir', d.dir], t)).toBe(1);
    expect(t.errText()).toContain('no Stedi API key');
  });

  it('syncs once with progress on stderr and exit 0, then 1 for a rejected key — never printing the key', async () => {
    emu = await startEmulator({ clock: new ManualClock(NOW), files: SAMPLE_FILES, layout: { fromMs: NOW - 86_400_000, toMs: NOW - 3_600_000 } });
    const d = tempDir(); dirs.push(d);
    const args = ['sync', '--once', '--data-dir', d.dir, '--core-url', emu.coreUrl, '--healthcare-url', emu.healthcareUrl];
    const ok = io({ STEDI_API_KEY: emu.apiKey });
    expect(await runSyncCommand(args, ok)).toBe(0);
    expect(ok.errText()).toMatch(/sync: backfill · pages \d+ · seen \d+ · ingested 4/);
    expect(ok.errText()).toContain('sync: ok');
    const bad = io({ STEDI_API_KEY: 'cli-wrong-key-98765' });
    expect(await runSyncCommand(args, bad)).toBe(1);
    expect(bad.errText()).toContain('API key rejected');
    expect(ok.errText() + ok.outText() + bad.errText()).not.toContain(emu.apiKey);
    expect(bad.errText()).not.toContain('cli-wrong-key-98765');
  });

  it('exits 3 when the run ended with exceptions', async () => {
    const broken = SAMPLE_FILES.map((f) => (f.kind === '835' ? { ...f, text: f.text.replace('CLP*PCN001*1*200.00', 'CLP*PCN001*1*abc') } : f));
    emu = await startEmulator({ clock: new ManualClock(NOW), files: broken, layout: { fromMs: NOW - 86_400_000, toMs: NOW - 3_600_000 } });
    const d = tempDir(); dirs.push(d);
    const t = io({ STEDI_API_KEY: emu.apiKey });
    expect(await runSyncCommand(['--once', '--data-dir', d.dir, '--core-url', emu.coreUrl], t)).toBe(3);
  });
});
