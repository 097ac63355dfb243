// How a raw transaction set's text is kept: deflated (X12 is repetitive: about a quarter of the bytes), so the store
// and its backups stay small and a bulk import writes far less. Lossless: the text comes back exactly, and its
// content hash is of the text, not of the stored bytes. Rows written before compression hold the text itself. Pure.
import { deflateRawSync, inflateRawSync } from 'node:zlib';

/** What raw_transactions.text holds: the text (older rows) or its deflated UTF-8 bytes. */
export type StoredRawText = string | Uint8Array;

/** Level 1: nearly the ratio of the default level at several times its speed, on a thread that parses meanwhile. */
export const packRawText = (text: string): Uint8Array => deflateRawSync(Buffer.from(text, 'utf8'), { level: 1 });

/** The text back; throws when deflated bytes are damaged (callers that salvage treat that as unreadable). */
export const unpackRawText = (stored: StoredRawText): string =>
  typeof stored === 'string' ? stored : inflateRawSync(stored).toString('utf8');
