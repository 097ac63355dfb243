// Remembers the folder the user last exported to (app_settings), so the next save dialog opens there.
import { existsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Db } from '../../db/open.js';
import { readSetting, writeSetting } from '../../db/queries/settings.js';

const KEY = 'export.lastFolder';

/** The remembered folder, if it still exists; otherwise `fallback` (e.g. the user's Documents folder). */
export function lastExportFolder(db: Db, fallback: string): string {
  const folder = readSetting(db, KEY);
  if (typeof folder !== 'string' || !folder) return fallback;
  try { return existsSync(folder) && statSync(folder).isDirectory() ? folder : fallback; } catch { return fallback; }
}

export function rememberExportFolder(db: Db, file: string, now: Date): void {
  writeSetting(db, KEY, dirname(file), now);
}
