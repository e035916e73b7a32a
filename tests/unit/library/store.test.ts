/**
 * The library store over fake-indexeddb: every operation, idempotent put, complete deletes,
 * corrupt records, a full disk, all-or-nothing imports, and the upgrade from no library.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checked, KEYS_AT_ONCE, LibraryError, LIBRARY_DB_NAME, LIBRARY_DB_VERSION, openLibrary, type CorruptEntry, type Library } from '../../../src/platform/library-store';
import { encodeRecord, recordBytes } from '../../../src/platform/library-codec';
import { entry, realEntry } from './entries';

const url = (i: number): string => `https://news.example/story-${i}`;
/** What a reader is told of the library's size (stats without the change count). */
const size = ({ count, bytes }: { count: number; bytes: number }) => ({ count, bytes });
let lib: Library;
let corrupt: CorruptEntry[];

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  corrupt = [];
  lib = await openLibrary({ onCorrupt: (c) => corrupt.push(c) });
});
afterEach(() => {
  vi.restoreAllMocks();
  lib.close();
});

/** The raw records in the database, read without the store. */
async function rawRecords(): Promise<{ keys: string[]; meta: unknown }> {
  const db = await openDB(LIBRARY_DB_NAME);
  const keys = (await db.getAllKeys('entries')).map(String);
  const meta = await db.get('meta', 'totals');
  db.close();
  return { keys, meta };
}

/** Writes a record as is, bypassing the store's checks. */
async function writeRaw(record: unknown): Promise<void> {
  const db = await openDB(LIBRARY_DB_NAME);
  await db.put('entries', record);
  db.close();
}

/** The summed size of every record in the database, read without the store. */
async function storedBytes(): Promise<number> {
  const db = await openDB(LIBRARY_DB_NAME);
  const all = await db.getAll('entries');
  db.close();
  return all.reduce((n: number, r: unknown) => n + recordBytes(r), 0);
}

describe('the byte total across a batch that replaces records, on each side of the batch size that reads every key at once', () => {
  it.each([KEYS_AT_ONCE, KEYS_AT_ONCE + 1])('%i records, two of them replacing kept ones', async (n) => {
    await lib.importMany([entry(url(0), 1, { title: 'a long first title to be replaced by a shorter one' }), entry(url(1), 1), entry(url(n + 5), 1)]);
    const batch = Array.from({ length: n }, (_, i) => entry(url(i), 2, { title: `story ${i}` }));
    expect(await lib.importMany(batch)).toBe(n);
    expect(await lib.stats()).toMatchObject({ count: n + 1, bytes: await storedBytes() });
    expect(await lib.get(url(0))).toMatchObject({ title: 'story 0', keptAt: 2 });
  });
});

