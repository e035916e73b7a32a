/**
 * The reader's library on IndexedDB (issue 15), for the background context only: it owns the
 * database "crosscheck-library" and everything in it. Nothing here decides what to keep (the
 * caller passes entries made by src/analysis/library-entry.ts) or whether keeping is on: closing or
 * no longer calling {@link Library.put} deletes nothing; only `delete` and `deleteAll` delete.
 *
 * API: `const lib = await openLibrary()`, then
 *   put(entry) → entry as stored      get(url) → entry | null         delete(url) → was there
 *   deleteAll() → how many            list({ offset, limit }) → page, newest first
 *   stats() → { count, bytes, changes }                               exportAll() → every readable entry
 *   importMany(entries) → how many, all or nothing                    close()
 *   saveIndex(snapshot, stamp) → kept or stale                        loadIndex() → { snapshot, stamp } | null
 * Entries are keyed by their normalised URL (src/base/article-url.ts), so putting an article again
 * replaces it. Reads skip stored records that fail validation (src/platform/library-schema.ts) and
 * report them (in the result and to `onCorrupt`); they never throw for them. Every failure is a
 * {@link LibraryError} with a `kind`; a full disk is `quota`, and the write it stopped is undone
 * whole, so nothing already kept is lost.
 *
 * The layout and its upgrades are in library-db.ts; each record's `body` is the entry
 * deflate-compressed (library-codec.ts); `meta.totals.bytes`, the summed stored size of the records,
 * is kept in the same transactions as the records so it never drifts.
 */
import { openDB } from 'idb';
import type { LibraryEntry } from '../analysis/library-entry';
import { normaliseArticleUrl } from '../base/article-url';
import { readEntry, type ReadResult } from './library-schema';
import { decodeRecord, encodeRecordNow, recordBytes, type StoredRecord } from './library-codec';
import { LibraryError, toLibraryError } from './library-errors';
import { DB_UPGRADES, LIBRARY_DB_NAME, LIBRARY_DB_VERSION, type Db, type LibrarySchema, type WriteTx } from './library-db';

export { LibraryError, type LibraryErrorKind } from './library-errors';
export { LIBRARY_DB_NAME, LIBRARY_DB_VERSION } from './library-db';

/** A stored record that could not be read, and why. */
export interface CorruptEntry {
  key: string;
  reason: string;
}

/** One page of the library, newest first; `next` is the offset of the following page, or null. */
export interface LibraryPage {
  entries: LibraryEntry[];
  corrupt: CorruptEntry[];
  next: number | null;
}

/** The library's size. */
export interface LibraryStats {
  /** Stored records, corrupt ones included. */
  count: number;
  /** Their size as UTF-8 JSON, in bytes: an estimate of the space they take. */
  bytes: number;
  /** How many writes have changed the entries: an index snapshot stamped with another count is stale. */
  changes: number;
}

/** The open library (see the module header). */
export interface Library {
  /** Adds the entry, or replaces the one with the same normalised URL; returns it as stored. */
  put(entry: LibraryEntry): Promise<LibraryEntry>;
  /** The entry of this URL (normalised first), or null when none is kept or it is corrupt (then reported). */
  get(url: string): Promise<LibraryEntry | null>;
  /** Removes the record of this URL, readable or not, and its bytes from the total; false when there was none. */
  delete(url: string): Promise<boolean>;
  /** Removes every record and the totals; returns how many records there were. */
  deleteAll(): Promise<number>;
  /** A page of entries, newest kept first ({@link LIST_PAGE} by default); corrupt records on it are skipped and listed. */
  list(page?: { offset?: number; limit?: number }): Promise<LibraryPage>;
  /** How many records and how many bytes, without reading the entries. */
  stats(): Promise<LibraryStats>;
  /** Every readable entry, newest first, and every corrupt record (for packs). */
  exportAll(): Promise<{ entries: LibraryEntry[]; corrupt: CorruptEntry[] }>;
  /** Adds or replaces every entry in one transaction, or none: returns how many distinct articles. */
  importMany(entries: readonly unknown[]): Promise<number>;
  /**
   * Keeps the matching index's snapshot, if `stamp` is still the store's change count (a write
   * since it was taken makes it stale: then nothing is kept and false is returned).
   */
  saveIndex(snapshot: unknown, stamp: number): Promise<boolean>;
  /** The kept snapshot and the change count it was taken at, or null; the caller compares it with {@link stats}. */
  loadIndex(): Promise<{ snapshot: unknown; stamp: number } | null>;
  /** Closes the database connection (deletes nothing). */
  close(): void;
}

