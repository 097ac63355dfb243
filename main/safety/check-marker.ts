// A background integrity check that finds problems cannot set the open database aside; it leaves this note in the
// data folder so the next start checks the whole file first and takes the usual damaged-database path.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const markerFile = (dataDir: string) => join(dataDir, 'integrity-problems.json');

export function noteIntegrityProblems(dataDir: string, problems: readonly string[], at: string): void {
  writeFileSync(markerFile(dataDir), JSON.stringify({ at, problems }), { mode: 0o600 });
}

/** True when a background check found problems that no start-up has dealt with yet. */
export const integrityProblemsNoted = (dataDir: string): boolean => existsSync(markerFile(dataDir));

export function clearIntegrityProblems(dataDir: string): void {
  rmSync(markerFile(dataDir), { force: true });
}

/** The problems noted, for a later look; empty when none or unreadable. */
export function notedIntegrityProblems(dataDir: string): string[] {
  try {
    const noted = JSON.parse(readFileSync(markerFile(dataDir), 'utf8')) as { problems?: unknown };
    return Array.isArray(noted.problems) ? noted.problems.filter((p): p is string => typeof p === 'string') : [];
  } catch {
    return [];
  }
}
