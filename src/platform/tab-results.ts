/**
 * Per-tab results, kept in storage.session so they survive the MV3 service worker being stopped
 * and restarted (memory alone would not), and vanish when the browser closes. Every supported
 * browser has storage.session: Chrome since 102, Firefox since 115 (the manifest asks for 142).
 */
import browser from 'webextension-polyfill';
import type { TabResult } from './messages';

const key = (tabId: number): string => `tab:${tabId}`;

/** Keeps a tab's result. The article's text is dropped: the popup needs figures and verdicts, not the page. */
export async function saveTabResult(tabId: number, result: TabResult): Promise<void> {
  const article = result.analysis.article;
  const slim: TabResult = { ...result, analysis: { ...result.analysis, article: { ...article, text: '', readLength: article.text.length } } };
  await browser.storage.session.set({ [key(tabId)]: slim });
}

/** The tab's result, or null. */
export async function getTabResult(tabId: number): Promise<TabResult | null> {
  return ((await browser.storage.session.get(key(tabId)))[key(tabId)] as TabResult | undefined) ?? null;
}

/** Forgets a tab (closed, navigated to a page that is not a Gaza-war article). */
export async function clearTabResult(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}

/** Calls `fn` whenever the tab's result changes (the page was analysed again, or cleared). */
export function watchTabResult(tabId: number, fn: (result: TabResult | null) => void): () => void {
  const listener = (changes: Record<string, browser.Storage.StorageChange>, area: string): void => {
    const change = changes[key(tabId)];
    if (area === 'session' && change) fn((change.newValue as TabResult | undefined) ?? null);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
