// Seeded pseudo-random numbers (xoshiro128**, seeded through splitmix32): the generator's only source of
// randomness, so one seed always yields the same bytes on every platform.

/** splitmix32 step: spreads a small seed over 32 bits so nearby seeds give unrelated streams. */
function splitmix32(state: number): [number, number] {
  const next = (state + 0x9e3779b9) | 0;
  let z = next;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return [next, (z ^ (z >>> 16)) >>> 0];
}

/** Mixes a seed with a salt (e.g. a patient index) into a new 32-bit seed. */
export function mixSeed(seed: number, salt: number): number {
  return splitmix32((Math.imul(seed | 0, 0x27d4eb2d) ^ Math.imul(salt | 0, 0x165667b1)) | 0)[1];
}

export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    let s = seed | 0;
    const out: number[] = [];
    for (let i = 0; i < 4; i++) {
      const [next, value] = splitmix32(s);
      s = next;
      out.push(value | 0);
    }
    [this.a, this.b, this.c, this.d] = out;
    if ((this.a | this.b | this.c | this.d) === 0) this.a = 1; // the all-zero state never leaves zero
  }

  /** Next 32-bit unsigned integer. */
  u32(): number {
    const result = Math.imul(rotl(Math.imul(this.b, 5), 7), 9);
    const t = this.b << 9;
    this.c ^= this.a;
    this.d ^= this.b;
    this.b ^= this.c;
    this.a ^= this.d;
    this.c ^= t;
    this.d = rotl(this.d, 11);
    return result >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.u32() / 4294967296;
  }

  /** Integer in [lo, hi] inclusive. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  chance(p: number): boolean {
    return p > 0 && this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** Fixed-length string of decimal digits (leading zeros allowed). */
  digits(length: number): string {
    let s = '';
    while (s.length < length) s += String(this.u32() % 1_000_000).padStart(6, '0');
    return s.length === length ? s : s.slice(0, length);
  }
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}
