/**
 * How a library entry is laid out in IndexedDB: its key and ordering fields in the clear (`url`,
 * `keptAt`, `v`: the store's key path and index need them), and the whole entry as deflate-raw
 * compressed JSON in `body`. Compression is what keeps an entry within the 3 KB: the test
 * page's entry (21 figures, the 11 sentences they stand in, 107 features) is 9.3 KB as JSON and
 * 2.8 KB stored (measured in tests/unit/library/entry.test.ts). CompressionStream is in every supported browser
 * (Chrome 80, Firefox 113) and in Node.
 */
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

/**
 * Runs `bytes` through the stream. The bytes are written to the stream's writable side directly: fed
 * from `new Blob([bytes]).stream()` instead, each call cost Chromium 156 about 1.4 ms (deflate) and
 * 1.7 ms (inflate) whatever the entry's size, against 0.4 and 0.2 ms this way (2,000 library
 * entries in a page; npm run bench, "Reader's library", times both): importing 10,000 entries spent
 * 13 s compressing them. A write that fails
 * (corrupt input) errors the readable side, so the read below rejects; the write's own promises are
 * only caught here so they are not reported as unhandled.
 */
async function pipe(bytes: BufferSource, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const writer = stream.writable.getWriter();
  writer.write(bytes).catch(() => undefined);
  writer.close().catch(() => undefined);
  return new Uint8Array(await new Response(stream.readable).arrayBuffer());
}

/** The stored record of an entry. */
export async function encodeRecord(entry: LibraryEntry): Promise<StoredRecord> {
  const body = await pipe(new TextEncoder().encode(JSON.stringify(entry)), new CompressionStream('deflate-raw'));
  return { url: entry.url, keptAt: entry.keptAt, v: entry.v, body };
}

/**
 * The entry data in a stored record, not yet validated (src/platform/library-schema.ts does that),
 * or the reason it cannot be read. Never throws.
 */
export async function decodeRecord(raw: unknown): Promise<{ ok: true; data: unknown } | { ok: false; reason: string }> {
  const body = (raw as { body?: unknown } | null)?.body;
  if (!(body instanceof Uint8Array)) return { ok: false, reason: 'no stored body' };
  let json: string;
  try {
    json = new TextDecoder('utf-8', { fatal: true }).decode(await pipe(new Uint8Array(body), new DecompressionStream('deflate-raw')));
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
