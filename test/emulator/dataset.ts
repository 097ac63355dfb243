// Turns X12 files (from the project's generator) into the emulator's Stedi transactions: one per transaction set,
// with Stedi-shaped metadata, processedAt spread over a time span with deliberate ties, and optional noise items.
import { prng, seededUuid } from './seeded.js';
import { splitInterchange, type X12Piece } from './x12-split.js';

export interface SourceFile {
  name: string;
  kind: string; // '837' | '999' | '277CA' | '835' (the generator's labels)
  text: string;
}

export interface EmuTransaction {
  transactionId: string;
  fileExecutionId: string;
  status: 'succeeded' | 'failed';
  direction: 'INBOUND' | 'OUTBOUND';
  mode: 'test' | 'production' | 'other';
  processedAtMs: number;
  /** When the emulator starts showing it (late arrivals appear after their processedAt). */
  visibleAtMs: number;
  setId: string;
  piece: X12Piece | null; // null for failed items that never translated
  /** The whole file it came in (for /executions/{id}/input). */
  fileText: string;
  sourceName: string;
  translationErrors?: Array<{ message: string }>;
}

export interface DatasetLayout {
  seed: number;
  /** processedAt of the first and last file. */
  fromMs: number;
  toMs: number;
  /** Fraction of files that share their processedAt with the previous file (ties across page edges). */
  tieRate?: number;
  /** Extra transactions Stedi shows that the sync must record and skip: 270/271 noise and failed 835s. */
  noise?: number;
  failed?: number;
}

/** Files are laid out in the given order; each file's transaction sets share its processedAt (real ties). */
export function buildTransactions(files: readonly SourceFile[], layout: DatasetLayout): EmuTransaction[] {
  const rand = prng(layout.seed);
  const span = Math.max(1, layout.toMs - layout.fromMs);
  const out: EmuTransaction[] = [];
  let previousAt = layout.fromMs;
  files.forEach((file, i) => {
    const tie = i > 0 && rand() < (layout.tieRate ?? 0.1);
    const at = tie ? previousAt : layout.fromMs + Math.floor((span * i) / Math.max(1, files.length - 1));
    previousAt = at;
    const fileExecutionId = seededUuid(layout.seed, 'file', file.name, i);
    splitInterchange(file.text).forEach((piece, j) => {
      out.push({
        transactionId: seededUuid(layout.seed, 'tx', file.name, i, j),
        fileExecutionId,
        status: 'succeeded',
        direction: piece.transactionSetId === '837' ? 'OUTBOUND' : 'INBOUND',
        mode: piece.usage === 'T' ? 'test' : piece.usage === 'P' ? 'production' : 'other',
        processedAtMs: at,
        visibleAtMs: at,
        setId: piece.transactionSetId,
        piece,
        fileText: file.text,
        sourceName: file.name,
      });
    });
  });
  for (let k = 0; k < (layout.noise ?? 0); k++) out.push(noiseItem(layout, k, rand));
  for (let k = 0; k < (layout.failed ?? 0); k++) out.push(failedItem(layout, k, rand));
  return out;
}

function noiseItem(layout: DatasetLayout, k: number, rand: () => number): EmuTransaction {
  const at = layout.fromMs + Math.floor(rand() * (layout.toMs - layout.fromMs));
  const outbound = k % 2 === 0;
  const setId = outbound ? '270' : '271';
  const text = eligibilityX12(setId, k);
  return {
    transactionId: seededUuid(layout.seed, 'noise', k), fileExecutionId: seededUuid(layout.seed, 'noise-file', k),
    status: 'succeeded', direction: outbound ? 'OUTBOUND' : 'INBOUND', mode: 'production',
    processedAtMs: at, visibleAtMs: at, setId, piece: splitInterchange(text)[0]!, fileText: text, sourceName: `noise-${k}.x12`,
  };
}

function failedItem(layout: DatasetLayout, k: number, rand: () => number): EmuTransaction {
  const at = layout.fromMs + Math.floor(rand() * (layout.toMs - layout.fromMs));
  return {
    transactionId: seededUuid(layout.seed, 'failed', k), fileExecutionId: seededUuid(layout.seed, 'failed-file', k),
    status: 'failed', direction: 'INBOUND', mode: 'production', processedAtMs: at, visibleAtMs: at, setId: '835',
    piece: null, fileText: 'ISA*BROKEN', sourceName: `failed-${k}.x12`,
    translationErrors: [{ message: 'Segment CLP is missing required element CLP01' }],
  };
}

function eligibilityX12(setId: string, k: number): string {
  const ctl = String(900000 + k).padStart(9, '0');
  const segs = [
    `ISA*00*          *00*          *ZZ*SUBMITTER      *ZZ*STEDI          *240101*1200*^*00501*${ctl}*0*P*:`,
    `GS*${setId === '270' ? 'HS' : 'HB'}*SUBMITTER*STEDI*20240101*1200*${k + 1}*X*005010X279A1`,
    `ST*${setId}*0001*005010X279A1`, `BHT*0022*${setId === '270' ? '13' : '11'}*E${k}*20240101*1200`,
    'HL*1**20*1', 'NM1*PR*2*NOISE PAYER*****PI*99999', 'SE*5*0001', `GE*1*${k + 1}`, `IEA*1*${ctl}`,
  ];
  return `${segs.join('~')}~`;
}
