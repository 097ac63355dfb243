// Measures the synthetic generator: claims per second for a full dataset (837/999/277CA/277/835 files) and for
// one streamed 835 interchange, with output sizes and peak memory.
//   npx tsx scripts/generate-rate.ts [--claims 1000000]
import { parseArgs } from 'node:util';
import { generateDataset, stream835 } from '../main/edi/generate/index.js';

const { values } = parseArgs({ options: { claims: { type: 'string', default: '1000000' }, seed: { type: 'string', default: '7' } } });
const claims = Number(values.claims);
const seed = Number(values.seed);
let peakRss = 0;
const sample = () => { peakRss = Math.max(peakRss, process.memoryUsage().rss); };

function measure(label: string, chunks: Iterable<string>): void {
  const started = performance.now();
  let bytes = 0, pieces = 0;
  for (const text of chunks) {
    bytes += Buffer.byteLength(text); // forces the text to exist as a consumer would need it
    if (++pieces % 256 === 0) sample();
  }
  const seconds = (performance.now() - started) / 1000;
  sample();
  console.log(`${label}: ${claims.toLocaleString('en-US')} claims, ${(bytes / 1e6).toFixed(0)} MB in ${seconds.toFixed(1)} s = ` +
    `${Math.round(claims / seconds).toLocaleString('en-US')} claims/s, ${(bytes / 1e6 / seconds).toFixed(0)} MB/s, peak RSS ${(peakRss / 1e6).toFixed(0)} MB`);
}

measure('dataset (all files)', (function* () { for (const f of generateDataset({ seed, claims, claimsPer837: 200 })) yield f.text; })());
measure('stream835 (one interchange)', stream835({ seed, claims }));
