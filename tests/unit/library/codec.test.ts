/** The library's record codec: what an earlier build wrote (CompressionStream 'deflate-raw') reads alike. */
import { describe, expect, it } from 'vitest';
import { deflateSync } from 'fflate';
import { decodeRecord, encodeRecord } from '../../../src/platform/library-codec';
import { realEntry } from './entries';

async function streamDeflate(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  const stream = new CompressionStream('deflate-raw');
  const writer = stream.writable.getWriter();
  void writer.write(new Uint8Array(bytes));
  void writer.close();
  return new Uint8Array(await new Response(stream.readable).arrayBuffer());
}

describe('library records', () => {
  it('a record compressed by a CompressionStream, as the previous build stored it, decodes to its entry', async () => {
    const entry = realEntry();
    const body = await streamDeflate(new TextEncoder().encode(JSON.stringify(entry)));
    expect(await decodeRecord({ url: entry.url, keptAt: entry.keptAt, v: entry.v, body })).toEqual({ ok: true, data: entry });
  });

  it('what this build stores inflates with a DecompressionStream too (the format is plain deflate-raw)', async () => {
    const record = await encodeRecord(realEntry());
    const stream = new DecompressionStream('deflate-raw');
    const writer = stream.writable.getWriter();
    void writer.write(new Uint8Array(record.body));
    void writer.close();
    expect(JSON.parse(await new Response(stream.readable).text())).toEqual(realEntry());
  });

  it('records compressed at any level (the previous build used 6) decode alike; this build\'s are within a few per cent of level 6\'s size', async () => {
    const entry = realEntry();
    const json = new TextEncoder().encode(JSON.stringify(entry));
    for (const level of [1, 6, 9] as const) {
      expect(await decodeRecord({ url: entry.url, keptAt: entry.keptAt, v: entry.v, body: deflateSync(json, { level }) })).toEqual({ ok: true, data: entry });
    }
    const ours = (await encodeRecord(entry)).body.byteLength;
    expect(ours).toBeLessThanOrEqual(deflateSync(json, { level: 6 }).byteLength * 1.05);
  });

  it('a damaged body is reported, never thrown', async () => {
    const record = await encodeRecord(realEntry());
    const body = record.body.slice();
    body.fill(0xff, 0, 8);
    expect(await decodeRecord({ ...record, body })).toMatchObject({ ok: false });
  });
});
