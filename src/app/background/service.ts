/**
 * The background: owns the loaded corpus and the per-tab results, and answers the protocol of
 * src/platform/messages.ts. The corpus is compiled at build time (the entry point passes it in);
 * loading it only parses the packed index, on first use; report texts and figures are read per report.
 */
import { differencesOf, type Analysis } from '../../analysis/analyze-article';
import type { CompiledCorpus } from '../../corpus/format';
import { loadReference, type CompiledReference, type ReferenceSet } from '../../reference/format';
import { creditOf, type SeriesCredit } from '../../reference/series-info';
import { verdictBadges } from '../../ui/badges/badge-model';
import { loadCorpus, searchCorpora, type LoadedCorpus } from '../../corpus/match-reports';
import { NEWS_MATCHES } from '../../sites/news-sites';
import { setDifferenceCount } from '../../platform/action-badge';
import { watchAllSitesGrant } from '../../platform/all-sites';
import { listen, type CorpusInfo, type Handlers, type PageVerdict, type ReportView, type Sender } from '../../platform/messages';
import { clearTabResult, getTabResult, saveTabResult } from '../../platform/tab-results';
import { onTabClosed, openExtensionPage, openWebPage } from '../../platform/tabs';
import { startInterfaceLanguage } from '../../ui/common/interface-language';
import { libraryService, type LibraryService, type LibraryServiceDeps } from './library-service';

/** How long an answer that follows a first one waits to be fetched before it is dropped (a tab closed meanwhile). */
export const FOLLOW_UP_KEPT_MS = 60_000;

