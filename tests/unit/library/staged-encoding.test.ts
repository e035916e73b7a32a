/**
 * An import's entries are compressed when staged (checkedAndEncoded), so its commit only writes:
 * counted at fflate's deflate, the one compressor the store uses.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as fflate from 'fflate';
import { checkedAndEncoded, openLibrary, type Library } from '../../../src/platform/library-store';
import { entry as entryAt } from './entries';

const entry = (i: number) => entryAt(`https://news.example/story-${i}`, 1_700_000_000_000 + i);

vi.mock('fflate', async (importOriginal) => {
  const real = await importOriginal<typeof import('fflate')>();
  return { ...real, deflateSync: vi.fn(real.deflateSync) };
});
const deflate = vi.mocked(fflate.deflateSync);

let lib: Library;
beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  lib = await openLibrary({ onCorrupt: () => undefined });
  deflate.mockClear();
});
afterEach(() => lib.close());

describe('entries compressed when staged', () => {
  it('are compressed once, as they are checked, and written as they were compressed', async () => {
    const staged = [1, 2, 3].map((i) => checkedAndEncoded(entry(i)));
    expect(deflate).toHaveBeenCalledTimes(3);
    const entries = staged.map((c) => ('entry' in c ? c.entry : null));
    expect(entries.every((e) => e !== null)).toBe(true);
    // Checking one again does not compress it again.
    checkedAndEncoded(entries[0]);
    expect(deflate).toHaveBeenCalledTimes(3);
    expect(await lib.importMany(entries)).toBe(3);
    expect(deflate).toHaveBeenCalledTimes(3);
    for (const e of entries) expect(await lib.get(e?.url ?? '')).toEqual(e);
  });

  it('an entry not staged that way is compressed when written; a rejected one never is', async () => {
    expect('reason' in checkedAndEncoded({ url: 'https://news.example/x', title: 5 })).toBe(true);
    expect(deflate).not.toHaveBeenCalled();
    await lib.importMany([entry(7)]);
    expect(deflate).toHaveBeenCalledTimes(1);
    expect(await lib.get(entry(7).url)).toEqual(entry(7));
  });
});