describe('library store', () => {
  it('starts empty: today’s users, with no library, get an empty one', async () => {
    expect(size(await lib.stats())).toEqual({ count: 0, bytes: 0 });
    expect(await lib.list()).toEqual({ entries: [], corrupt: [], next: null });
    expect(await lib.exportAll()).toEqual({ entries: [], corrupt: [] });
    const db = await openDB(LIBRARY_DB_NAME);
    expect(db.version).toBe(LIBRARY_DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['entries', 'index', 'meta']);
    db.close();
  });

  it('puts and gets an entry made by the engine, unchanged', async () => {
    const e = realEntry();
    expect(await lib.put(e)).toEqual(e);
    expect(await lib.get(e.url)).toEqual(e);
    expect(await lib.get('https://nowhere.example/')).toBeNull();
    expect(await lib.get('not a url')).toBeNull();
  });

  it('puts idempotently by normalised URL', async () => {
    const same = { title: 'One story' };
    await lib.put(entry(`${url(1)}/?utm_source=mail#top`, 1000, same));
    await lib.put(entry(url(1), 1000, same));
    await lib.put(entry(`${url(1)}#comments`, 1000, same));
    expect((await lib.stats()).count).toBe(1);
    const once = size(await lib.stats());
    await lib.put(entry(url(1), 1000, same));
    expect(size(await lib.stats())).toEqual({ count: 1, bytes: recordBytes(await encodeRecord(entry(url(1), 1000, same))) });
    expect(size(await lib.stats())).toEqual(once);
    expect((await lib.get(`${url(1)}?fbclid=x`))?.url).toBe(url(1));
    await lib.put(entry(url(1), 2000, { title: 'Updated' }));
    expect(await lib.get(url(1))).toMatchObject({ title: 'Updated', keptAt: 2000 });
    expect((await lib.stats()).count).toBe(1);
  });

  it('refuses an invalid entry with a typed error and writes nothing', async () => {
    await expect(lib.put({ ...entry(url(1), 1), figures: [{ value: 'many' }] } as never)).rejects.toMatchObject({ name: 'LibraryError', kind: 'invalid-entry' });
    await expect(lib.put(entry('ftp://news.example/a', 1))).rejects.toMatchObject({ kind: 'invalid-entry' });
    expect(size(await lib.stats())).toEqual({ count: 0, bytes: 0 });
  });

  it('lists newest first, in pages', async () => {
    for (let i = 0; i < 7; i++) await lib.put(entry(url(i), 1000 + ((i * 3) % 7)));
    const order = (await lib.exportAll()).entries.map((e) => e.keptAt);
    expect(order).toEqual([...order].sort((a, b) => b - a));
    const first = await lib.list({ limit: 3 });
    expect(first.entries.map((e) => e.keptAt)).toEqual([1006, 1005, 1004]);
    expect(first.next).toBe(3);
    const second = await lib.list({ offset: 3, limit: 3 });
    expect(second.entries.map((e) => e.keptAt)).toEqual([1003, 1002, 1001]);
    const last = await lib.list({ offset: 6, limit: 3 });
    expect(last).toMatchObject({ next: null });
    expect(last.entries.map((e) => e.keptAt)).toEqual([1000]);
    expect((await lib.list()).entries).toHaveLength(7);
    expect((await lib.list({ offset: 10 })).entries).toEqual([]);
  });

  it('counts entries and their stored size', async () => {
    const a = entry(url(1), 1);
    const b = realEntry();
    await lib.put(a);
    await lib.put(b);
    const expected = recordBytes(await encodeRecord(a)) + recordBytes(await encodeRecord(b));
    expect(size(await lib.stats())).toEqual({ count: 2, bytes: expected });
    await lib.put({ ...a, title: 'A much longer title than before, which takes more room' });
    expect((await lib.stats()).bytes).toBeGreaterThan(expected);
    await lib.delete(a.url);
    expect(size(await lib.stats())).toEqual({ count: 1, bytes: recordBytes(await encodeRecord(b)) });
  });

  it('deletes one entry completely: gone from reads, pages, export, totals and the database', async () => {
    for (let i = 0; i < 3; i++) await lib.put(entry(url(i), i));
    expect(await lib.delete(`${url(1)}?utm_campaign=x`)).toBe(true);
    expect(await lib.delete(url(1))).toBe(false);
    expect(await lib.get(url(1))).toBeNull();
    expect((await lib.list()).entries.map((e) => e.url)).toEqual([url(2), url(0)]);
    expect((await lib.exportAll()).entries.map((e) => e.url)).toEqual([url(2), url(0)]);
    expect((await lib.stats()).count).toBe(2);
    const raw = await rawRecords();
    expect(raw.keys.sort()).toEqual([url(0), url(2)]);
  });

  it('deletes all completely, and then keeps again', async () => {
    for (let i = 0; i < 5; i++) await lib.put(entry(url(i), i));
    expect(await lib.deleteAll()).toBe(5);
    expect(size(await lib.stats())).toEqual({ count: 0, bytes: 0 });
    expect(await rawRecords()).toEqual({ keys: [], meta: expect.objectContaining({ bytes: 0 }) });
    await lib.put(entry(url(9), 9));
    expect((await lib.stats()).count).toBe(1);
  });

  it('closing and reopening (as turning keeping off and on does) deletes nothing', async () => {
    for (let i = 0; i < 3; i++) await lib.put(entry(url(i), i));
    const before = await lib.exportAll();
    lib.close();
    lib = await openLibrary();
    expect(await lib.exportAll()).toEqual(before);
  });

  it('exports every entry and imports them back into an empty library', async () => {
    const all = [realEntry(), ...Array.from({ length: 20 }, (_, i) => entry(url(i), i))];
    for (const e of all) await lib.put(e);
    const exported = await lib.exportAll();
    const stats = size(await lib.stats());
    await lib.deleteAll();
    expect(await lib.importMany(JSON.parse(JSON.stringify(exported.entries)))).toBe(21);
    expect(await lib.exportAll()).toEqual(exported);
    expect(size(await lib.stats())).toEqual(stats);
  });

  it('imports all or nothing: one invalid entry, and nothing is written', async () => {
    await lib.put(entry(url(100), 1));
    const batch: unknown[] = Array.from({ length: 10 }, (_, i) => entry(url(i), i));
    batch.splice(6, 0, { ...entry(url(50), 5), date: 'yesterday' }, 'not an entry');
    const error = await lib.importMany(batch).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LibraryError);
    expect(error).toMatchObject({ kind: 'invalid-entry' });
    expect((error as LibraryError).details).toEqual([expect.stringMatching(/^entry 6: date/), expect.stringMatching(/^entry 7: /)]);
    expect((await lib.exportAll()).entries.map((e) => e.url)).toEqual([url(100)]);
  });

  it('imports duplicates as one entry, the last one winning', async () => {
    expect(await lib.importMany([entry(url(1), 1, { title: 'first' }), entry(`${url(1)}/`, 2, { title: 'second' })])).toBe(1);
    expect(await lib.get(url(1))).toMatchObject({ title: 'second' });
    expect((await lib.stats()).bytes).toBe(recordBytes(await encodeRecord(entry(url(1), 2, { title: 'second' }))));
  });
});

