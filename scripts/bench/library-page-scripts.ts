/**
 * Scripts the reader's-library bench (library-browser.ts) runs in the extension's own pages, as
 * source text for playwright's evaluate. They use raw IndexedDB (the pages' bundles are not
 * reachable from here) and the database layout of src/platform/library-db.ts: stores `entries`
 * (keyPath url), `meta` (key 'totals': bytes, changes) and `index` (key 'library': snapshot, stamp).
 */

/** What the library database holds, read without the worker: counts, the snapshot's stamp, and the origin's disk use. */
export interface StoreState {
  count: number;
  bytes: number;
  changes: number;
  stamp: number | null;
  usage: number;
}

/** An expression resolving to a {@link StoreState}. */
export const READ_STORE = `new Promise((resolve, reject) => {
  const open = indexedDB.open('crosscheck-library');
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const db = open.result;
    const tx = db.transaction(['entries', 'meta', 'index']);
    const count = tx.objectStore('entries').count();
    const totals = tx.objectStore('meta').get('totals');
    const index = tx.objectStore('index').get('library');
    tx.oncomplete = async () => {
      db.close();
      const usage = (await navigator.storage.estimate()).usage || 0;
      resolve({ count: count.result, bytes: (totals.result || {}).bytes || 0, changes: (totals.result || {}).changes || 0,
        stamp: index.result ? index.result.stamp : null, usage });
    };
    tx.onerror = () => reject(tx.error);
  };
})`;

/**
 * Moves the store's change count on by one, so the kept snapshot is stale: what a worker stopped
 * between a change and the snapshot's save a second later leaves behind. The entries are untouched.
 */
export const MAKE_STALE = `new Promise((resolve, reject) => {
  const open = indexedDB.open('crosscheck-library');
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const db = open.result;
    const tx = db.transaction('meta', 'readwrite');
    const meta = tx.objectStore('meta');
    const totals = meta.get('totals');
    totals.onsuccess = () => meta.put({ ...totals.result, changes: totals.result.changes + 1 }, 'totals');
    tx.oncomplete = () => { db.close(); resolve(null); };
    tx.onerror = () => reject(tx.error);
  };
})`;

/** The options page's import of a pack file, as {@link WATCH_IMPORT} times it (ms from the file's pick). */
export interface PageImport {
  /** The file read and its entries checked (readPack), until staging began. */
  read: number;
  /** Staging done (every chunk answered), the commit then running. */
  staged: number;
  /** The import's result shown. */
  total: number;
  outcome: { ok: boolean; message: string };
  /** [entries staged, ms since the pick], every 1,000. */
  progress: [number, number][];
}

/**
 * Installed in the options page before the file is picked: watches its import section (data-phase,
 * the progress bar, the result line) and resolves `window.benchImport` to a {@link PageImport}.
 * Progress is logged every 1,000 as `crosscheck-bench: …` console lines.
 */
export const WATCH_IMPORT = `(() => {
  const section = document.querySelector('[data-testid="library-import"]');
  const input = document.querySelector('[data-testid="library-import-files"]');
  let t0 = 0;
  let read = NaN;
  let staged = NaN;
  let logged = 0;
  const progress = [];
  window.benchImport = new Promise((resolve) => {
    input.addEventListener('change', () => { t0 = performance.now(); }, { capture: true });
    const look = () => {
      const phase = section.getAttribute('data-phase');
      const bar = section.querySelector('progress');
      const now = performance.now() - t0;
      if (phase === 'staging' && Number.isNaN(read)) read = now;
      if (phase === 'staging' && bar) {
        const done = Number(bar.value);
        if (done >= logged + 1000 || (done === Number(bar.max) && done > logged)) {
          logged = done;
          progress.push([done, now]);
          console.log('crosscheck-bench: staged ' + done + ' in ' + now.toFixed(0) + ' ms');
        }
        if (done === Number(bar.max) && Number.isNaN(staged)) staged = now;
      }
      if (phase === 'done') {
        observer.disconnect();
        const message = section.querySelector('[data-testid="library-import-message"]').textContent;
        resolve({ read, staged, total: now, outcome: { ok: !section.querySelector('[data-testid="library-import-message"].error'), message }, progress });
      }
    };
    const observer = new MutationObserver(look);
    observer.observe(section, { subtree: true, attributes: true, childList: true, characterData: true });
  });
})()`;

