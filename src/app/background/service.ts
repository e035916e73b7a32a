/**
 * The background: owns the loaded corpus and the per-tab results, and answers the protocol of
 * src/platform/messages.ts. The corpus is compiled at build time (the entry point passes it in);
 * loading it only parses the packed index, on first use; report texts and figures are read per report.
 */
import { analyzeArticle, differencesOf } from '../../analysis/analyze-article';
import type { CompiledCorpus } from '../../corpus/format';
import { loadReference, type CompiledReference, type ReferenceSet } from '../../reference/format';
import { creditOf } from '../../reference/series-info';
import { loadCorpus, searchCorpus, type LoadedCorpus } from '../../corpus/match-reports';
import { NEWS_MATCHES } from '../../sites/news-sites';
import { setDifferenceCount } from '../../platform/action-badge';
import { watchAllSitesGrant } from '../../platform/all-sites';
import { listen, type CorpusInfo, type Handlers, type ReportView } from '../../platform/messages';
import { clearTabResult, getTabResult, saveTabResult } from '../../platform/tab-results';
import { onTabClosed, openExtensionPage } from '../../platform/tabs';

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

/** The background's answer to every message, over a corpus and official series loaded on first use. */
export function backgroundHandlers(compiled: CompiledCorpus, compiledReference: CompiledReference): Handlers {
  let corpus: LoadedCorpus | null = null;
  let reference: ReferenceSet | null = null;
  const getCorpus = (): LoadedCorpus => (corpus ??= loadCorpus(compiled));
  const getReference = (): ReferenceSet => (reference ??= loadReference(compiledReference));
  return {
  'analyze-page': (req, sender) => {
    const analysis = analyzeArticle(req.article, getCorpus(), req.readMs, getReference());
    const result = { url: req.url, at: Date.now(), analysis };
    const tabId = sender.tabId;
    // The page gets its answer at once; keeping it for the popup and the toolbar count follows.
    if (tabId !== null) {
      inOrder(tabId, async () => {
        await saveTabResult(tabId, result);
        await setDifferenceCount(tabId, analysis.topic.gaza ? differencesOf(analysis).length : 0);
      });
    }
    // The page needs only what places badges; a smaller answer crosses back faster.
    const checks = analysis.figures.filter((f) => f.reference !== undefined);
    const series = [...new Set(checks.map((f) => f.reference?.series ?? ''))]
      .map((id) => getReference().byId(id))
      .filter((s) => s !== undefined)
      .map(creditOf);
    return { gaza: analysis.topic.gaza, alignments: analysis.alignments, checks, series };
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
  search: (req) => searchCorpus(req.query, getCorpus()),
  'get-report': (req) => reportView(getCorpus(), req.id),
  'corpus-info': () => corpusInfo(getCorpus()),
  'open-report': async (req) => {
    await openExtensionPage(`/report.html?id=${encodeURIComponent(req.id)}`);
    return null;
  },
  };
}

/** Starts the background: message handlers and tab clean-up. Call once, from the entry point's main(). */
export function startBackground(compiled: CompiledCorpus, reference: CompiledReference): void {
  listen(backgroundHandlers(compiled, reference));
  onTabClosed((tabId) => void clearTabResult(tabId));
  watchAllSitesGrant(NEWS_MATCHES);
}