describe('a full disk', () => {
  const quota = (): DOMException => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

  it('gives a typed quota error on put, and loses nothing kept before', async () => {
    for (let i = 0; i < 3; i++) await lib.put(entry(url(i), i));
    const before = await lib.exportAll();
    const stats = size(await lib.stats());
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => { throw quota(); });
    const error = await lib.put(entry(url(1), 99, { title: 'replacement' })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LibraryError);
    expect(error).toMatchObject({ kind: 'quota', message: expect.stringMatching(/no more room.*not kept\. Nothing kept before was lost/) });
    vi.restoreAllMocks();
    expect(await lib.exportAll()).toEqual(before);
    expect(size(await lib.stats())).toEqual(stats);
  });

  it('undoes a whole import when the disk fills half-way', async () => {
    await lib.put(entry(url(100), 100));
    const before = await lib.exportAll();
    const stats = size(await lib.stats());
    const realPut = IDBObjectStore.prototype.put;
    let puts = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (this.name === 'entries' && ++puts > 5) throw quota();
      return realPut.apply(this, args);
    });
    const error = await lib.importMany(Array.from({ length: 10 }, (_, i) => entry(url(i), i))).catch((e: unknown) => e);
    expect(puts).toBe(6);
    expect(error).toMatchObject({ kind: 'quota' });
    vi.restoreAllMocks();
    expect(await lib.exportAll()).toEqual(before);
    expect(size(await lib.stats())).toEqual(stats);
  });

  it('reads a quota error reported by the aborted transaction', async () => {
    await lib.put(entry(url(1), 1));
    const realPut = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      const request = realPut.apply(this, args);
      if (this.name === 'entries') {
        // A real browser aborts the transaction with the quota error once the write cannot be kept.
        Object.defineProperty(this.transaction, 'error', { value: quota() });
        this.transaction.abort();
      }
      return request;
    });
    await expect(lib.put(entry(url(2), 2))).rejects.toMatchObject({ kind: 'quota' });
    vi.restoreAllMocks();
    expect((await lib.exportAll()).entries.map((e) => e.url)).toEqual([url(1)]);
  });
});

