// Deterministic randomness for the emulator: every fault and every generated id follows from the seed.

/** A 53-bit string hash (cyrb53): stable across runs and platforms. */
export function hash53(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed, h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** A number in [0, 1) fixed by the seed and the parts: the same question always gets the same answer. */
export function unit(seed: number, ...parts: Array<string | number>): number {
  return hash53(parts.join('\u0000'), seed) / 2 ** 53;
}

/** A UUID-shaped id derived from the seed and parts (version nibble 4, variant 8..b). */
export function seededUuid(seed: number, ...parts: Array<string | number>): string {
  const base = parts.join('\u0000');
  const hex = [0, 1, 2].map((k) => hash53(`${base}#${k}`, seed).toString(16).padStart(14, '0')).join('').slice(0, 32);
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A ULID-shaped id (26 Crockford base-32 chars) from a time and the seeded parts, like Stedi's correlation ids. */
export function seededUlid(timeMs: number, seed: number, ...parts: Array<string | number>): string {
  let time = '';
  let t = timeMs;
  for (let i = 0; i < 10; i++) { time = CROCKFORD[t % 32]! + time; t = Math.floor(t / 32); }
  let rand = '';
  for (let i = 0; i < 16; i++) rand += CROCKFORD[Math.floor(unit(seed, ...parts, i) * 32)]!;
  return time + rand;
}

/** Mulberry32: a small seeded generator for sequences (dataset layout). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
