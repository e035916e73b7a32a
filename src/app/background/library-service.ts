/**
 * The reader's library in the background (issue 15): when a page is kept, how the library joins
 * matching, and every request of the popup and the options page about it. The entries live in
 * IndexedDB (src/platform/library-store.ts); the matching index (src/corpus/library-index.ts) is
 * built from them once and then kept up to date entry by entry, and between service-worker
 * wake-ups as a snapshot in the same database, stamped with the store's change count: a wake-up
 * whose snapshot is current reads it in one go; one whose snapshot is stale (the worker stopped
 * before saving it) rebuilds it from the entries and saves it again.
 *
 * The library is opt-in: while `keepLibrary` is off it is neither opened nor consulted, and a user
 * who never turned it on pays nothing. Off or paused, nothing in it is deleted. Pages in private
 * windows and on sites the user turned off are never kept, and only Gaza-war pages are.
 */
import { finishAnalysis, inCorpusOrder, matchArticle, reportFrom, type Analysis, type ComparedReport } from '../../analysis/analyze-article';
import { libraryEntryOf, reportOfEntry, type LibraryEntry } from '../../analysis/library-entry';
import { normaliseArticleUrl } from '../../base/article-url';
import { isLibraryReport, LIBRARY_PREFIX, libraryIndex, libraryIndexFromSnapshot, type LibraryIndex, type LibraryIndexSnapshot } from '../../corpus/library-index';
import type { LoadedCorpus } from '../../corpus/match-reports';
import type { ReferenceSet } from '../../reference/format';
import { libraryExists, openLibrary, type Library } from '../../platform/library-store';
import { libraryImports } from './library-imports';
import type { ImportChunkReport, ImportItem, LibraryExportPage, LibraryListing, LibraryOutcome, LibraryStatus, TabResult } from '../../platform/messages';
import { isSiteEnabled, loadSettings, watchSettings, type Settings } from '../../platform/settings';
import { sayBackground } from '../../wording/background-messages';
import { blockedReason, failure, hostOf } from './library-words';

/** Wait after a change before the index snapshot is saved: a burst of changes is saved once. */
export const SNAPSHOT_DELAY_MS = 1_000;
/** Items per page of the options page's list at most. */
export const MAX_LIST_PAGE = 500;
/** Entries per export page at most (each is a few kilobytes). */
export const MAX_EXPORT_PAGE = 1_000;

/** How the service reaches what it depends on (tests give their own). */
export interface LibraryServiceDeps {
  bundled(): LoadedCorpus;
  reference(): ReferenceSet;
  /** The tab's kept result (storage.session). */
  tabResult(tabId: number): Promise<TabResult | null>;
  open?: () => Promise<Library>;
  now?: () => number;
  snapshotDelayMs?: number;
}

/** The library's side of the background. */
export interface LibraryService {
  /** The corpus segments a page is matched against: the bundled corpus, and the library when it is on. */
  segments(): Promise<LoadedCorpus[]>;
  /**
   * Opens the library's database when the library is on, without waiting for it: called as the
   * worker starts. The index itself is not read here: restoring it holds the worker for a few
   * hundred milliseconds at 10,000 entries, which the page that woke it would wait through. It is
   * loaded after that page's first answer ({@link analyzeSoon}), or when a request needs it.
   */
  warm(): void;
  /** Runs the engine on a page over {@link segments}, reading same-story library articles from storage. */
  analyze(article: Parameters<typeof matchArticle>[0], readMs: number): Promise<Analysis>;
  /**
   * Runs the engine on a page without waiting for the library's index to load: in a worker just
   * woken with the library on, the page is analysed over the bundled corpus at once, and `complete`
   * resolves to the analysis with the library once its index is ready. Otherwise (library off, or
   * its index already loaded) it is {@link analyze}, and `complete` is null.
   */
  analyzeSoon(article: Parameters<typeof matchArticle>[0], readMs: number): Promise<{ analysis: Analysis; complete: Promise<Analysis> | null }>;
  /** The entry a page would be kept as, or null (not a Gaza-war page, no web address). */
  entryOf(analysis: Analysis, url: string, at?: number): LibraryEntry | null;
  /** Keeps the page's entry when automatic keeping is on and allowed for it; resolves to whether it was kept. */
  keepIfAllowed(entry: LibraryEntry | null, where: { url: string; incognito: boolean }): Promise<boolean>;
  status(tabId: number | null): Promise<LibraryStatus>;
  save(tabId: number): Promise<LibraryOutcome>;
  forget(what: { tabId: number } | { url: string }): Promise<LibraryOutcome>;
  list(query: string, offset: number, limit: number): Promise<LibraryListing>;
  deleteAll(): Promise<LibraryOutcome>;
  exportPage(offset: number, limit: number): Promise<LibraryExportPage>;
  importBegin(): { id: string };
  importAdd(id: string, items: readonly ImportItem[]): ImportChunkReport;
  importCommit(id: string): Promise<LibraryOutcome>;
  importAbort(id: string): void;
  /**
   * For a library report id, the article's original address when it is in the library and on the
   * web (http or https), else null; undefined for any other id (a bundled report).
   */
  originalOf(id: string): Promise<string | null | undefined>;
  /** Saves the index snapshot now if one is due (tests, and the bench). */
  flush(): Promise<void>;
}

