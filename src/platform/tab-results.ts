/**
 * Per-tab results, kept in storage.session so they survive the MV3 service worker being stopped
 * and restarted (memory alone would not). Falls back to memory where storage.session is missing.
 */
import browser from 'webextension-polyfill';
import type { TabResult } from './messages';

const key = (tabId: number): string => `tab:${tabId}`;
const memory = new Map<string, TabResult>();

type SessionArea = browser.Storage.StorageArea | undefined;
const session = (): SessionArea => (browser.storage as unknown as { session?: browser.Storage.StorageArea }).session;

/** Keeps a tab's result. The article's text is dropped: the popup needs figures and verdicts, not the page. */
export async function saveTabResult(tabId: number, result: TabResult): Promise<void> {
  const article = result.analysis.article;
  const slim: TabResult = { ...result, analysis: { ...result.analysis, article: { ...article, text: '', readLength: article.text.length } } };
  const area = session();
  if (area) await area.set({ [key(tabId)]: slim });
  else memory.set(key(tabId), slim);
}

/** The tab's result, or null. */
export async function getTabResult(tabId: number): Promise<TabResult | null> {
  const area = session();
  if (!area) return memory.get(key(tabId)) ?? null;
  return ((await area.get(key(tabId)))[key(tabId)] as TabResult | undefined) ?? null;
}

/** Forgets a tab (closed, navigated to a page that is not a Gaza-war article). */
export async function clearTabResult(tabId: number): Promise<void> {
  const area = session();
  if (area) await area.remove(key(tabId));
  else memory.delete(key(tabId));
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
