// Runs the Stedi emulator as a process (Playwright tests, manual trials). The first stdout line is JSON:
// {"url","coreUrl","healthcareUrl","apiKey"}. Options: --port N --seed N --claims N --latency MS --fault-rate R
// --duplicate-rate R --key KEY. Data: the generator's dataset (or the samples), processed over the last 30 days.
import { datasetFiles } from './dataset-source.js';
import { startEmulator } from './server.js';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const num = (name: string, fallback: number) => (option(name) === undefined ? fallback : Number(option(name)));

const seed = num('seed', 1);
const { files } = await datasetFiles({ seed, claims: num('claims', 200) });
const key = option('key');
const emu = await startEmulator({
  seed, files, port: num('port', 0), latencyMs: num('latency', 0), duplicateRate: num('duplicate-rate', 0),
  faults: { rate: num('fault-rate', 0), retryAfterSeconds: 1, slowMs: 5000 },
  layout: { noise: 5, failed: 2 },
  ...(key ? { keys: [{ key }] } : {}),
});
process.stdout.write(`${JSON.stringify({ url: emu.url, coreUrl: emu.coreUrl, healthcareUrl: emu.healthcareUrl, apiKey: emu.apiKey })}\n`);
const shutdown = () => { void emu.close().then(() => process.exit(0)); };
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
