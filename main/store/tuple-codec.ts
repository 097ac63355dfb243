// Records as positional tuples: each type lists its fields once, values go out in that order with trailing nulls and
// empty lists left out, and come back as null / [] when read. A third of the bytes of keyed JSON, and arrays of
// primitives are what JSON.parse and structured clone handle fastest. Pure.
//
// pack / unpack are generated per record type (new Function): one object literal of a fixed shape per record is
// several times faster to build than assigning computed keys in a loop, and bulk imports unpack millions of them.

/** A scalar field; a list of plain values (`[]`); a list of records; or one nested record (`'record'`). */
export type Field = string | [name: string, element: []] | [name: string, element: Codec<object>] | [name: string, element: Codec<object>, 'record'];

export interface Codec<T> { pack(value: T): unknown[]; unpack(tuple: readonly unknown[]): T }

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `constants`: fields every record of this type has with the same value (e.g. `kind`), restored on unpack. */
export function tupleCodec<T extends object>(fields: readonly Field[], constants: Record<string, string> = {}): Codec<T> {
  const names = fields.map((f) => (typeof f === 'string' ? f : f[0]));
  for (const n of [...names, ...Object.keys(constants)]) if (!IDENT.test(n)) throw new Error(`not a field name: ${n}`);
  const nested = fields.map((f) => (typeof f === 'string' || Array.isArray(f[1]) ? null : f[1]));
  const kind = fields.map((f) => (typeof f === 'string' ? 'scalar' : f[2] === 'record' ? 'record' : nested[names.indexOf(f[0])] ? 'records' : 'list'));
  const packs = names.map((n, i) => {
    const v = `o.${n}`;
    if (kind[i] === 'records') return `${v} == null ? null : ${v}.map(c[${i}].pack)`;
    if (kind[i] === 'record') return `${v} == null ? null : c[${i}].pack(${v})`;
    return `${v} ?? null`;
  });
  // a value counts as present unless null, or an empty list; a nested record that packs to [] is still present
  const present = names.map((n, i) => (kind[i] === 'list' || kind[i] === 'records' ? `(o.${n} != null && o.${n}.length > 0)` : `o.${n} != null`));
  const unpacks = names.map((n, i) => {
    const v = `t[${i}]`;
    if (kind[i] === 'list') return `${n}: ${v} ?? []`;
    if (kind[i] === 'records') return `${n}: ${v} == null ? [] : ${v}.map(c[${i}].unpack)`;
    if (kind[i] === 'record') return `${n}: ${v} == null ? null : c[${i}].unpack(${v})`;
    return `${n}: ${v} ?? null`;
  });
  const consts = Object.entries(constants).map(([k, v]) => `${k}: ${JSON.stringify(v)}`);
  const pack = new Function('c', `return function pack(o) {
    const out = [${packs.join(', ')}];
    let n = ${names.length};
    ${names.map((_, i) => i).reverse().map((i) => `if (n === ${i + 1} && !(${present[i]})) n = ${i};`).join('\n    ')}
    out.length = n;
    return out;
  };`)(nested) as (o: T) => unknown[];
  const unpack = new Function('c', `return function unpack(t) { return { ${[...consts, ...unpacks].join(', ')} }; };`)(nested) as (t: readonly unknown[]) => T;
  return { pack, unpack };
}
