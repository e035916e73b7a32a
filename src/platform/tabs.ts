/** Tabs and the extension's own pages, as the background needs them. */
import browser from 'webextension-polyfill';

/** Opens one of the extension's pages (`/report.html?id=…`) in a new tab. */
export async function openExtensionPage(path: string): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(path) });
}

/** Calls `fn` with the id of every tab that closes. Returns a function that stops. */
export function onTabClosed(fn: (tabId: number) => void): () => void {
  const listener = (tabId: number): void => fn(tabId);
  browser.tabs.onRemoved.addListener(listener);
  return () => browser.tabs.onRemoved.removeListener(listener);
}

/** Opens a web address in a new tab (an article of the reader's library: its original page). */
export async function openWebPage(url: string): Promise<void> {
  await browser.tabs.create({ url });
}
