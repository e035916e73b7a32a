/**
 * The one interface the shared scenarios drive, implemented for Chromium (playwright-core) and
 * Firefox (puppeteer-core over WebDriver BiDi). Scenarios never see which browser they run in.
 */

/** A tab: a news page or an extension page. */
export interface Tab {
  /** Runs `fn` in the page's main world. */
  evaluate<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  /** Runs a script's source in the page's main world, bypassing the page's CSP (e.g. axe-core). */
  evaluateScript(source: string): Promise<void>;
  /** Waits until `selector` matches an element (light DOM). */
  waitFor(selector: string, timeoutMs?: number): Promise<void>;
  click(selector: string): Promise<void>;
  /** Presses a key on the focused element. */
  press(key: string): Promise<void>;
  /** A PNG of the page; with `width`, the viewport is set to that width and the whole page is taken. */
  screenshot(path: string, width?: number): Promise<void>;
  /** Sets the viewport's size in CSS pixels. */
  resize(width: number, height: number): Promise<void>;
  close(): Promise<void>;
}

/** A browser with the built extension loaded. */
export interface ExtensionBrowser {
  name: 'chromium' | 'firefox';
  /** The interface language the browser was asked to launch in ("ar"; "en-US" unless a suite asked for another). */
  language: string;
  /** chrome-extension://ID or moz-extension://UUID. */
  extensionOrigin: string;
  /** Opens a web page in a new tab and waits for it to load. */
  openPage(url: string): Promise<Tab>;
  /** Opens an extension page ("popup.html?tab=3") in a new tab and waits for `readySelector`. */
  openExtensionPage(pathAndQuery: string, readySelector: string): Promise<Tab>;
  /** The browser's tab id of the open tab whose URL starts with `url`. */
  tabIdOf(url: string): Promise<number>;
  /** The text on the extension's toolbar icon for a tab. */
  toolbarBadge(tabId: number): Promise<string>;
  /** Sets the user settings in the extension's storage.local, as the options page would. */
  setStorage(items: Record<string, unknown>): Promise<void>;
  /**
   * Every request made by the browser contexts under test (web pages, the content scripts in them,
   * extension pages and the background), as URLs. Browser-internal traffic (updaters) is not in it.
   */
  requests(): string[];
  /** Stops the extension's background (MV3 service worker), where the browser allows it. */
  stopBackground(): Promise<boolean>;
  close(): Promise<void>;
}

/** Polls `fn` until it returns a truthy value or the time runs out (then returns the last value). */
export async function eventually<T>(fn: () => Promise<T>, timeoutMs = 10_000, stepMs = 100): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last = await fn();
  while (!last && Date.now() < end) {
    await new Promise((r) => setTimeout(r, stepMs));
    last = await fn();
  }
  return last;
}