/** Per-tab chains of storage writes, so a clear never lands before the save it follows. */
const writes = new Map<number, Promise<void>>();
function inOrder(tabId: number, write: () => Promise<void>): void {
  // After a macrotask: the answer to the page is posted first, the storage work follows.
  const after = (writes.get(tabId) ?? Promise.resolve()).then(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
  const next = after
    .then(write)
    .catch((err: unknown) => console.warn('Crosscheck: keeping the tab result failed', err))
    .finally(() => {
      if (writes.get(tabId) === next) writes.delete(tabId);
    });
  writes.set(tabId, next);
}

function corpusInfo(corpus: LoadedCorpus): CorpusInfo {
  const { catalogue } = corpus;
  const all = Array.from({ length: catalogue.size }, (_, r) => r);
  const dates = all.map((r) => catalogue.date(r)).sort();
  return {
    count: catalogue.size,
    from: dates[0] ?? null,
    to: dates[dates.length - 1] ?? null,
    publishers: [...new Set(all.map((r) => catalogue.publisher(r)))],
  };
}

function reportView(corpus: LoadedCorpus, id: string): ReportView | null {
  const r = corpus.getReport(id);
  return r ? { id: r.id, title: r.title, publisher: r.publisher, date: r.date, url: r.url, text: r.text, figures: r.figures } : null;
}

/** Only the extension's own pages may read or change the reader's library: a web page's content script never can. */
function ownPage<T>(sender: Sender, run: () => Promise<T> | T): Promise<T> {
  if (!sender.extensionPage) return Promise.reject(new Error('Crosscheck: the library answers only the extension’s own pages'));
  return Promise.resolve().then(run);
}

/** The background's answer to every message, over a corpus and official series loaded on first use. */
export function backgroundHandlers(compiled: CompiledCorpus, compiledReference: CompiledReference, libraryDeps: Partial<LibraryServiceDeps> = {}): Handlers {
  return createBackground(compiled, compiledReference, libraryDeps).handlers;
}

/** The handlers and the library service behind them. */
function createBackground(compiled: CompiledCorpus, compiledReference: CompiledReference, libraryDeps: Partial<LibraryServiceDeps>): { handlers: Handlers; library: LibraryService } {
  let corpus: LoadedCorpus | null = null;
  let reference: ReferenceSet | null = null;
  const getCorpus = (): LoadedCorpus => (corpus ??= loadCorpus(compiled));
  const getReference = (): ReferenceSet => (reference ??= loadReference(compiledReference));
  const library: LibraryService = libraryService({ bundled: getCorpus, reference: getReference, tabResult: getTabResult, ...libraryDeps });
  /** Answers that follow a first one (the library's comparisons, once its index has loaded), by id. */
  const followUps = { last: 0, waiting: new Map<number, { tabId: number | null; later: Promise<PageVerdict> }>() };

  /** Keeps a page's analysis for the popup and the toolbar count, and (when `final`) in the library if allowed, after the answer. */
  const record = (tabId: number | null, url: string, analysis: Analysis, sender: Sender, final: boolean): void => {
    if (tabId === null) return;
    inOrder(tabId, async () => {
      const keep = library.entryOf(analysis, url);
      await saveTabResult(tabId, { url, at: Date.now(), analysis, keep, incognito: sender.incognito, ...(final ? {} : { pending: true }) });
      await setDifferenceCount(tabId, analysis.topic.gaza ? differencesOf(analysis).length : 0);
      if (final) await library.keepIfAllowed(keep, { url, incognito: sender.incognito });
    });
  };

  /** The page needs only what places badges, with what each shows worked out here: a smaller answer crosses back faster, and the page builds them from cold code. */
  const verdictOf = (analysis: Analysis): PageVerdict => {
    const series = (id: string): SeriesCredit | null => {
      const s = getReference().byId(id);
      return s ? creditOf(s) : null;
    };
    const badges = analysis.topic.gaza ? verdictBadges(analysis.alignments, { figures: analysis.figures, text: analysis.article.text, series }) : [];
    return { gaza: analysis.topic.gaza, badges };
  };
  const handlers: Handlers = {
  'analyze-page': async (req, sender) => {
    const { analysis, complete } = await library.analyzeSoon(req.article, req.readMs);
    const tabId = sender.tabId;
    // The page gets its answer at once; keeping it for the popup, the toolbar count and the library follows.
    record(tabId, req.url, analysis, sender, complete === null);
    const verdict = verdictOf(analysis);
    if (!complete) return verdict;
    // A woken worker answered without the library: its comparisons follow, for this tab to fetch.
    const id = ++followUps.last;
    const later = complete.then((full) => {
      record(tabId, req.url, full, sender, true);
      return verdictOf(full);
    });
    later.catch(() => undefined);
    followUps.waiting.set(id, { tabId, later });
    setTimeout(() => followUps.waiting.delete(id), FOLLOW_UP_KEPT_MS);
    return { ...verdict, followUp: id };
  },
  'page-update': (req, sender) => {
    const waiting = followUps.waiting.get(req.followUp);
    // Only the tab the answer was for may fetch what follows it.
    if (!waiting || waiting.tabId !== sender.tabId) return null;
    followUps.waiting.delete(req.followUp);
    return waiting.later;
  },
  'page-cleared': (_req, sender) => {
    const tabId = sender.tabId;
    if (tabId !== null) {
      inOrder(tabId, async () => {
        await clearTabResult(tabId);
        await setDifferenceCount(tabId, 0);
      });
    }
    return null;
  },
  'get-tab': (req) => getTabResult(req.tabId),
  search: async (req) => searchCorpora(req.query, await library.segments()),
  'get-report': (req) => reportView(getCorpus(), req.id),
  'corpus-info': () => corpusInfo(getCorpus()),
  'open-report': async (req) => {
    // A library article has no report page: its original page opens, if it is in the library and on the web.
    const original = await library.originalOf(req.id);
    if (original !== undefined) {
      if (original) await openWebPage(original);
      return null;
    }
    await openExtensionPage(`/report.html?id=${encodeURIComponent(req.id)}`);
    return null;
  },
  'library-status': (req, sender) => ownPage(sender, () => library.status(req.tabId)),
  'library-save': (req, sender) => ownPage(sender, () => library.save(req.tabId)),
  'library-forget': (req, sender) => ownPage(sender, () => library.forget(req)),
  'library-list': (req, sender) => ownPage(sender, () => library.list(req.query, req.offset, req.limit)),
  'library-delete-all': (_req, sender) => ownPage(sender, () => library.deleteAll()),
  'library-export': (req, sender) => ownPage(sender, () => library.exportPage(req.offset, req.limit)),
  'library-import-begin': (_req, sender) => ownPage(sender, () => library.importBegin()),
  'library-import-add': (req, sender) => ownPage(sender, () => library.importAdd(req.id, req.items)),
  'library-import-commit': (req, sender) => ownPage(sender, () => library.importCommit(req.id)),
  'library-import-abort': (req, sender) => ownPage(sender, () => {
    library.importAbort(req.id);
    return null;
  }),
  };
  return { handlers, library };
}

/** Starts the background: message handlers and tab clean-up. Call once, from the entry point's main(). */
export function startBackground(compiled: CompiledCorpus, reference: CompiledReference, libraryDeps: Partial<LibraryServiceDeps> = {}): void {
  // The sentences the engine makes here (why a page is about the war, why two figures differ, the
  // explanations) speak the interface's language, as the popup and the badges that show them do.
  startInterfaceLanguage();
  const { handlers, library } = createBackground(compiled, reference, libraryDeps);
  listen(handlers);
  library.warm();
  onTabClosed((tabId) => void clearTabResult(tabId));
  watchAllSitesGrant(NEWS_MATCHES);
}
