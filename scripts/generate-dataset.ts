// CLI for the synthetic X12 generator: writes a seeded, mutually consistent 837/999/277CA/277/835 dataset
// (one interchange per file) into a folder, optionally with truth.jsonl beside it.
//   npx tsx scripts/generate-dataset.ts --seed 1 --claims 5000 --out DIR [--per837 N] [--per835 N]
//     [--start YYYY-MM-DD] [--days N] [--settle] [--truth] [--delimiters default|pipe|caret|edifact-like]
import { parseArgs } from 'node:util';
import { writeDataset, type Delimiters } from '../main/edi/generate/index.js';

const DELIMITER_SETS: Record<string, Partial<Delimiters>> = {
  default: {},
  pipe: { element: '|', component: '>', repetition: '!', terminator: '\n', newline: '' },
  caret: { element: '^', component: '\\', repetition: '{', terminator: '~', newline: '\r\n' },
  'edifact-like': { element: '+', component: '<', repetition: '#', terminator: "'", newline: '' },
};

const { values } = parseArgs({
  options: {
    seed: { type: 'string', default: '1' },
    claims: { type: 'string', default: '1000' },
    out: { type: 'string' },
    per837: { type: 'string' },
    per835: { type: 'string' },
    start: { type: 'string' },
    days: { type: 'string' },
    settle: { type: 'boolean', default: false },
    truth: { type: 'boolean', default: false },
    delimiters: { type: 'string', default: 'default' },
  },
});

const int = (name: string, text: string | undefined): number | undefined => {
  if (text === undefined) return undefined;
  if (!/^-?\d+$/.test(text)) throw new Error(`--${name} must be an integer, got "${text}"`);
  return Number(text);
};

async function main(): Promise<void> {
  if (!values.out) throw new Error('--out DIR is required');
  const delimiters = DELIMITER_SETS[values.delimiters];
  if (!delimiters) throw new Error(`--delimiters must be one of ${Object.keys(DELIMITER_SETS).join(', ')}`);
  const started = performance.now();
  const result = await writeDataset({
    seed: int('seed', values.seed)!,
    claims: int('claims', values.claims)!,
    claimsPer837: int('per837', values.per837),
    claimsPer835: int('per835', values.per835),
    startDate: values.start,
    days: int('days', values.days),
    settle: values.settle,
    delimiters,
  }, values.out, { truth: values.truth });
  const seconds = (performance.now() - started) / 1000;
  console.log(`${result.claims} claims, ${result.files} files, ${(result.bytes / 1e6).toFixed(1)} MB in ${seconds.toFixed(1)} s → ${values.out}`);
}

main().catch((err: unknown) => {
  console.error((err as Error).message);
  process.exit(1);
});
