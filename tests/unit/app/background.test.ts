import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readArticle } from '../../../src/article/read-article';
import type { PageVerdict, TabResult } from '../../../src/platform/messages';
import { parseHtml } from '../../../scripts/lib/dom';
import { ARTICLE_HTML, RECIPE_HTML, freshBackground } from './controllers-fixtures';

/** Waits on real work (the background's analysis, fake-indexeddb), which a loaded machine slows: generous, never a timing assertion. */
const waitFor = <T>(check: () => T | Promise<T>): Promise<T> => vi.waitFor(check, { timeout: 15_000, interval: 20 });

const URL_ = 'https://www.reuters.com/world/middle-east/khan-younis-2024-01-23/';
const TAB = { id: 7, url: URL_ };

/** Sends a message to the background as a tab's content script would, and returns its answer. */
async function fromTab<T>(message: object): Promise<T> {
  const answers = await fakeBrowser.runtime.onMessage.trigger(message, { tab: TAB } as Parameters<typeof fakeBrowser.runtime.onMessage.trigger>[1], () => undefined);
  return answers.find((a: unknown) => a !== undefined) as T;
}

const stored = async (): Promise<TabResult | undefined> => (await fakeBrowser.storage.session.get('tab:7'))['tab:7'] as TabResult | undefined;

describe('the background controller', () => {
  beforeEach(() => {
    freshBackground(TAB);
  });

  it('answers a Gaza-war page with the alignments that place its badges, and keeps the full result for the tab', async () => {
    const article = readArticle(parseHtml(ARTICLE_HTML), { url: URL_ });
    const verdict = await fromTab<PageVerdict>({ type: 'analyze-page', article, url: URL_, readMs: 1 });
    expect(verdict.gaza).toBe(true);
    const toll = verdict.badges.find((b) => b.alignment?.page.value === 25_490);
    expect(toll?.alignment?.kind).toBe('update');
    expect(toll?.alignment?.others.map((o) => o.value)).toContain(25_700);
    // The answer carries only what places badges; the tab's result (for the popup) follows in storage.
    expect(Object.keys(verdict).sort()).toEqual(['badges', 'gaza']);
    // What each badge shows is worked out here: the toll is the bulletin of its day, its card credits the series.
    expect(toll?.face).toMatchObject({ value: 25_490, measure: 'killed.palestinians.cumulative', kind: 'update', reference: 'matches' });
    expect(toll?.face.label).toMatch(/\S/);
    expect(toll?.figure?.reference).toMatchObject({ series: 'gaza-moh-killed', verdict: 'matches', bulletin: '2024-01-23', days: 0 });
    expect(toll?.series?.id).toBe('gaza-moh-killed');
    expect(verdict.badges.every((b) => b.alignment || b.figure?.reference)).toBe(true);
    expect(verdict.badges.map((b) => b.start)).toEqual([...verdict.badges.map((b) => b.start)].sort((x, y) => x - y));
    await waitFor(async () => expect(await stored()).toBeDefined());
    const kept = await stored();
    expect(kept?.url).toBe(URL_);
    expect(kept?.analysis.topic.gaza).toBe(true);
    expect(kept?.analysis.related.length).toBeGreaterThan(0);
    expect(kept?.analysis.article.text).toBe(''); // the page's text is never kept
  });

  it('forgets a tab when its page is cleared, and when the tab closes', async () => {
    const article = readArticle(parseHtml(ARTICLE_HTML), { url: URL_ });
    await fromTab({ type: 'analyze-page', article, url: URL_, readMs: 1 });
    await waitFor(async () => expect(await stored()).toBeDefined());
    await fromTab({ type: 'page-cleared', url: URL_, reason: 'not about the Gaza war' });
    await waitFor(async () => expect(await stored()).toBeUndefined());

    await fromTab({ type: 'analyze-page', article, url: URL_, readMs: 1 });
    await waitFor(async () => expect(await stored()).toBeDefined());
    await fakeBrowser.tabs.onRemoved.trigger(7, { windowId: 1, isWindowClosing: false });
    await waitFor(async () => expect(await stored()).toBeUndefined());
  });

  it('says a page about something else is not about the war', async () => {
    const article = readArticle(parseHtml(RECIPE_HTML), { url: 'https://www.reuters.com/lifestyle/squash/' });
    const verdict = await fromTab<PageVerdict>({ type: 'analyze-page', article, url: article.url, readMs: 1 });
    expect(verdict.gaza).toBe(false);
    expect(verdict.badges).toEqual([]);
  });

  it('gives the popup the tab result, the corpus summary, a report and search hits', async () => {
    const article = readArticle(parseHtml(ARTICLE_HTML), { url: URL_ });
    await fromTab({ type: 'analyze-page', article, url: URL_, readMs: 1 });
    await waitFor(async () => expect(await stored()).toBeDefined());
    const tab = await fromTab<TabResult | null>({ type: 'get-tab', tabId: 7 });
    expect(tab?.analysis.alignments.length).toBeGreaterThan(0);
    const info = await fromTab<{ count: number; from: string; to: string }>({ type: 'corpus-info' });
    expect(info).toMatchObject({ count: 3, from: '2024-01-24', to: '2024-04-07' });
    const hits = await fromTab<{ id: string }[]>({ type: 'search', query: 'Khan Younis ceasefire' });
    expect(hits.length).toBeGreaterThan(0);
    const report = await fromTab<{ id: string; text: string } | null>({ type: 'get-report', id: hits[0]!.id });
    expect(report?.text.length).toBeGreaterThan(500);
    expect(await fromTab({ type: 'get-report', id: 'no-such-report' })).toBeNull();
  });

  it('opens a report in a new tab of its own page', async () => {
    await fromTab({ type: 'open-report', id: '000_9652a0e73c984a98' });
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.map((t) => t.url)).toContain('chrome-extension://test-extension-id/report.html?id=000_9652a0e73c984a98');
  });
});