/** Where the import's and the wake-up's time goes in this browser, by {@link ATTRIBUTE}. */
export interface Attribution {
  compressMs: number;
  /** Per entry, over 1,000 entries, fed from a Blob as library-codec.ts did before a2f5ac4. */
  blobCompressMs: number;
  /** Writing every record in one transaction, awaiting a get and a put per record (as library-store.ts `putAll` does). */
  sequentialMs: number;
  /** The same records in one transaction, every put issued at once. */
  batchedMs: number;
  /** Reading the kept snapshot (one structured-clone get), each time. */
  snapshotReads: number[];
  /** The stale path's reads: a cursor over every record, then decompressing and parsing each. */
  cursorMs: number;
  decompressMs: number;
}

/**
 * Times, in the extension's origin, the parts of an import and a wake-up the worker does: deflate
 * of every entry (CompressionStream, all at once as putAll does; and fed from a Blob, as before), one transaction of awaited
 * get + put per record against one of puts issued together (into a scratch database), reading
 * the library's snapshot, and the stale path's cursor and decompression. Uses `window.benchItems`.
 */
export const ATTRIBUTE = `(async () => {
  const items = window.benchItems;
  const enc = new TextEncoder();
  // As library-codec.ts feeds the streams (the bytes written to the writable side), and as it did before (read from a Blob).
  const pipe = async (bytes, stream) => {
    const w = stream.writable.getWriter();
    w.write(bytes).catch(() => {});
    w.close().catch(() => {});
    return new Uint8Array(await new Response(stream.readable).arrayBuffer());
  };
  const pipeFromBlob = async (bytes, stream) => new Uint8Array(await new Response(new Blob([bytes]).stream().pipeThrough(stream)).arrayBuffer());
  const req = (r) => new Promise((resolve, reject) => { r.onsuccess = () => resolve(r.result); r.onerror = () => reject(r.error); });
  const done = (tx) => new Promise((resolve, reject) => { tx.oncomplete = resolve; tx.onerror = () => reject(tx.error); tx.onabort = () => reject(tx.error); });
  const openDb = (name, version, upgrade) => new Promise((resolve, reject) => {
    const o = version ? indexedDB.open(name, version) : indexedDB.open(name);
    if (upgrade) o.onupgradeneeded = () => upgrade(o.result);
    o.onsuccess = () => resolve(o.result);
    o.onerror = () => reject(o.error);
  });
  let t = performance.now();
  const bodies = await Promise.all(items.map((e) => pipe(enc.encode(JSON.stringify(e)), new CompressionStream('deflate-raw'))));
  const compressMs = performance.now() - t;
  const sample = items.slice(0, 1000);
  t = performance.now();
  await Promise.all(sample.map((e) => pipeFromBlob(enc.encode(JSON.stringify(e)), new CompressionStream('deflate-raw'))));
  const blobCompressMs = (performance.now() - t) / sample.length;
  const record = (i) => ({ url: items[i].url, keptAt: items[i].keptAt, v: items[i].v, body: bodies[i] });
  const scratch = await openDb('crosscheck-bench-scratch', 1, (db) => db.createObjectStore('entries', { keyPath: 'url' }));
  t = performance.now();
  let tx = scratch.transaction('entries', 'readwrite');
  let store = tx.objectStore('entries');
  for (let i = 0; i < items.length; i++) store.put(record(i));
  await done(tx);
  const batchedMs = performance.now() - t;
  tx = scratch.transaction('entries', 'readwrite');
  tx.objectStore('entries').clear();
  await done(tx);
  t = performance.now();
  tx = scratch.transaction('entries', 'readwrite');
  store = tx.objectStore('entries');
  for (let i = 0; i < items.length; i++) {
    await req(store.get(items[i].url));
    await req(store.put(record(i)));
  }
  await done(tx);
  const sequentialMs = performance.now() - t;
  scratch.close();
  await req(indexedDB.deleteDatabase('crosscheck-bench-scratch'));
  const lib = await openDb('crosscheck-library');
  const snapshotReads = [];
  for (let k = 0; k < 3; k++) {
    t = performance.now();
    await req(lib.transaction('index').objectStore('index').get('library'));
    snapshotReads.push(performance.now() - t);
  }
  t = performance.now();
  const raws = [];
  await new Promise((resolve, reject) => {
    const c = lib.transaction('entries').objectStore('entries').openCursor();
    c.onsuccess = () => { const cur = c.result; if (!cur) return resolve(); raws.push(cur.value); cur.continue(); };
    c.onerror = () => reject(c.error);
  });
  const cursorMs = performance.now() - t;
  t = performance.now();
  for (const r of raws) JSON.parse(new TextDecoder().decode(await pipe(r.body, new DecompressionStream('deflate-raw'))));
  const decompressMs = performance.now() - t;
  lib.close();
  return { compressMs, blobCompressMs, sequentialMs, batchedMs, snapshotReads, cursorMs, decompressMs };
})()`;
