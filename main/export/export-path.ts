// Where an export goes: the shell's save dialog when there is one (desktop), else a fresh name in the last folder
// used (preview host, tests). Also the plain-Node interface the Electron shell implements.
import { existsSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { ExportFormat } from '../../shared/domain/exports.js';

/** What the Electron shell provides (main/index.ts): the native dialogs. Absent in the preview host and the CLI. */
export interface ExportShell {
  /** Native save dialog opened at `defaultPath`; resolves with the chosen absolute path, or null when cancelled. */
  pickExportPath(request: { defaultPath: string; format: ExportFormat; title: string }): Promise<string | null>;
  /** Shows the file in the system file manager ("Show in folder"). */
  showInFolder(file: string): void;
  /** Native folder dialog opened at `defaultPath`; resolves with the chosen absolute folder, or null when cancelled. */
  pickFolder?(request: { defaultPath: string; title: string }): Promise<string | null>;
}

/** `claims.csv` → `claims (2).csv` … the first name not taken, so a dialog-less export never overwrites. */
export function freeFileName(folder: string, name: string, exists: (path: string) => boolean = existsSync): string {
  const ext = extname(name);
  const stem = name.slice(0, name.length - ext.length);
  for (let n = 1; ; n++) {
    const candidate = join(folder, n === 1 ? name : `${stem} (${n})${ext}`);
    if (!exists(candidate)) return candidate;
  }
}

/** Adds the format's extension when the user typed a name without it. */
export function withExtension(file: string, format: ExportFormat): string {
  return extname(file).toLowerCase() === `.${format}` ? file : `${file}.${format}`;
}
