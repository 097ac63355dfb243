// Remembers the window's size and position between launches (plain JSON in the data folder).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface WindowState { x?: number; y?: number; width: number; height: number; maximized: boolean; }
export const DEFAULT_WINDOW_STATE: WindowState = { width: 1360, height: 860, maximized: false };

const fileIn = (dataDir: string) => join(dataDir, 'window-state.json');

export function loadWindowState(dataDir: string): WindowState {
  try {
    const raw = JSON.parse(readFileSync(fileIn(dataDir), 'utf8')) as Partial<WindowState>;
    const ok = (n: unknown) => typeof n === 'number' && Number.isFinite(n);
    if (!ok(raw.width) || !ok(raw.height)) return DEFAULT_WINDOW_STATE;
    return {
      x: ok(raw.x) ? raw.x : undefined,
      y: ok(raw.y) ? raw.y : undefined,
      width: Math.max(800, raw.width!),
      height: Math.max(560, raw.height!),
      maximized: raw.maximized === true,
    };
  } catch {
    return DEFAULT_WINDOW_STATE;
  }
}

export function saveWindowState(dataDir: string, state: WindowState): void {
  try { writeFileSync(fileIn(dataDir), JSON.stringify(state), { mode: 0o600 }); } catch { /* best effort */ }
}