describe('corrupt records', () => {
  it('are skipped and reported by every read, never fatal, and can be deleted', async () => {
    for (let i = 0; i < 4; i++) await lib.put(entry(url(i), i * 10));
    const good = await encodeRecord(entry(url(7), 15));
    await writeRaw({ ...good, url: url(5), keptAt: 25 }); // a body of another URL
    await writeRaw({ url: url(6), keptAt: 5, v: 1, body: new Uint8Array([1, 2, 3, 4]) }); // not deflate
    await writeRaw({ url: url(8), v: 1 }); // no keptAt: not in the date index
    const broken = await encodeRecord({ ...entry(url(9), 12), figures: [{ value: 1 }] } as never);
    await writeRaw(broken);

    const page = await lib.list();
    expect(page.entries.map((e) => e.url)).toEqual([url(3), url(2), url(1), url(0)]);
    expect(page.corrupt).toEqual([
      { key: url(5), reason: 'stored body is of another URL' },
      { key: url(9), reason: expect.stringMatching(/^figures\.0\.text: /) },
      { key: url(6), reason: 'stored body does not decompress' },
    ]);
    const exported = await lib.exportAll();
    expect(exported.entries).toHaveLength(4);
    expect(exported.corrupt.map((c) => c.key).sort()).toEqual([url(5), url(6), url(8), url(9)]);
    expect(await lib.get(url(6))).toBeNull();
    expect(corrupt.map((c) => c.key)).toContain(url(6));
    expect((await lib.stats()).count).toBe(8);

    expect(await lib.delete(url(6))).toBe(true);
    expect(await lib.delete(url(8))).toBe(true);
    expect((await rawRecords()).keys).not.toContain(url(6));
    expect(await lib.deleteAll()).toBe(6);
    expect(await rawRecords()).toEqual({ keys: [], meta: expect.objectContaining({ bytes: 0 }) });
  });

  it('warn on the console when no one listens', async () => {
    lib.close();
    lib = await openLibrary();
    await writeRaw({ url: url(1), keptAt: 1, v: 1, body: new Uint8Array([9]) });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(await lib.get(url(1))).toBeNull();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining(`library entry ${url(1)} skipped: stored body does not decompress`));
  });
});

describe('entries checked once', () => {
  it('an entry the checker returned is imported as it is; a changed copy of it is checked again', async () => {
    const c = checked(realEntry());
    if (!('entry' in c)) throw new Error(c.reason);
    expect(Object.isFrozen(c.entry)).toBe(true);
    expect(await lib.importMany([c.entry])).toBe(1);
    await expect(lib.importMany([{ ...c.entry, title: 5 }])).rejects.toMatchObject({ kind: 'invalid-entry' });
    expect(checked({ ...c.entry, title: 5 })).toHaveProperty('reason');
  });
});

describe('the matching index snapshot', () => {
  it('every change to the entries is counted; reads and refused writes are not', async () => {
    expect((await lib.stats()).changes).toBe(0);
    await lib.put(entry(url(1), 1));
    await lib.importMany([entry(url(2), 2), entry(url(3), 3)]);
    expect((await lib.stats()).changes).toBe(2);
    await lib.delete(url(1));
    await lib.delete(url(1));
    await lib.get(url(2));
    await lib.list();
    await expect(lib.put({ url: url(4) } as never)).rejects.toMatchObject({ kind: 'invalid-entry' });
    expect((await lib.stats()).changes).toBe(3);
    await lib.deleteAll();
    expect((await lib.stats()).changes).toBe(4);
  });

  it('is kept only when taken at the current change count, and a later change makes it stale', async () => {
    await lib.put(entry(url(1), 1));
    const { changes } = await lib.stats();
    expect(await lib.saveIndex({ n: 1 }, changes - 1)).toBe(false);
    expect(await lib.loadIndex()).toBeNull();
    expect(await lib.saveIndex({ n: 1 }, changes)).toBe(true);
    expect(await lib.loadIndex()).toEqual({ snapshot: { n: 1 }, stamp: changes });
    await lib.put(entry(url(2), 2));
    expect((await lib.loadIndex())?.stamp).not.toBe((await lib.stats()).changes);
  });

  it('goes with delete-all: nothing of the library is left', async () => {
    await lib.put(entry(url(1), 1));
    await lib.saveIndex({ n: 1 }, (await lib.stats()).changes);
    await lib.deleteAll();
    expect(await lib.loadIndex()).toBeNull();
    const db = await openDB(LIBRARY_DB_NAME);
    expect(await db.getAllKeys('index')).toEqual([]);
    expect(await db.getAllKeys('entries')).toEqual([]);
    db.close();
  });
});