/** Folds text for the list's search: lower case, no accents. */
const fold = (s: string): string => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

export function libraryService(deps: LibraryServiceDeps): LibraryService {
  const now = deps.now ?? Date.now;
  const delay = deps.snapshotDelayMs ?? SNAPSHOT_DELAY_MS;
  let settings: Settings | null = null;
  let opened: Promise<Library> | null = null;
  let index: Promise<LibraryIndex> | null = null;
  /** The index once loaded: a page analysed while it is still loading is answered without it first. */
  let loaded: LibraryIndex | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let due = false;
  /** Every change to the library and the snapshot runs in this chain, one at a time, so the index always reflects the store. */
  let chain: Promise<unknown> = Promise.resolve();
  const serial = <T>(run: () => Promise<T>): Promise<T> => {
    const next = chain.then(run, run);
    chain = next.catch(() => undefined);
    return next;
  };

  watchSettings((s) => {
    settings = s;
  });
  const currentSettings = async (): Promise<Settings> => (settings ??= (await loadSettings()).settings);

  const library = (): Promise<Library> => {
    opened ??= (deps.open ?? (() => openLibrary()))().catch((e: unknown) => {
      opened = null;
      throw e;
    });
    return opened;
  };

  /** The index: the snapshot when it is current, else rebuilt from the stored entries (and saved). */
  const loadIndex = async (): Promise<LibraryIndex> => {
    const lib = await library();
    const [kept, stats] = await Promise.all([lib.loadIndex(), lib.stats()]);
    const snap = kept?.snapshot as LibraryIndexSnapshot | undefined;
    if (kept && kept.stamp === stats.changes && snap?.format === 'crosscheck-library-index/1') {
      const restored = libraryIndexFromSnapshot(snap, deps.bundled());
      if (restored.entries === stats.count) return restored;
    }
    const { entries } = await lib.exportAll();
    const built = libraryIndex(entries, deps.bundled());
    schedule();
    return built;
  };
  const getIndex = (): Promise<LibraryIndex> => {
    if (index) return index;
    const loading: Promise<LibraryIndex> = loadIndex().then(
      (idx) => {
        if (index === loading) loaded = idx;
        return idx;
      },
      (e: unknown) => {
        if (index === loading) index = null;
        throw e;
      },
    );
    index = loading;
    return loading;
  };

  const saveSnapshot = (): Promise<void> => serial(async () => {
    if (!due || !index) return;
    due = false;
    const [lib, idx] = await Promise.all([library(), index]);
    const { changes } = await lib.stats();
    await lib.saveIndex(idx.snapshot(changes), changes);
  }).catch((e: unknown) => console.warn('Crosscheck: the library index could not be saved', e));

  function schedule(): void {
    due = true;
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      void saveSnapshot();
    }, delay);
  }

  /** Keeps entries in the store and the index together (in the serial chain). */
  const keep = (entries: readonly LibraryEntry[]): Promise<number> => serial(async () => {
    const lib = await library();
    const idx = await getIndex();
    const n = entries.length === 1 && entries[0] ? (await lib.put(entries[0]), 1) : await lib.importMany(entries);
    idx.addMany(entries);
    schedule();
    return n;
  });

  const remove = (url: string): Promise<boolean> => serial(async () => {
    const lib = await library();
    const idx = await getIndex();
    const had = await lib.delete(url);
    const indexed = idx.remove(url);
    schedule();
    return had || indexed;
  });

  /** Same-story reports to compare with: bundled ones from their segment, library ones from storage. */
  const readReports = async (segments: readonly LoadedCorpus[], ids: readonly string[]): Promise<ComparedReport[]> => {
    const out: ComparedReport[] = [];
    for (const id of inCorpusOrder(segments, ids)) {
      if (!isLibraryReport(id)) {
        const r = reportFrom(segments, id);
        if (r) out.push(r);
        continue;
      }
      try {
        const entry = await (await library()).get(id.slice(LIBRARY_PREFIX.length));
        if (entry) out.push(reportOfEntry(entry));
      } catch (e) {
        console.warn('Crosscheck: a library article could not be read', e);
      }
    }
    return out;
  };

  const analyzeOver = async (segments: readonly LoadedCorpus[], article: Parameters<typeof matchArticle>[0], readMs: number): Promise<Analysis> => {
    const page = matchArticle(article, segments, readMs, deps.reference());
    const started = performance.now();
    return finishAnalysis(page, await readReports(segments, page.sameStory), started);
  };

  const imports = libraryImports({ reference: deps.reference, now, keep });
  const service: LibraryService = {
    importBegin: imports.begin,
    importAdd: imports.add,
    async importCommit(id) {
      try {
        return await imports.commit(id);
      } catch (e) {
        return failure(e);
      }
    },
    importAbort: imports.abort,

    async segments() {
      const bundled = deps.bundled();
      if (!(await currentSettings()).keepLibrary) return [bundled];
      try {
        return [bundled, await getIndex()];
      } catch (e) {
        // No library here (a private window without IndexedDB, a newer schema): the bundled corpus still answers.
        console.warn('Crosscheck: the library is not available', e);
        return [bundled];
      }
    },

    warm() {
      void currentSettings()
        .then((s) => (s.keepLibrary ? library() : null))
        .catch(() => undefined);
    },

    async analyze(article, readMs) {
      return analyzeOver(await service.segments(), article, readMs);
    },

    async analyzeSoon(article, readMs) {
      if (loaded || !(await currentSettings()).keepLibrary) return { analysis: await service.analyze(article, readMs), complete: null };
      const analysis = await analyzeOver([deps.bundled()], article, readMs);
      // The index loads after this answer has gone (reading it back and restoring it comes in later tasks).
      const complete = new Promise<void>((resolve) => setTimeout(resolve, 0))
        .then(() => getIndex())
        .catch(() => null)
        .then(() => service.analyze(article, readMs));
      return { analysis, complete };
    },

    entryOf(analysis, url, at = now()) {
      return analysis.topic.gaza ? libraryEntryOf(analysis, at, analysis.article.url ?? url) : null;
    },

    async keepIfAllowed(entry, where) {
      if (!entry || where.incognito) return false;
      const s = await currentSettings();
      if (!s.keepLibrary || s.libraryPaused || !isSiteEnabled(s, hostOf(where.url))) return false;
      try {
        await keep([entry]);
        return true;
      } catch (e) {
        console.warn('Crosscheck: the article could not be kept', e);
        return false;
      }
    },

    async status(tabId) {
      const s = await currentSettings();
      const result = tabId === null ? null : await deps.tabResult(tabId);
      let stats = { count: 0, bytes: 0 };
      let tab: LibraryStatus['tab'] = null;
      let lib: Library | null = null;
      try {
        // A user who never turned the library on, nor saved or imported, gets no database for asking.
        if (s.keepLibrary || (await libraryExists())) {
          lib = await library();
          stats = await lib.stats();
        }
      } catch {
        // Shown as an empty library; saving will say why it cannot be kept.
      }
      if (result) {
        const url = result.keep?.url ?? normaliseArticleUrl(result.url) ?? result.url;
        const saved = lib !== null && (await lib.get(url).catch(() => null)) !== null;
        tab = { url, saved, blocked: blockedReason(result, s) };
      }
      const invite = !s.keepLibrary && !s.libraryInvited && result?.analysis.topic.gaza === true && result.incognito !== true;
      return { keeping: s.keepLibrary && !s.libraryPaused, invite, count: stats.count, bytes: stats.bytes, tab };
    },

    async save(tabId) {
      const result = await deps.tabResult(tabId);
      const blocked = result ? blockedReason(result, await currentSettings()) : sayBackground('library.no-tab');
      if (blocked || !result?.keep) return { ok: false, message: blocked ?? sayBackground('library.no-address'), count: 0 };
      try {
        await keep([result.keep]);
        return { ok: true, message: sayBackground('library.saved', { title: result.keep.title ?? result.keep.url }), count: 1 };
      } catch (e) {
        return failure(e);
      }
    },

    async forget(what) {
      let url: string | null;
      if ('tabId' in what) {
        const result = await deps.tabResult(what.tabId);
        url = result ? result.keep?.url ?? normaliseArticleUrl(result.url) : null;
      } else url = normaliseArticleUrl(what.url) ?? what.url;
      if (!url) return { ok: false, message: sayBackground('library.no-tab'), count: 0 };
      try {
        const had = await remove(url);
        return had
          ? { ok: true, message: sayBackground('library.forgotten'), count: 1 }
          : { ok: true, message: sayBackground('library.not-there'), count: 0 };
      } catch (e) {
        return failure(e);
      }
    },

    async list(query, offset, limit) {
      const lib = await library();
      const [idx, stats] = await Promise.all([getIndex(), lib.stats()]);
      const all = idx.items().sort((a, b) => b.keptAt - a.keptAt || (a.url < b.url ? 1 : -1));
      const words = fold(query).split(/\s+/).filter(Boolean);
      const matched = words.length === 0 ? all : all.filter((it) => {
        const hay = fold(`${it.title} ${it.publisher} ${it.url} ${it.date}`);
        return words.every((w) => hay.includes(w));
      });
      const from = Math.max(0, Math.floor(offset));
      const size = Math.max(1, Math.min(MAX_LIST_PAGE, Math.floor(limit)));
      const items = matched.slice(from, from + size).map((it) => ({ ...it, date: it.date || null }));
      return {
        items, total: all.length, matched: matched.length, bytes: stats.bytes,
        next: from + size < matched.length ? from + size : null, corrupt: Math.max(0, stats.count - idx.entries),
      };
    },

    async deleteAll() {
      try {
        const n = await serial(async () => {
          const lib = await library();
          const removed = await lib.deleteAll();
          loaded = libraryIndex([], deps.bundled());
          index = Promise.resolve(loaded);
          due = false;
          return removed;
        });
        return { ok: true, message: sayBackground('library.deleted', { count: n }), count: n };
      } catch (e) {
        return failure(e);
      }
    },

    async exportPage(offset, limit) {
      const lib = await library();
      const size = Math.max(1, Math.min(MAX_EXPORT_PAGE, Math.floor(limit)));
      const [page, stats] = await Promise.all([lib.list({ offset: Math.max(0, Math.floor(offset)), limit: size }), lib.stats()]);
      return { entries: page.entries, total: stats.count, next: page.next };
    },

    async originalOf(id) {
      if (!isLibraryReport(id)) return undefined;
      const url = id.slice(LIBRARY_PREFIX.length);
      if (!/^https?:\/\//i.test(url)) return null;
      try {
        return (await (await library()).get(url)) ? url : null;
      } catch {
        return null;
      }
    },

    async flush() {
      if (timer !== null) {
        clearTimeout(timer);
        timer = null;
      }
      await saveSnapshot();
    },
  };

  return service;
}
