/**
 * Chromium-only helpers for the hostile-page, real-page and benchmark runs: a page opened with its
 * errors recorded, reads from a clean isolated world (pages that sabotage their own built-ins cannot
 * fool them), the content script's performance marks, and the renderer's memory counters.
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';

/** A page whose uncaught errors and console errors are recorded from before it loads. */
export interface WatchedPage {
  page: Page;
  /** Uncaught exceptions in the page (any world), as "message\nstack". */
  pageErrors: string[];
  /** console.error / console.warn messages, with the URL of the script that logged them. */
  consoleProblems: string[];
}

/** Opens `url` in a new tab of `context`, recording errors from the start. */
export async function openWatched(context: BrowserContext, url: string, waitUntil: 'load' | 'domcontentloaded' = 'load'): Promise<WatchedPage> {
  const page = await context.newPage();
  const watched: WatchedPage = { page, pageErrors: [], consoleProblems: [] };
  page.on('pageerror', (e) => void watched.pageErrors.push(`${e.message}\n${e.stack ?? ''}`));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') watched.consoleProblems.push(`${m.type()}: ${m.text()} @ ${m.location().url}`);
  });
  await page.goto(url, { waitUntil });
  return watched;
}

/** Errors that are Crosscheck's: they name it, or come from an extension's script. */
export function extensionProblems(w: WatchedPage): string[] {
  return [...w.pageErrors, ...w.consoleProblems].filter((m) => /crosscheck|chrome-extension:\/\//i.test(m));
}

/**
 * Evaluates an expression in a fresh isolated world of the page's main frame (CDP
 * Page.createIsolatedWorld): the DOM is the page's, but the JavaScript built-ins are pristine,
 * so a page that rewrote Array.prototype.map or querySelector cannot distort what a test reads.
 */
export async function cleanWorld(page: Page): Promise<{ eval<T>(expression: string): Promise<T>; cdp: CDPSession }> {
  const cdp = await page.context().newCDPSession(page);
  const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
  let contextId: number | null = null;
  return {
    cdp,
    async eval<T>(expression: string): Promise<T> {
      // A navigation destroys the world: make one per call site if the old one is gone.
      for (let attempt = 0; attempt < 2; attempt++) {
        contextId ??= ((await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'crosscheck-test-clean' })) as { executionContextId: number }).executionContextId;
        const r = (await cdp.send('Runtime.evaluate', { expression, contextId, returnByValue: true, awaitPromise: true })) as {
          result: { value?: T };
          exceptionDetails?: { text: string; exception?: { description?: string } };
        };
        if (!r.exceptionDetails) return r.result.value as T;
        if (/Cannot find context/.test(r.exceptionDetails.text) && attempt === 0) {
          contextId = null;
          continue;
        }
        throw new Error(`clean-world evaluation failed: ${r.exceptionDetails.exception?.description ?? r.exceptionDetails.text}`);
      }
      throw new Error('unreachable');
    },
  };
}

/** A badge as a test sees it. */
export interface SeenBadge {
  value: number;
  kind: string;
  /** The text just before the badge (it must end with the figure). */
  before: string;
  /** Tag name of the badge's parent element. */
  parent: string;
  width: number;
  height: number;
  /** Computed style of the badge's shadow button. */
  button: { display: string; visibility: string; opacity: string; fontSize: string; width: number; height: number } | null;
  /** Tag names of every element in the badge's shadow root. */
  shadowTags: string[];
  /** The card's text (hidden or not). */
  cardText: string;
}

/** An expression (for {@link cleanWorld}) listing the page's badges. */
export const READ_BADGES = `Array.from(document.querySelectorAll('crosscheck-badge'), (b) => {
  const r = b.getBoundingClientRect();
  const btn = b.shadowRoot ? b.shadowRoot.querySelector('button') : null;
  const cs = btn ? getComputedStyle(btn) : null;
  const br = btn ? btn.getBoundingClientRect() : null;
  const card = b.shadowRoot ? b.shadowRoot.querySelector('[role="group"]') : null;
  return {
    value: Number(b.getAttribute('data-value')), kind: b.getAttribute('data-kind') || '',
    before: b.previousSibling ? b.previousSibling.textContent || '' : '', parent: b.parentElement ? b.parentElement.tagName : '',
    width: r.width, height: r.height,
    button: cs ? { display: cs.display, visibility: cs.visibility, opacity: cs.opacity, fontSize: cs.fontSize, width: br.width, height: br.height } : null,
    shadowTags: b.shadowRoot ? Array.from(b.shadowRoot.querySelectorAll('*'), (e) => e.tagName.toLowerCase()) : [],
    cardText: card ? card.textContent || '' : '',
  };
})`;

/** The content script's marks ('crosscheck:start', 'crosscheck:skipped', 'crosscheck:badges'), in order. */
export const READ_MARKS = `performance.getEntriesByType('mark').filter((m) => m.name.startsWith('crosscheck:')).map((m) => ({ name: m.name, t: m.startTime }))`;

/** A mark as read from the page. */
export interface Mark {
  name: string;
  t: number;
}

/**
 * The content script's first run, from its marks: start → badges (the article path) or start →
 * skipped (the cheap check said no). Null while the run has not finished.
 */
export function firstRun(marks: readonly Mark[]): { outcome: 'badges' | 'skipped'; ms: number; startedAt: number } | null {
  const start = marks.find((m) => m.name === 'crosscheck:start');
  if (!start) return null;
  const end = marks.find((m) => m.t >= start.t && (m.name === 'crosscheck:badges' || m.name === 'crosscheck:skipped'));
  if (!end) return null;
  return { outcome: end.name === 'crosscheck:badges' ? 'badges' : 'skipped', ms: end.t - start.t, startedAt: start.t };
}

/**
 * The first analysing run split at its marks: cheap check + reading the article (start → read),
 * the background's analysis with the messaging both ways (read → analysed), placing the badges
 * (analysed → badges). Null when the run skipped or has not finished.
 */
export function phases(marks: readonly Mark[]): { read: number; analyse: number; mount: number } | null {
  const start = marks.find((m) => m.name === 'crosscheck:start');
  const after = (name: string, t: number): Mark | undefined => marks.find((m) => m.name === name && m.t >= t);
  const read = start && after('crosscheck:read', start.t);
  const analysed = read && after('crosscheck:analysed', read.t);
  const badges = analysed && after('crosscheck:badges', analysed.t);
  if (!start || !read || !analysed || !badges) return null;
  return { read: read.t - start.t, analyse: analysed.t - read.t, mount: badges.t - analysed.t };
}

/** The renderer's memory after a full garbage collection: V8 heap of all worlds, DOM nodes, JS listeners. */
export async function memoryAfterGc(cdp: CDPSession): Promise<{ heapUsed: number; nodes: number; listeners: number; documents: number }> {
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  const dom = (await cdp.send('Memory.getDOMCounters')) as { documents: number; nodes: number; jsEventListeners: number };
  return { heapUsed: heap.usedSize, nodes: dom.nodes, listeners: dom.jsEventListeners, documents: dom.documents };
}

/** The median and the nearest-rank p95 and max of some timings. */
export function summarize(xs: readonly number[]): { n: number; median: number; p95: number; max: number } {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number): number => s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))] ?? NaN;
  return { n: s.length, median: at(0.5), p95: at(0.95), max: s[s.length - 1] ?? NaN };
}
