// Plain-language descriptions for X12 code lists. The lists are versioned JSON data in ./codes; a newer
// file with the same name in an override folder (the data folder) replaces or adds codes without a release.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import ack999 from './codes/ack-999.json' with { type: 'json' };
import carc from './codes/carc.json' with { type: 'json' };
import category from './codes/claim-status-category.json' with { type: 'json' };
import status from './codes/claim-status.json' with { type: 'json' };
import clp02 from './codes/clp02.json' with { type: 'json' };
import entity from './codes/entity.json' with { type: 'json' };
import group from './codes/group.json' with { type: 'json' };
import rarc from './codes/rarc.json' with { type: 'json' };
import misc from './codes/misc.json' with { type: 'json' };

const FlatList = z.object({ list: z.string(), version: z.string(), date: z.string(), codes: z.record(z.string(), z.string()) });
const NestedList = z.object({ list: z.string(), version: z.string(), date: z.string(), codes: z.record(z.string(), z.record(z.string(), z.string())) });

export type CodeListName = 'carc' | 'rarc' | 'claim-status-category' | 'claim-status' | 'entity' | 'clp02' | 'group' | 'ack-999' | 'misc';
type Table = Map<string, string>;
interface Loaded { version: string; date: string; tables: Map<string, Table> } // flat lists use table ''

const lists = new Map<CodeListName, Loaded>();

function fromFlat(doc: z.infer<typeof FlatList>): Loaded {
  return { version: doc.version, date: doc.date, tables: new Map([['', new Map(Object.entries(doc.codes))]]) };
}

function fromNested(doc: z.infer<typeof NestedList>): Loaded {
  const tables = new Map<string, Table>();
  for (const [name, codes] of Object.entries(doc.codes)) tables.set(name, new Map(Object.entries(codes)));
  return { version: doc.version, date: doc.date, tables };
}

const NESTED: CodeListName[] = ['ack-999', 'misc'];
const BUILT_IN: Record<CodeListName, unknown> = {
  carc, rarc, 'claim-status-category': category, 'claim-status': status, entity, clp02, group, 'ack-999': ack999, misc,
};

function parseList(name: CodeListName, raw: unknown): Loaded {
  return NESTED.includes(name) ? fromNested(NestedList.parse(raw)) : fromFlat(FlatList.parse(raw));
}

for (const name of Object.keys(BUILT_IN) as CodeListName[]) lists.set(name, parseList(name, BUILT_IN[name]));

/** Reads `<dir>/<list>.json` for every list present there; their codes replace or extend the built-in
 *  ones and their version is reported. Returns the names loaded; a malformed file throws with its name. */
export function loadCodeListOverrides(dir: string): CodeListName[] {
  const loaded: CodeListName[] = [];
  for (const name of Object.keys(BUILT_IN) as CodeListName[]) {
    const file = join(dir, `${name}.json`);
    if (!existsSync(file)) continue;
    let override: Loaded;
    try {
      override = parseList(name, JSON.parse(readFileSync(file, 'utf8')));
    } catch (err) {
      throw new Error(`Code list override ${name}.json is not valid: ${(err as Error).message}`);
    }
    const base = parseList(name, BUILT_IN[name]);
    for (const [table, codes] of override.tables) {
      const target = base.tables.get(table) ?? new Map<string, string>();
      for (const [code, text] of codes) target.set(code, text);
      base.tables.set(table, target);
    }
    lists.set(name, { version: override.version, date: override.date, tables: base.tables });
    loaded.push(name);
  }
  return loaded;
}

export function codeListVersions(): Record<CodeListName, { version: string; date: string }> {
  const out = {} as Record<CodeListName, { version: string; date: string }>;
  for (const [name, l] of lists) out[name] = { version: l.version, date: l.date };
  return out;
}

/** Description of `code` in `list` (and sub-table for nested lists), or null when unknown. */
export function describeCode(list: CodeListName, code: string, table = ''): string | null {
  const key = code.trim().toUpperCase();
  return lists.get(list)?.tables.get(table)?.get(key) ?? null;
}

export const describeCarc = (code: string) => describeCode('carc', code);
export const describeRarc = (code: string) => describeCode('rarc', code);
export const describeCategory = (code: string) => describeCode('claim-status-category', code);
export const describeStatus = (code: string) => describeCode('claim-status', code);
export const describeEntity = (code: string) => describeCode('entity', code);
export const describeClp02 = (code: string) => describeCode('clp02', code);
export const describeGroup = (code: string) => describeCode('group', code);

/** 999 codes by where they appear: segment (IK304), element (IK403), status (IK501/AK901), set (IK502), group (AK905). */
export function describe999Error(kind: 'segment' | 'element' | 'status' | 'set' | 'group', code: string): string | null {
  return describeCode('ack-999', code, kind);
}
