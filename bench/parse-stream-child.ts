// Child process of the parse benchmark: streams one X12 file and reports figures as JSON. Runs alone so its
// peak RSS is the streaming reader's, not the in-memory benchmarks'.
//   parse-stream-child.ts <file>         the engine: readX12File to domain records
//   parse-stream-child.ts <file> split   the yardstick: the same file read in the same chunks, split on the
//                                        terminator and element separator into arrays, nothing more
import { createReadStream, statSync } from 'node:fs';
import { readX12File } from '../main/edi/index.js';

const path = process.argv[2];
const mode = process.argv[3] === 'split' ? 'split' : 'engine';
const CHUNK = 1 << 16; // the split's fastest chunk size here (the yardstick must not be handicapped)

let sets = 0;
let claims = 0;
let errors = 0;
let peakRss = 0;
const started = performance.now();
if (mode === 'engine') {
  for await (const set of readX12File(path)) {
    sets++;
    if (set.error) errors++;
    if (set.mapped?.kind === '835') claims += set.mapped.remittance.claims.length;
    if ((sets & 63) === 0) peakRss = Math.max(peakRss, process.memoryUsage.rss());
  }
} else {
  let rest = '';
  let element = '';
  let terminator = '';
  for await (const chunk of createReadStream(path, { highWaterMark: CHUNK })) {
    const text = rest + (chunk as Buffer).toString('latin1');
    if (element === '') { element = text[3]; terminator = text[105]; }
    const segments = text.split(terminator);
    rest = segments.pop()!;
    for (const segment of segments) {
      const elements = segment.trim().split(element);
      if (elements[0] === 'SE') sets++;
      else if (elements[0] === 'CLP') claims++;
    }
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
  }
}
const seconds = (performance.now() - started) / 1000;
peakRss = Math.max(peakRss, process.resourceUsage().maxRSS * 1024);
process.stdout.write(JSON.stringify({ mode, bytes: statSync(path).size, seconds, sets, claims, errors, peakRss }));
