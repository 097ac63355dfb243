// A deliberately tiny, independent X12 reader for checking the generator's output: delimiters from the
// fixed-width ISA, segments as element arrays, transaction sets, and exact cents by string math.

export interface Segments {
  element: string;
  component: string;
  repetition: string;
  terminator: string;
  segments: string[][];
}

export function splitInterchange(text: string): Segments {
  if (!text.startsWith('ISA')) throw new Error('not an interchange');
  const element = text[3];
  const component = text[104];
  const terminator = text[105];
  const segments = text.split(terminator)
    .map((s) => s.replace(/^[\r\n]+/, ''))
    .filter((s) => s.length > 0)
    .map((s) => s.split(element));
  return { element, component, repetition: text[82], terminator, segments };
}

export interface LiteSet { id: string; control: string; segments: string[][]; groupControl: string; version: string }

/** Every ST..SE of an interchange with its GS06 / GS08. */
export function transactionSets(text: string): LiteSet[] {
  const { segments } = splitInterchange(text);
  const sets: LiteSet[] = [];
  let current: LiteSet | null = null;
  let gs: string[] = [];
  for (const s of segments) {
    if (s[0] === 'GS') gs = s;
    if (s[0] === 'ST') current = { id: s[1], control: s[2], segments: [], groupControl: gs[6], version: gs[8] };
    if (current) current.segments.push(s);
    if (s[0] === 'SE') { sets.push(current!); current = null; }
  }
  return sets;
}

/** "123.4" → 12340, "-1.27" → -127; throws on anything else. */
export function cents(text: string | undefined): number {
  const m = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(text ?? '');
  if (!m) throw new Error(`not money: "${text}"`);
  const value = Number(m[2]) * 100 + Number((m[3] ?? '').padEnd(2, '0'));
  return m[1] ? -value : value;
}

/** Sum of the amounts in a CAS segment (CAS03, 06, 09, 12, 15, 18). */
export function casTotal(s: string[]): number {
  let total = 0;
  for (let i = 3; i < s.length; i += 3) if (s[i]) total += cents(s[i]);
  return total;
}

/** PLB amounts (PLB04, 06, ... 14). */
export function plbTotal(s: string[]): number {
  let total = 0;
  for (let i = 4; i < s.length; i += 2) if (s[i]) total += cents(s[i]);
  return total;
}
