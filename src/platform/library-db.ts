/**
 * The library database's layout (src/platform/library-store.ts owns the data): its name, version,
 * stores and indexes, and the steps that upgrade an older layout. Layout version
 * {@link LIBRARY_DB_VERSION}: store `entries` of records { url, keptAt, v, body }, key path `url`,
 * index `byKeptAt` on [keptAt, url]; store `meta`, record `totals` = { bytes, changes } (`changes`
 * counts the write transactions that changed entries); store `index`, record `library` = the
 * matching index's snapshot (src/corpus/library-index.ts), stamped with the `changes` it reflects.
 */
import type { DBSchema, IDBPDatabase, IDBPTransaction } from 'idb';
import type { StoredRecord } from './library-codec';

/** The database's name. */
export const LIBRARY_DB_NAME = 'crosscheck-library';
/** The database's layout version. Bump it and add a step to {@link DB_UPGRADES} when stores or indexes change. */
export const LIBRARY_DB_VERSION = 2;

/** The store totals: bytes of the records, and the count of changing writes (0 when absent: version 1 had none). */
export interface Totals {
  bytes: number;
  changes?: number;
}

export interface LibrarySchema extends DBSchema {
  entries: { key: string; value: StoredRecord; indexes: { byKeptAt: [number, string] } };
  meta: { key: string; value: Totals };
  index: { key: string; value: unknown };
}
export type Db = IDBPDatabase<LibrarySchema>;
export type UpgradeTx = IDBPTransaction<LibrarySchema, ('entries' | 'meta' | 'index')[], 'versionchange'>;

/**
 * Layout upgrades, by the version they upgrade from. From 0 (today's users: no library at all) to
 * 1: create the stores. From 1 to 2: add the store of the matching index's snapshot; entries stay
 * as they are (the first wake builds the snapshot from them). A later step must carry every entry
 * over (see library-schema.ts for upgrading entries themselves, which happens as they are read).
 */
export const DB_UPGRADES: Record<number, (db: Db, tx: UpgradeTx) => void> = {
  0: (db) => {
    const entries = db.createObjectStore('entries', { keyPath: 'url' });
    entries.createIndex('byKeptAt', ['keptAt', 'url']);
    db.createObjectStore('meta');
  },
  1: (db) => {
    db.createObjectStore('index');
  },
};

/** A write transaction over the entries, their totals and the index snapshot. */
export type WriteTx = IDBPTransaction<LibrarySchema, ('entries' | 'meta' | 'index')[], 'readwrite'>;
