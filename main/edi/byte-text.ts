// The engine reads "byte strings": one char per input byte (latin1), so a char index is a byte offset.
// Values that carry UTF-8 multi-byte sequences are decoded back only when they are handed out.
import { Buffer, isAscii } from 'node:buffer';

const NON_ASCII = /[^\x00-\x7f]/;

/** A JS string whose chars are all ASCII: its UTF-8 length equals its length (a native scan, no regex). */
export function isAsciiText(text: string): boolean {
  return Buffer.byteLength(text, 'utf8') === text.length;
}

/** A JS string (UTF-16) as the byte string of its UTF-8 encoding; ASCII text is returned as is. */
export function toByteString(text: string): string {
  return isAsciiText(text) ? text : Buffer.from(text, 'utf8').toString('latin1');
}

/** Decoded bytes as a byte string; latin1 decoding never splits a character across chunks. */
export function bytesToByteString(chunk: Uint8Array): string {
  return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength).toString('latin1');
}

/** Whether raw bytes are all ASCII (SIMD in Node; lets the reader skip per-set checks). */
export function bytesAreAscii(chunk: Uint8Array): boolean {
  return isAscii(chunk);
}

export function hasNonAscii(byteText: string): boolean {
  return NON_ASCII.test(byteText);
}

/** Turns a byte-string slice back into the text the file meant (UTF-8). */
export function decodeBytes(value: string): string {
  return NON_ASCII.test(value) ? Buffer.from(value, 'latin1').toString('utf8') : value;
}
