/**
 * The content script's work on a page: a cheap check first (a page that is not about the Gaza war
 * costs a few milliseconds), then reading the article, asking the background, and placing badges.
 * Re-runs after single-page-app navigations and late-loading articles (debounced), and stops
 * cleanly when the extension reloads or goes away (WXT's ContentScriptContext).
 *
 * Performance marks (read by the e2e suites and `npm run bench`; Chromium shares one timeline
 * between the isolated and main worlds): crosscheck:start, then crosscheck:skipped, or
 * crosscheck:read (article read), crosscheck:analysed (background answered), crosscheck:badges.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { readArticle } from '../article/read-article';
// The cheap check alone: detect-topic would bring the whole lexicon scanner into the content script.
import { quickCheck } from '../topic/quick-check';
import { mountBadges, prepareBadges, removeBadges, type MountedBadges } from '../ui/badges/mount-badges';
import { BADGE_TAG } from '../ui/badges/badge-element';
import { openChannel, send } from './messages';
import { isSiteEnabled, loadSettings, watchSettings, type Settings } from './settings';

/** Characters of page text the cheap check looks at: a headline and lede fit easily. */
const SAMPLE_CHARS = 3_000;
/** Quiet time before a DOM change triggers a new analysis: late-loading articles settle within this. */
const MUTATION_DEBOUNCE_MS = 700;

/** The title and the first few thousand characters of the page's text, without forcing layout. */
function sampleText(doc: Document, max = SAMPLE_CHARS): string {
  const root = doc.body;
  if (!root) return '';
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let out = '';
  for (let n = walker.nextNode(); n && out.length < max; n = walker.nextNode()) {
    const tag = n.parentElement?.tagName;
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT') continue;
    out += `${(n as Text).data} `;
  }
  return out.slice(0, max);
}

/** The element badges are placed in: the article where the page marks one. */
function articleRoot(doc: Document): Element | null {
  return doc.querySelector('article') ?? doc.querySelector('main, [role="main"]') ?? doc.body;
}

/** Runs Crosscheck in a page. Call once from the content script's main(). */
export function startContent(ctx: ContentScriptContext): void {
  let settings: Settings | null = null;
  let mounted: MountedBadges | null = null;
  let running = false;
  let pending = false;
  let timer: number | undefined;

  const openReport = (id: string): void => void send('open-report', { id }).catch(() => undefined);

  const clear = (reason: string): void => {
    mounted?.destroy();
    mounted = null;
    void send('page-cleared', { url: location.href, reason }).catch(() => undefined);
  };

  const observer = new MutationObserver((records) => {
    const ours = records.every((r) =>
      [...Array.from(r.addedNodes), ...Array.from(r.removedNodes)].every((n) => n.nodeType === 3 || n.nodeName.toLowerCase() === BADGE_TAG));
    if (!ours) schedule();
  });

  async function run(): Promise<void> {
    if (!ctx.isValid) return;
    if (running) {
      pending = true; // the page changed while we worked: look again once this run is done
      return;
    }
    running = true;
    try {
      settings ??= (await loadSettings()).settings;
      if (!isSiteEnabled(settings, location.hostname)) return clear('Crosscheck is off on this site');
      // One run's marks at a time: earlier runs' marks would otherwise pile up in the page's timeline.
      for (const name of ['start', 'skipped', 'read', 'analysed', 'badges']) performance.clearMarks(`crosscheck:${name}`);
      performance.mark('crosscheck:start');
      if (!quickCheck(document.title, sampleText(document))) {
        performance.mark('crosscheck:skipped');
        return clear('not about the Gaza war');
      }
      // The port opens while the article is read, so the article crosses in one message.
      const channel = openChannel();
      const t0 = performance.now();
      const article = readArticle(document, { url: location.href }); // never throws
      performance.mark('crosscheck:read');
      const answer = channel.request('analyze-page', { article, url: location.href, readMs: performance.now() - t0 }).finally(() => channel.close());
      answer.catch(() => undefined); // awaited below; this only keeps an early throw from leaving it unhandled
      // While the background works: take old badges away and index the page's text for the new ones.
      // The observer stays on (it ignores our own badges), so a page change meanwhile is still seen.
      mounted?.destroy();
      mounted = null;
      const root = articleRoot(document);
      const prepared = root && settings.badges ? prepareBadges(root) : undefined;
      const result = await answer;
      performance.mark('crosscheck:analysed');
      if (!ctx.isValid) return;
      observer.disconnect();
      if (root && settings.badges && result.gaza && result.alignments.length > 0) {
        mounted = mountBadges(root, result.alignments, { openReport }, prepared);
      }
      performance.mark('crosscheck:badges');
    } catch (err) {
      // A page must never break because of Crosscheck: report and carry on.
      if (ctx.isValid) console.warn('Crosscheck:', err);
    } finally {
      running = false;
      if (ctx.isValid && document.body) observer.observe(document.body, { childList: true, subtree: true });
      if (pending && ctx.isValid) {
        pending = false;
        schedule();
      }
    }
  }

  function schedule(): void {
    if (timer !== undefined) clearTimeout(timer);
    // Not ctx.setTimeout: WXT adds an abort listener per call and never removes it, so every page mutation leaked one (run() checks ctx.isValid itself).
    timer = window.setTimeout(() => {
      timer = undefined;
      void run();
    }, MUTATION_DEBOUNCE_MS);
  }

  ctx.addEventListener(window, 'wxt:locationchange', schedule);
  const unwatch = watchSettings((next) => {
    settings = next;
    void run();
  });
  ctx.onInvalidated(() => {
    if (timer !== undefined) clearTimeout(timer);
    observer.disconnect();
    unwatch();
    if (document.body) removeBadges(document.body);
  });
  // Watch from the start, so an article that arrives while the first run is still working is seen.
  if (document.body) observer.observe(document.body, { childList: true, subtree: true });
  void run();
}
