// electron-log behind our Logger interface: rotating file in the data folder, every line redacted first.
// electron-log's node entry point is used so this module carries no hard dependency on the Electron runtime.
import log from 'electron-log/node';
import { join } from 'node:path';
import { formatLine, type Level, type Logger } from './logger.js';

export function createElectronLogger(dataDir: string, secrets: () => readonly string[]): Logger {
  log.transports.file.resolvePathFn = () => join(dataDir, 'logs', 'claimtrail.log');
  log.transports.file.maxSize = 5 * 1024 * 1024; // electron-log keeps one rotated .old.log beside it
  log.transports.file.format = '{text}';
  log.transports.console.format = '{text}';
  const write = (level: Level) => (message: string, ...details: unknown[]) => {
    log[level](formatLine(level, message, details, secrets(), new Date()));
  };
  return { error: write('error'), warn: write('warn'), info: write('info'), debug: write('debug') };
}