/** Options of {@link openLibrary}. */
export interface OpenOptions {
  /** Database name (tests use their own). */
  name?: string;
  /** Told of every corrupt record a read skips; by default, a console warning. */
  onCorrupt?: (corrupt: CorruptEntry) => void;
}

/** Default page size of {@link Library.list}. */
export const LIST_PAGE = 50;
const TOTALS = 'totals';
const INDEX = 'library';

/** Validates an entry given for writing (or staged for an import), with its URL normalised. */
export function checked(entry: unknown, at: number | null = null): { entry: LibraryEntry } | { reason: string } {
  if (typeof entry === 'object' && entry !== null && CHECKED.has(entry)) return { entry: entry as LibraryEntry };
  const url = typeof (entry as { url?: unknown } | null)?.url === 'string' ? normaliseArticleUrl((entry as { url: string }).url) : null;
  const where = at === null ? '' : `entry ${at}: `;
  if (!url) return { reason: `${where}no web address (http or https)` };
  const read = readEntry({ ...(entry as object), url });
  if (!read.ok) return { reason: `${where}${read.reason}` };
  CHECKED.add(Object.freeze(read.entry));
  return { entry: read.entry };
}

/**
 * The entries {@link checked} made (new, frozen objects): staged for an import, they are not
 * validated a second time when it commits (at 10,000 entries, a second of the import). Only
 * objects this module's checker produced are in it; anything else given to a write is checked.
 */
const CHECKED = new WeakSet<object>();

/**
 * Records written at once above which a write reads every key once to find the records it replaces
 * (their sizes leave the byte total), rather than reading each record's key: 10,000 reads of keys
 * not there took about 0.7 s of an import's commit in Chromium.
 */
export const KEYS_AT_ONCE = 100;

/** Stored records made ahead by {@link checkedAndEncoded}, by the (frozen) entry they encode. */
const ENCODED = new WeakMap<LibraryEntry, StoredRecord>();

/**
 * {@link checked}, and the entry compressed for storage now rather than when it is written: an
 * import stages its items this way, so compressing them overlaps with the options page reading and
 * sending the next ones, and the commit only writes (compression was about 3 s of a 10,000-entry
 * commit in Chromium).
 */
export function checkedAndEncoded(entry: unknown, at: number | null = null): { entry: LibraryEntry } | { reason: string } {
  const c = checked(entry, at);
  if ('entry' in c && !ENCODED.has(c.entry)) ENCODED.set(c.entry, encodeRecordNow(c.entry));
  return c;
}

/**
 * Issues requests one after another and returns their promises, each already handled: when one
 * throws as it is issued (a full disk), the transaction aborts and the ones issued before it
 * reject with AbortError, which must not surface as unhandled rejections; the caller's
 * Promise.all still rejects with the first failure.
 */
function issued<T>(requests: readonly (() => Promise<T>)[]): Promise<T>[] {
  const out: Promise<T>[] = [];
  try {
    for (const request of requests) out.push(request());
  } catch (e) {
    out.push(Promise.reject(e));
  }
  for (const p of out) p.catch(() => undefined);
  return out;
}

/** Reads a stored record into an entry, or the reason it cannot be. */
async function decodeEntry(raw: unknown): Promise<ReadResult> {
  const decoded = await decodeRecord(raw);
  return decoded.ok ? readEntry(decoded.data) : decoded;
}

/**
 * Whether this browser profile has a library database at all (without creating one, as opening
 * would). Where the browser cannot list its databases, true: the caller then opens it.
 */
export async function libraryExists(name = LIBRARY_DB_NAME): Promise<boolean> {
  if (typeof indexedDB === 'undefined') return false;
  if (typeof indexedDB.databases !== 'function') return true;
  try {
    return (await indexedDB.databases()).some((d) => d.name === name);
  } catch {
    return true;
  }
}