describe('schema versions of the database', () => {
  it('a library made at the current version is opened with everything in it', async () => {
    await lib.put(realEntry());
    lib.close();
    const db = await openDB(LIBRARY_DB_NAME);
    expect(db.version).toBe(LIBRARY_DB_VERSION);
    db.close();
    lib = await openLibrary();
    expect(await lib.get(realEntry().url)).toEqual(realEntry());
  });

  it('a library made by a newer Crosscheck gives a typed error and is left untouched', async () => {
    await lib.put(entry(url(1), 1));
    lib.close();
    // A later version upgraded the database (and added a store) before the extension was downgraded.
    const newer = await openDB(LIBRARY_DB_NAME, LIBRARY_DB_VERSION + 1, { upgrade: (db) => { db.createObjectStore('later'); } });
    newer.close();
    await expect(openLibrary()).rejects.toMatchObject({ name: 'LibraryError', kind: 'newer-schema' });
    const db = await openDB(LIBRARY_DB_NAME);
    expect(db.version).toBe(LIBRARY_DB_VERSION + 1);
    expect((await db.getAllKeys('entries')).map(String)).toEqual([url(1)]);
    db.close();
    lib = { close: () => {} } as Library;
  });

  it('an open library steps aside for a newer version wanting to upgrade', async () => {
    await lib.put(entry(url(1), 1));
    let blocked = false;
    const newer = await openDB(LIBRARY_DB_NAME, LIBRARY_DB_VERSION + 1, { upgrade: () => {}, blocked: () => { blocked = true; } });
    expect(blocked).toBe(false);
    expect((await newer.getAllKeys('entries')).map(String)).toEqual([url(1)]);
    newer.close();
  });

  it('a library of layout version 1 (before the index snapshot) is upgraded with every entry kept', async () => {
    lib.close();
    globalThis.indexedDB = new IDBFactory();
    // Layout 1 as the previous release made it, with an entry written by that release's store.
    const old = await openDB(LIBRARY_DB_NAME, 1, {
      upgrade: (db) => {
        db.createObjectStore('entries', { keyPath: 'url' }).createIndex('byKeptAt', ['keptAt', 'url']);
        db.createObjectStore('meta');
      },
    });
    const record = await encodeRecord(realEntry());
    await old.put('entries', record);
    await old.put('meta', { bytes: recordBytes(record) }, 'totals');
    old.close();
    lib = await openLibrary();
    expect(await lib.get(realEntry().url)).toEqual(realEntry());
    expect(await lib.stats()).toEqual({ count: 1, bytes: recordBytes(record), changes: 0 });
    expect(await lib.loadIndex()).toBeNull();
    const db = await openDB(LIBRARY_DB_NAME);
    expect(db.version).toBe(LIBRARY_DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['entries', 'index', 'meta']);
    db.close();
  });

  it('without IndexedDB, says the library is unavailable', async () => {
    const saved = globalThis.indexedDB;
    // @ts-expect-error: a window without IndexedDB
    delete globalThis.indexedDB;
    try {
      await expect(openLibrary()).rejects.toMatchObject({ kind: 'unavailable' });
    } finally {
      globalThis.indexedDB = saved;
    }
  });
});
