/**
 * How a library entry is laid out in IndexedDB: its key and ordering fields in the clear (`url`,
 * `keptAt`, `v`: the store's key path and index need them), and the whole entry as deflate-raw
 * compressed JSON in `body`. Compression is what keeps an entry within the 3 KB: the test
 * page's entry (21 figures, the 11 sentences they stand in, 107 features) is 9.3 KB as JSON and
 * 2.8 KB stored (measured in tests/unit/library/entry.test.ts).
 *
 * The codec is fflate's synchronous deflate-raw, byte-compatible with the CompressionStream
 * ('deflate-raw') an earlier build used, so records written either way read alike. A stream per
 * entry cost Chromium 0.4–0.7 ms to compress and 0.2 ms to inflate, mostly in the stream's own
 * machinery (importing 10,000 entries spent about 7 s compressing; npm run bench, "Reader's
 * library"); fflate does it in-line, for a fraction of that.
 */
import { deflateSync, inflateSync } from 'fflate';
import type { LibraryEntry } from '../analysis/library-entry';

/** A record as stored. */
export interface StoredRecord {
  url: string;
  keptAt: number;
  /** The entry's schema version, readable without decompressing. */
  v: number;
  /** The entry as JSON, deflate-raw compressed. */
  body: Uint8Array;
}

/** The stored record of an entry. */
export function encodeRecord(entry: LibraryEntry): Promise<StoredRecord> {
  return Promise.resolve(encodeRecordNow(entry));
}

/**
 * Compression level: 4 gives entries the size level 6 gives (1.78 KB an entry on the bench's
 * library) in about half the time (0.56 against 1.03 ms an entry in Node, the levels interleaved
 * over 2,000 entries; level 1: 0.48 ms, 1.85 KB). Any level reads back alike.
 */
export const DEFLATE_LEVEL = 4;

/** {@link encodeRecord}, synchronously. */
export function encodeRecordNow(entry: LibraryEntry): StoredRecord {
  const body = deflateSync(new TextEncoder().encode(JSON.stringify(entry)), { level: DEFLATE_LEVEL });
  return { url: entry.url, keptAt: entry.keptAt, v: entry.v, body };
}

/**
 * The entry data in a stored record, not yet validated (src/platform/library-schema.ts does that),
 * or the reason it cannot be read. Never throws.
 */
export function decodeRecord(raw: unknown): Promise<DecodedRecord> {
  return Promise.resolve(decodeNow(raw));
}

/** What {@link decodeRecord} gives. */
export type DecodedRecord = { ok: true; data: unknown } | { ok: false; reason: string };

function decodeNow(raw: unknown): DecodedRecord {
  const body = (raw as { body?: unknown } | null)?.body;
  if (!(body instanceof Uint8Array)) return { ok: false, reason: 'no stored body' };
  let json: string;
  try {
    json = new TextDecoder('utf-8', { fatal: true }).decode(inflateSync(new Uint8Array(body)));
  } catch {
    return { ok: false, reason: 'stored body does not decompress' };
  }
  try {
    const data: unknown = JSON.parse(json);
    if ((data as { url?: unknown } | null)?.url !== (raw as { url?: unknown }).url) return { ok: false, reason: 'stored body is of another URL' };
    return { ok: true, data };
  } catch {
    return { ok: false, reason: 'stored body is not JSON' };
  }
}

/** A stored record's size in bytes: its compressed body plus its clear fields; a foreign record's JSON size. */
export function recordBytes(raw: unknown): number {
  const r = raw as Partial<StoredRecord> | null;
  if (r?.body instanceof Uint8Array) return r.body.byteLength + new TextEncoder().encode(JSON.stringify({ url: r.url, keptAt: r.keptAt, v: r.v })).length;
  try {
    return new TextEncoder().encode(JSON.stringify(raw) ?? '').length;
  } catch {
    return 0;
  }
}
