/**
 * The background speaks the interface's language: started in a browser whose UI language is
 * Arabic, the sentences it makes for the popup (why the page is about the war, how each figure
 * stands against the reports) come out in Arabic, from the browser's catalogue (here the same
 * messages.json files, through a stand-in for src/platform/i18n.ts).
 */
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readArticle } from '../../../src/article/read-article';
import type { TabResult } from '../../../src/platform/messages';
import { activeCatalogue, ENGLISH, setCatalogue } from '../../../src/wording/messages';
import { parseHtml } from '../../../scripts/lib/dom';
import { ARTICLE_HTML, freshBackground } from './controllers-fixtures';

/** Waits on real work (the background's analysis, fake-indexeddb), which a loaded machine slows: generous, never a timing assertion. */
const waitFor = <T>(check: () => T | Promise<T>): Promise<T> => vi.waitFor(check, { timeout: 15_000, interval: 20 });

vi.mock('../../../src/platform/i18n', async () => {
  const { readMessages } = await import('../support/catalogues');
  const arabic = readMessages('ar');
  return { browserUiLanguage: () => 'ar', browserMessage: (name: string) => arabic[name] ?? '' };
});

const URL_ = 'https://www.reuters.com/world/middle-east/khan-younis-2024-01-23/';
const TAB = { id: 7, url: URL_ };
const ARABIC = /[\u0600-\u06FF]/;

afterAll(() => setCatalogue(ENGLISH));

describe('the background in an Arabic browser', () => {
  beforeEach(() => {
    freshBackground(TAB);
  });

  it('makes its catalogue the interface\'s, and says why the page is about the war and how its figures stand in Arabic', async () => {
    expect(activeCatalogue().locale).toBe('ar');
    const article = readArticle(parseHtml(ARTICLE_HTML), { url: URL_ });
    await fakeBrowser.runtime.onMessage.trigger({ type: 'analyze-page', article, url: URL_, readMs: 1 }, { tab: TAB } as Parameters<typeof fakeBrowser.runtime.onMessage.trigger>[1], () => undefined);
    const stored = async (): Promise<TabResult | undefined> => (await fakeBrowser.storage.session.get('tab:7'))['tab:7'] as TabResult | undefined;
    await waitFor(async () => expect(await stored()).toBeDefined());
    const { analysis } = (await stored())!;
    expect(analysis.topic.gaza).toBe(true);
    expect(analysis.topic.reason).toMatch(/^عن الحرب على غزة: /);
    const explanations = analysis.alignments.map((a) => a.explanation);
    expect(explanations.length).toBeGreaterThan(0);
    for (const e of explanations) {
      expect(e).toMatch(ARABIC);
      expect(e).not.toMatch(/This page|a later count|same figure|more than the page/);
    }
  });
});
