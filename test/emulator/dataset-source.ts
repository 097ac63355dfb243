// X12 files for the emulator to serve: from the project's generator (main/edi/generate) when it is present,
// otherwise copies of the hand-written sample claim life with fresh identifiers, so tests never depend on luck.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { SourceFile } from './dataset.js';
import { SAMPLE_FILES } from './samples.js';

const GENERATOR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'main', 'edi', 'generate', 'index.ts');

type Generated = Iterable<SourceFile> | AsyncIterable<SourceFile> | SourceFile[];
type GeneratorModule = { generateDataset(options: { seed: number; claims: number; settle?: boolean; claimsPer837?: number; days?: number }): Generated | Promise<Generated> };

export async function datasetFiles(options: { seed: number; claims: number }): Promise<{ files: SourceFile[]; from: 'generator' | 'samples' }> {
  if (existsSync(GENERATOR)) {
    const mod = (await import(pathToFileURL(GENERATOR).href)) as GeneratorModule;
    // settle: every claim's story runs to its end (835s, reversals, resends), so the stream holds every kind of set
    const produced = await mod.generateDataset({ ...options, settle: true, claimsPer837: 8, days: 20 });
    const files: SourceFile[] = [];
    for await (const f of produced as AsyncIterable<SourceFile>) files.push({ name: f.name, kind: f.kind, text: f.text });
    return { files, from: 'generator' };
  }
  return { files: sampleCopies(Math.max(1, Math.ceil(options.claims / 2))), from: 'samples' };
}

/** `copies` independent claim lives (two claims each): new PCNs, control numbers, batch and trace numbers. */
export function sampleCopies(copies: number): SourceFile[] {
  const out: SourceFile[] = [];
  for (let k = 0; k < copies; k++) {
    const tag = k.toString(36).toUpperCase().padStart(3, '0');
    const ctl = (base: number) => String(base * 1000 + k).padStart(9, '0');
    for (const f of SAMPLE_FILES) {
      const text = f.text
        .replace(/PCN00([12])/g, `PC${tag}$1`).replace(/ICN00([12])/g, `IC${tag}$1`).replace(/BATCH501/g, `B${tag}`)
        .replace(/EFT801/g, `EFT${tag}`).replace(/LINE00([12])/g, `L${tag}$1`)
        .replace(/\*0000005(\d\d)\*/g, (_m, n: string) => `*${ctl(500 + Number(n))}*`)
        .replace(/\*0000006(\d\d)\*/g, (_m, n: string) => `*${ctl(600 + Number(n))}*`)
        .replace(/\*0000007(\d\d)\*/g, (_m, n: string) => `*${ctl(700 + Number(n))}*`)
        .replace(/\*0000008(\d\d)\*/g, (_m, n: string) => `*${ctl(800 + Number(n))}*`)
        .replace(/IEA\*1\*0000005(\d\d)~/g, (_m, n: string) => `IEA*1*${ctl(500 + Number(n))}~`)
        .replace(/IEA\*1\*0000006(\d\d)~/g, (_m, n: string) => `IEA*1*${ctl(600 + Number(n))}~`)
        .replace(/IEA\*1\*0000007(\d\d)~/g, (_m, n: string) => `IEA*1*${ctl(700 + Number(n))}~`)
        .replace(/IEA\*1\*0000008(\d\d)~/g, (_m, n: string) => `IEA*1*${ctl(800 + Number(n))}~`)
        .replace(/\*501\*X\*/g, `*${5000 + k}*X*`).replace(/GE\*1\*501~/g, `GE*1*${5000 + k}~`).replace(/AK1\*HC\*501\*/g, `AK1*HC*${5000 + k}*`);
      out.push({ name: `life-${tag}-${f.name}`, kind: f.kind, text });
    }
  }
  return out;
}
