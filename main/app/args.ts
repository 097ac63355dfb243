// A tiny, strict flag parser for the preview host and CLI: --name value / --name=value / --flag.
export class UsageError extends Error {
  constructor(message: string) { super(message); this.name = 'UsageError'; }
}

export interface ParsedArgs { positional: string[]; flags: Map<string, string | true>; }

export function parseArgs(argv: readonly string[], valueFlags: readonly string[], boolFlags: readonly string[] = []): ParsedArgs {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) { positional.push(arg); continue; }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (boolFlags.includes(name)) { flags.set(name, true); continue; }
    if (!valueFlags.includes(name)) throw new UsageError(`Unknown option --${name}`);
    const value = inline ?? argv[++i];
    if (value === undefined || value.startsWith('--')) throw new UsageError(`Option --${name} needs a value`);
    flags.set(name, value);
  }
  return { positional, flags };
}

export function portFlag(value: string | true | undefined): number {
  if (value === undefined) return 0;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a number from 0 to 65535`);
  return port;
}
