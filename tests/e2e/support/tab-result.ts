/**
 * Reads the result the extension keeps for a tab (storage.session, key "tab:ID": what the popup
 * shows), from one extension page kept open for the purpose, so polling it costs no new tab.
 */
import type { TabResult } from '../../../src/platform/messages';
import type { ExtensionBrowser, Tab } from './driver';

interface SessionApi {
  storage: { session: { get(key: string): Promise<Record<string, unknown>> } };
}

/** The global extension API inside an extension page (runs in the page, so it is self-contained). */
declare const globalThis: { browser?: SessionApi; chrome?: SessionApi };

/** An open extension page that reads tab results. */
export interface TabResults {
  /** The tab's kept result, or null when there is none (not analysed, or cleared). */
  get(tabId: number): Promise<TabResult | null>;
  close(): Promise<void>;
}

/** Opens the reading page (the options page: any extension page would do). */
export async function openTabResults(b: ExtensionBrowser): Promise<TabResults> {
  const page: Tab = await b.openExtensionPage('options.html', 'main');
  return {
    get: (tabId) => page.evaluate(async (id: number) => {
      const api = (globalThis.browser ?? globalThis.chrome) as SessionApi;
      const key = `tab:${id}`;
      return ((await api.storage.session.get(key))[key] as TabResult | undefined) ?? null;
    }, tabId),
    close: () => page.close(),
  };
}
