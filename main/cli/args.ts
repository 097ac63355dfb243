// A small argument parser: positionals, `--name value`, `--name=value` and boolean switches.
export class UsageError extends Error {
  constructor(message: string) { super(message); this.name = 'UsageError'; }
}

export interface ParsedArgs { positional: string[]; options: Map<string, string>; switches: Set<string> }

export function parseArgs(argv: readonly string[], switchNames: readonly string[], valueNames: readonly string[]): ParsedArgs {
  const out: ParsedArgs = { positional: [], options: new Map(), switches: new Set() };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith('--')) { out.positional.push(a); continue; }
    const eq = a.indexOf('=');
    const name = eq >= 0 ? a.slice(2, eq) : a.slice(2);
    if (switchNames.includes(name) && eq < 0) { out.switches.add(name); continue; }
    if (!valueNames.includes(name)) throw new UsageError(`unknown option --${name}`);
    const value = eq >= 0 ? a.slice(eq + 1) : argv[++i];
    if (value === undefined || value === '') throw new UsageError(`--${name} needs a value`);
    out.options.set(name, value);
  }
  return out;
}

export const isIsoDate = (s: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(s));

export function dateOption(args: ParsedArgs, name: string): string | undefined {
  const v = args.options.get(name);
  if (v !== undefined && !isIsoDate(v)) throw new UsageError(`--${name} must be a date like 2025-01-31`);
  return v;
}
