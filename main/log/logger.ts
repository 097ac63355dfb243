// The logging interface every module gets, and the Node implementation used by the preview host, the CLI and
// tests: a size-rotated file in the data folder. The Electron shell supplies an electron-log backed twin.
import { appendFileSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { redactText, redactValue } from './redact.js';

export type Level = 'error' | 'warn' | 'info' | 'debug';
export interface Logger {
  error(message: string, ...details: unknown[]): void;
  warn(message: string, ...details: unknown[]): void;
  info(message: string, ...details: unknown[]): void;
  debug(message: string, ...details: unknown[]): void;
}

/** Formats one log line with redaction applied to the message and every detail. */
export function formatLine(level: Level, message: string, details: unknown[], secrets: readonly string[], at: Date): string {
  const rest = details.map((d) => JSON.stringify(redactValue(d, secrets))).join(' ');
  return `[${at.toISOString()}] [${level}] ${redactText(message, secrets)}${rest ? ` ${rest}` : ''}`;
}

export interface FileLoggerOptions {
  dir: string;
  fileName?: string;
  maxBytes?: number; // rotate when the file grows past this
  secrets?: () => readonly string[]; // values to scrub wherever they appear (the API key)
  echo?: (line: string) => void;
  minLevel?: Level;
}

const ORDER: Record<Level, number> = { error: 0, warn: 1, info: 2, debug: 3 };

export function createFileLogger(options: FileLoggerOptions): Logger {
  const file = join(options.dir, options.fileName ?? 'claimtrail.log');
  const maxBytes = options.maxBytes ?? 5 * 1024 * 1024;
  const min = ORDER[options.minLevel ?? 'info'];
  mkdirSync(options.dir, { recursive: true, mode: 0o700 });
  const write = (level: Level, message: string, details: unknown[]) => {
    if (ORDER[level] > min) return;
    const line = formatLine(level, message, details, options.secrets?.() ?? [], new Date());
    try {
      rotateIfLarge(file, maxBytes);
      appendFileSync(file, `${line}\n`, { mode: 0o600 });
    } catch {
      // A full or read-only disk must never take the app down through its logger.
    }
    options.echo?.(line);
  };
  return {
    error: (m, ...d) => write('error', m, d),
    warn: (m, ...d) => write('warn', m, d),
    info: (m, ...d) => write('info', m, d),
    debug: (m, ...d) => write('debug', m, d),
  };
}

function rotateIfLarge(file: string, maxBytes: number): void {
  let size = 0;
  try { size = statSync(file).size; } catch { return; }
  if (size < maxBytes) return;
  renameSync(file, `${file}.1`); // keep one previous file, like electron-log's archive
}

/** A logger that keeps lines in memory: for tests that assert nothing sensitive was logged. */
export function createMemoryLogger(secrets: readonly string[] = []): Logger & { lines: string[] } {
  const lines: string[] = [];
  const push = (level: Level) => (m: string, ...d: unknown[]) => { lines.push(formatLine(level, m, d, secrets, new Date())); };
  return { lines, error: push('error'), warn: push('warn'), info: push('info'), debug: push('debug') };
}
