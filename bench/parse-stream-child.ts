// Child process of the parse benchmark: streams one X12 file through readX12File and reports figures as JSON.
// Runs alone so its peak RSS is the streaming engine's, not the in-memory benchmarks'.
import { statSync } from 'node:fs';
import { readX12File } from '../main/edi/index.js';

const path = process.argv[2];
const started = performance.now();
let sets = 0;
let claims = 0;
let errors = 0;
let peakRss = 0;
for await (const set of readX12File(path)) {
  sets++;
  if (set.error) errors++;
  if (set.mapped?.kind === '835') claims += set.mapped.remittance.claims.length;
  if ((sets & 63) === 0) peakRss = Math.max(peakRss, process.memoryUsage.rss());
}
const seconds = (performance.now() - started) / 1000;
peakRss = Math.max(peakRss, process.resourceUsage().maxRSS * 1024);
process.stdout.write(JSON.stringify({ bytes: statSync(path).size, seconds, sets, claims, errors, peakRss }));
