// Regenerates the bundled demo dataset (demo/x12/): ~3000 synthetic claims over six months that walk every
// lifecycle path the app shows, checked for coverage and size before anything is replaced.
//   npx tsx scripts/generate-demo.ts
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateEvents, writeDataset, type ClaimTruth, type GeneratorOptions } from '../main/edi/generate/index.js';

export const DEMO_OPTIONS: GeneratorOptions = {
  seed: 20250602,
  claims: 3000,
  claimsPer837: 60,
  claimsPer835: 25,
  startDate: '2025-06-02',
  days: 180,
  rates: { rejected999: 0.012, pending: 0.03, replacement: 0.03, reversal: 0.05, unbalancedEra: 0.01, duplicateEra: 0.01 },
};

const MAX_BYTES = 8_000_000;
const STATUSES: ClaimTruth['status'][] = ['submitted', 'accepted', 'rejected', 'pending', 'paid', 'denied', 'reversed'];

/** Every path must be present: a demo missing one would hide a screen state. */
function coverage(opts: GeneratorOptions): string[] {
  const truths: ClaimTruth[] = [];
  const plb = new Set<string>();
  let bytes = 0, resent = 0, unbalanced = 0;
  for (const e of generateEvents(opts)) {
    if (e.type === 'file') bytes += e.file.text.length;
    else if (e.type === 'claim') truths.push(e.claim);
    else {
      if (e.payment.duplicateOf) resent++;
      if (e.payment.unbalanced) unbalanced++;
      for (const a of e.payment.providerAdjustments) plb.add(a.reason);
    }
  }
  const missing: string[] = STATUSES.filter((s) => !truths.some((t) => t.status === s));
  const has = (label: string, ok: boolean) => { if (!ok) missing.push(label); };
  has('999 rejection', truths.some((t) => t.rejectedBy === '999'));
  has('277CA rejection', truths.some((t) => t.rejectedBy === '277CA'));
  has('replacement (frequency 7)', truths.some((t) => t.frequencyCode === '7' && t.status === 'paid'));
  has('original reversed by its replacement', truths.some((t) => t.flags.replaced));
  has('reversal then correction', truths.some((t) => t.flags.reversed && t.status === 'paid' && !t.flags.replaced));
  has('resubmission after rejection', truths.some((t) => t.frequencyCode === '1' && t.originalPatientControlNumber));
  has('CLP02 4 denial', truths.some((t) => t.adjustments.some((a) => a.reason === '31')));
  has('institutional', truths.some((t) => t.claimType === 'institutional'));
  has('dental', truths.some((t) => t.claimType === 'dental'));
  has('PLB interest / recoupment', plb.has('L6') && plb.has('WO'));
  has('duplicate ERA', resent > 0);
  has('unbalanced ERA', unbalanced > 0);
  has(`size under ${MAX_BYTES} bytes (is ${bytes})`, bytes < MAX_BYTES);
  return missing;
}

async function main(): Promise<void> {
  const missing = coverage(DEMO_OPTIONS);
  if (missing.length > 0) throw new Error(`demo options do not cover: ${missing.join(', ')}`);
  const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'demo', 'x12');
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isFile() && d.name.endsWith('.x12') ? [d.name] : []))) {
    rmSync(join(dir, name));
  }
  const result = await writeDataset(DEMO_OPTIONS, dir);
  console.log(`demo: ${result.claims} claims, ${result.files} files, ${(result.bytes / 1e6).toFixed(2)} MB → ${dir}`);
}

main().catch((err: unknown) => {
  console.error((err as Error).message);
  process.exit(1);
});
