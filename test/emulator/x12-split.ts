// Splits an X12 interchange into one self-contained interchange per transaction set, as Stedi stores them,
// and reads the envelope facts the transaction metadata needs. Test-side only; tolerant of any delimiters.

export interface X12Piece {
  /** ISA…GS…ST…SE…GE…IEA holding exactly this transaction set. */
  text: string;
  transactionSetId: string; // ST01
  transactionControlNumber: string; // ST02
  interchangeControlNumber: number; // ISA13
  groupControlNumber: number; // GS06
  functionalId: string; // GS01
  release: string; // GS08
  groupDate: string; // GS04 as YYYY-MM-DD
  groupTime: string; // GS05 as HH:MM:SS
  usage: string; // ISA15: P | T
  senderId: string;
  receiverId: string;
  bht03: string | null;
}

export interface Delimiters { element: string; component: string; segment: string }

export function delimitersOf(text: string): Delimiters {
  const start = text.indexOf('ISA');
  if (start < 0 || text.length < start + 106) throw new Error('not an X12 interchange: no complete ISA segment');
  return { element: text[start + 3]!, component: text[start + 104]!, segment: text[start + 105]! };
}

export function segmentsOf(text: string, d: Delimiters = delimitersOf(text)): string[][] {
  return text.slice(text.indexOf('ISA')).split(d.segment)
    .map((s) => s.replace(/^[\r\n]+/, ''))
    .filter((s) => s.trim().length > 0)
    .map((s) => s.split(d.element));
}

export function splitInterchange(text: string): X12Piece[] {
  const d = delimitersOf(text);
  const segs = segmentsOf(text, d);
  const isa = segs.find((s) => s[0] === 'ISA');
  if (!isa) throw new Error('no ISA segment');
  const pieces: X12Piece[] = [];
  let gs: string[] | null = null;
  let body: string[][] | null = null;
  for (const seg of segs) {
    const id = seg[0];
    if (id === 'GS') gs = seg;
    else if (id === 'ST') body = [seg];
    else if (body && id === 'SE') {
      body.push(seg);
      pieces.push(piece(isa, gs ?? ['GS', '', '', '', '', '', '1', 'X', ''], body, d));
      body = null;
    } else if (body) body.push(seg);
  }
  return pieces;
}

function piece(isa: string[], gs: string[], body: string[][], d: Delimiters): X12Piece {
  const st = body[0]!;
  const join = (s: string[]) => s.join(d.element) + d.segment;
  const groupCtl = gs[6] ?? '1';
  const text = [join(isa), join(gs), ...body.map(join), join(['GE', '1', groupCtl]), join(['IEA', '1', isa[13] ?? '000000001'])].join('');
  const date = gs[4] ?? '';
  const time = gs[5] ?? '';
  const bht = body.find((s) => s[0] === 'BHT');
  return {
    text,
    transactionSetId: st[1] ?? '',
    transactionControlNumber: st[2] ?? '',
    interchangeControlNumber: Number(isa[13] ?? 0),
    groupControlNumber: Number(groupCtl),
    functionalId: gs[1] ?? '',
    release: gs[8] ?? st[3] ?? '',
    groupDate: date.length === 8 ? `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}` : date,
    groupTime: time.length >= 4 ? `${time.slice(0, 2)}:${time.slice(2, 4)}:${time.slice(4, 6) || '00'}` : time,
    usage: (isa[15] ?? 'P').trim(),
    senderId: (isa[6] ?? '').trim(),
    receiverId: (isa[8] ?? '').trim(),
    bht03: bht?.[3] ?? null,
  };
}
