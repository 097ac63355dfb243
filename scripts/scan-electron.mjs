// CI security step: Electronegativity over the Electron main and preload code; fails on any HIGH finding.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const electronVersion = JSON.parse(readFileSync('node_modules/electron/package.json', 'utf8')).version;
const out = join(mkdtempSync(join(tmpdir(), 'eneg-')), 'findings.csv');
execFileSync('npx', ['electronegativity', '-i', 'main', '-r', '-v', 'false', '-e', electronVersion, '-o', out], { stdio: ['ignore', 'ignore', 'inherit'] });

const rows = readFileSync(out, 'utf8').trim().split('\n').slice(1).filter(Boolean);
const findings = rows.map((r) => {
  const [issue, severity, confidence, file, location] = r.split(',').map((c) => c.replace(/^"|"$/g, ''));
  return { issue, severity, confidence, file, location };
});
for (const f of findings) console.log(`${f.severity.padEnd(13)} ${f.issue} ${f.file}:${f.location}`);
const high = findings.filter((f) => f.severity === 'HIGH');
console.log(`Electronegativity (Electron ${electronVersion}): ${findings.length} findings, ${high.length} high`);
process.exit(high.length > 0 ? 1 : 0);