/** Opens (creating or upgrading) the library. Throws a {@link LibraryError}. */
export async function openLibrary(options: OpenOptions = {}): Promise<Library> {
  const onCorrupt = options.onCorrupt ?? ((c) => console.warn(`Crosscheck: library entry ${c.key} skipped: ${c.reason}`));
  if (typeof indexedDB === 'undefined') throw new LibraryError('unavailable', 'This browser window offers no IndexedDB, so the library cannot be kept here.');
  let db: Db;
  try {
    db = await openDB<LibrarySchema>(options.name ?? LIBRARY_DB_NAME, LIBRARY_DB_VERSION, {
      upgrade(d, oldVersion, _newVersion, tx) {
        for (let from = oldVersion; from < LIBRARY_DB_VERSION; from++) DB_UPGRADES[from]?.(d, tx);
      },
      // A newer Crosscheck (an update installed while this one runs) wants to upgrade: let it.
      blocking() {
        db.close();
      },
    });
  } catch (e) {
    throw toLibraryError(e);
  }

  /** Runs a read-write transaction over both stores; the whole of it is undone if any part fails. */
  async function write<T>(run: (tx: WriteTx) => Promise<T>): Promise<T> {
    let tx: WriteTx | undefined;
    try {
      tx = db.transaction(['entries', 'meta', 'index'], 'readwrite');
      const done = tx.done;
      done.catch(() => {});
      const result = await run(tx);
      await done;
      return result;
    } catch (e) {
      try {
        tx?.abort();
      } catch {
        // Already finished or aborted.
      }
      throw toLibraryError(e, tx);
    }
  }

  /** Adds to the byte total and counts the change (in the writing transaction, so neither drifts). */
  const addBytes = async (tx: WriteTx, delta: number): Promise<void> => {
    const meta = tx.objectStore('meta');
    const totals = await meta.get(TOTALS);
    const bytes = (totals?.bytes ?? 0) + delta;
    await meta.put({ bytes: Math.max(0, bytes), changes: (totals?.changes ?? 0) + 1 }, TOTALS);
  };

  const report = (key: unknown, reason: string): CorruptEntry => {
    const c = { key: String(key), reason };
    onCorrupt(c);
    return c;
  };

  /**
   * Replaces or adds entries in one transaction, keeping the byte total; of two entries with one
   * URL the later wins, as writing them in turn would. Compresses before the transaction opens (it
   * would close on a non-IndexedDB wait), unless the entry was compressed when staged. The reads and writes are issued together, not one
   * awaited after another: a transaction runs its requests in order anyway, and 10,000 entries
   * waited 6.6 s on round trips one by one against 1.7 s together (npm run bench, "Reader's library").
   */
  const putAll = async (entries: readonly LibraryEntry[]): Promise<void> => {
    const latest = [...new Map(entries.map((e) => [e.url, e])).values()];
    const records = latest.map((e) => ENCODED.get(e) ?? encodeRecordNow(e));
    await write(async (tx) => {
      const store = tx.objectStore('entries');
      // A large batch (an import) learns which records it replaces from one read of every key, not a read per record.
      const existing = records.length > KEYS_AT_ONCE ? new Set((await store.getAllKeys()).map(String)) : null;
      const olds = await Promise.all(issued(records.map((record) => () => (existing?.has(record.url) === false ? Promise.resolve(undefined) : store.get(record.url)))));
      await Promise.all(issued(records.map((record) => () => store.put(record))));
      let delta = 0;
      records.forEach((record, i) => {
        const old = olds[i];
        if (old !== undefined) delta -= recordBytes(old);
        delta += recordBytes(record);
      });
      await addBytes(tx, delta);
    });
  };

  /** The entries of raw records read in a transaction, with the corrupt ones reported. */
  const decodeAll = async (raws: readonly { key: IDBValidKey; value: unknown }[]): Promise<{ entries: LibraryEntry[]; corrupt: CorruptEntry[] }> => {
    const entries: LibraryEntry[] = [];
    const corrupt: CorruptEntry[] = [];
    for (const { key, value } of raws) {
      const read = await decodeEntry(value);
      if (read.ok) entries.push(read.entry);
      else corrupt.push(report(key, read.reason));
    }
    return { entries, corrupt };
  };

  return {
    async put(entry) {
      const c = checked(entry, null);
      if ('reason' in c) throw new LibraryError('invalid-entry', `Not a library entry: ${c.reason}`, [c.reason]);
      await putAll([c.entry]);
      return c.entry;
    },

    async get(url) {
      const key = normaliseArticleUrl(url);
      if (!key) return null;
      let raw: unknown;
      try {
        raw = await db.get('entries', key);
      } catch (e) {
        throw toLibraryError(e);
      }
      if (raw === undefined) return null;
      const read = await decodeEntry(raw);
      if (read.ok) return read.entry;
      report(key, read.reason);
      return null;
    },

    async delete(url) {
      const key = normaliseArticleUrl(url) ?? url;
      return write(async (tx) => {
        const store = tx.objectStore('entries');
        const old: unknown = await store.get(key);
        if (old === undefined) return false;
        await store.delete(key);
        await addBytes(tx, -recordBytes(old));
        return true;
      });
    },

    async deleteAll() {
      return write(async (tx) => {
        const n = await tx.objectStore('entries').count();
        const changes = (await tx.objectStore('meta').get(TOTALS))?.changes ?? 0;
        await tx.objectStore('entries').clear();
        await tx.objectStore('index').clear();
        await tx.objectStore('meta').put({ bytes: 0, changes: changes + 1 }, TOTALS);
        return n;
      });
    },

    async list({ offset = 0, limit = LIST_PAGE } = {}) {
      const raws: { key: IDBValidKey; value: unknown }[] = [];
      let more = false;
      try {
        let cursor = await db.transaction('entries').store.index('byKeptAt').openCursor(null, 'prev');
        if (cursor && offset > 0) cursor = await cursor.advance(offset);
        for (; cursor && raws.length < limit; cursor = await cursor.continue()) raws.push({ key: cursor.primaryKey, value: cursor.value });
        more = cursor !== null;
      } catch (e) {
        throw toLibraryError(e);
      }
      return { ...(await decodeAll(raws)), next: more ? offset + raws.length : null };
    },

    async stats() {
      try {
        const tx = db.transaction(['entries', 'meta']);
        const [count, totals] = await Promise.all([tx.objectStore('entries').count(), tx.objectStore('meta').get(TOTALS)]);
        return { count, bytes: totals?.bytes ?? 0, changes: totals?.changes ?? 0 };
      } catch (e) {
        throw toLibraryError(e);
      }
    },

    async exportAll() {
      const raws: { key: IDBValidKey; value: unknown }[] = [];
      try {
        // The store itself, not the date index: a record without a usable keptAt is missing from the index.
        for (let cursor = await db.transaction('entries').store.openCursor(); cursor; cursor = await cursor.continue()) {
          raws.push({ key: cursor.primaryKey, value: cursor.value });
        }
      } catch (e) {
        throw toLibraryError(e);
      }
      const { entries, corrupt } = await decodeAll(raws);
      entries.sort((a, b) => b.keptAt - a.keptAt || (a.url < b.url ? 1 : a.url > b.url ? -1 : 0));
      return { entries, corrupt };
    },

    async importMany(input) {
      const valid: LibraryEntry[] = [];
      const problems: string[] = [];
      input.forEach((entry, i) => {
        const c = checked(entry, i);
        if ('reason' in c) problems.push(c.reason);
        else valid.push(c.entry);
      });
      if (problems.length > 0) {
        throw new LibraryError('invalid-entry', `${problems.length} of ${input.length} entries are not valid library entries; nothing was imported.`, problems);
      }
      await putAll(valid);
      return new Set(valid.map((e) => e.url)).size;
    },

    async saveIndex(snapshot, stamp) {
      return write(async (tx) => {
        if (((await tx.objectStore('meta').get(TOTALS))?.changes ?? 0) !== stamp) return false;
        await tx.objectStore('index').put({ snapshot, stamp }, INDEX);
        return true;
      });
    },

    async loadIndex() {
      let kept: unknown;
      try {
        kept = await db.get('index', INDEX);
      } catch (e) {
        throw toLibraryError(e);
      }
      const k = kept as { snapshot?: unknown; stamp?: unknown } | undefined;
      return k && typeof k.stamp === 'number' && k.snapshot !== undefined ? { snapshot: k.snapshot, stamp: k.stamp } : null;
    },

    close() {
      db.close();
    },
  };
}
