import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { clearTabResult, getTabResult, saveTabResult, watchTabResult } from '../../../src/platform/tab-results';
import type { TabResult } from '../../../src/platform/messages';

const result = (title: string): TabResult => ({
  url: 'https://www.reuters.com/world/x',
  at: 1,
  analysis: {
    article: { title, text: 'The Gaza health ministry said 25,700 people had been killed.', date: '2024-01-24', publisher: 'Reuters', url: null, pageType: 'article', lang: 'en', truncated: false, fullLength: 60, updates: [] },
    topic: { gaza: true, isArticle: true, score: 0.9, terms: ['Gaza'], reason: '' },
    figures: [], related: [], alignments: [], inferredDate: null,
    timings: { readMs: 0, detectMs: 0, extractMs: 0, matchMs: 0, compareMs: 0, checkMs: 0 },
  },
});

describe('per-tab results', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps a result per tab, without the page text', async () => {
    await saveTabResult(3, result('A'));
    await saveTabResult(4, result('B'));
    const a = await getTabResult(3);
    expect(a?.analysis.article.title).toBe('A');
    expect(a?.analysis.article.text).toBe('');
    expect(a?.analysis.article.readLength).toBe(60);
    expect((await getTabResult(4))?.analysis.article.title).toBe('B');
  });

  it('forgets a closed tab', async () => {
    await saveTabResult(3, result('A'));
    await clearTabResult(3);
    expect(await getTabResult(3)).toBeNull();
  });

  it('tells a watcher when its tab\'s result changes, and only its tab', async () => {
    const seen: (string | null)[] = [];
    const stop = watchTabResult(3, (r) => seen.push(r?.analysis.article.title ?? null));
    await saveTabResult(4, result('other tab'));
    await saveTabResult(3, result('A'));
    await clearTabResult(3);
    stop();
    await saveTabResult(3, result('after stop'));
    expect(seen).toEqual(['A', null]);
  });
});
