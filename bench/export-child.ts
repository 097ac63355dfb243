// One export in its own process, so its peak RSS is the export's alone. Run by bench/export.bench.ts.
// argv: <database file> <csv|xlsx> <output file>. Prints one JSON line.
import { openDb } from '../db/open.js';
import { exportClaims } from '../main/export/export-service.js';

const [file, format, out] = process.argv.slice(2) as [string, 'csv' | 'xlsx', string];
const db = openDb(file, new URL('../db/migrations', import.meta.url).pathname);
const started = performance.now();
const result = await exportClaims({ db, now: () => new Date() }, { filter: {}, sort: { column: 'lastEventAt', dir: 'desc' } }, { out, format });
const seconds = (performance.now() - started) / 1000;
db.$client.close();
// maxRSS is the kernel's high-water mark for this process, in kilobytes: no sampling gaps.
console.log(JSON.stringify({ rows: result.rows, bytes: result.bytes, seconds, peakRssMb: process.resourceUsage().maxRSS / 1024 }));
