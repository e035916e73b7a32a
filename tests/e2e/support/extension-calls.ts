/**
 * The extension APIs the scenarios need (tab ids, the toolbar badge, storage), called from inside an
 * extension page of whichever browser: its `browser` (Firefox) or `chrome` (Chromium) global.
 * Reached from an extension page rather than the background, since a stopped MV3 worker leaves
 * stale handles behind.
 */
import type { ExtensionBrowser, Tab } from './driver';

interface Api {
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
  storage: { local: { set(items: object): Promise<void> } };
  action?: { getBadgeText(d: object): Promise<string> };
  browserAction?: { getBadgeText(d: object): Promise<string> };
}

/** The global extension API inside an extension page (runs in the page, so it is self-contained). */
declare const globalThis: { browser?: Api; chrome?: Api };

type Calls = Pick<ExtensionBrowser, 'tabIdOf' | 'toolbarBadge' | 'setStorage'>;

/** The calls, given how the browser opens one of the extension's pages. */
export function extensionCalls(openExtensionPage: (pathAndQuery: string, readySelector: string) => Promise<Tab>): Calls {
  async function inExtensionPage<T, A>(fn: (arg: A) => Promise<T>, arg: A): Promise<T> {
    const page = await openExtensionPage('options.html', 'main');
    try {
      return await page.evaluate(fn, arg);
    } finally {
      await page.close();
    }
  }
  return {
    async tabIdOf(url) {
      const id = await inExtensionPage(async (u: string) => {
        const api = (globalThis.browser ?? globalThis.chrome) as Api;
        return (await api.tabs.query({})).find((t) => t.url?.startsWith(u))?.id ?? -1;
      }, url);
      if (id < 0) throw new Error(`no tab at ${url}`);
      return id;
    },
    toolbarBadge: (tabId) => inExtensionPage(async (id: number) => {
      const api = (globalThis.browser ?? globalThis.chrome) as Api;
      return (api.action ?? api.browserAction)?.getBadgeText({ tabId: id }) ?? '';
    }, tabId),
    setStorage: (items) => inExtensionPage(async (i: Record<string, unknown>) => {
      await ((globalThis.browser ?? globalThis.chrome) as Api).storage.local.set(i);
    }, items),
  };
}
