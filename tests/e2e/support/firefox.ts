/**
 * The Firefox side of the end-to-end suites: puppeteer-core over WebDriver BiDi driving the system
 * Firefox ESR (Playwright cannot drive stock Firefox). Web pages reach the fixture server through it as an HTTP
 * proxy, so real news hostnames work without DNS.
 */
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { ExtensionBrowser, Tab } from './driver';
import { GECKO_ID } from '../../../scripts/lib/gecko-id';
import { builtExtension, findBrowser } from './browsers';
import { extensionCalls } from './extension-calls';
import { within } from './teardown';

function wrap(page: Page): Tab {
  return {
    evaluate: (fn, arg) => page.evaluate(fn as never, arg as never) as never,
    evaluateScript: async (source) => void (await page.evaluate(`${source}\n;0`)),
    waitFor: async (selector, timeoutMs = 10_000) => void (await page.waitForSelector(selector, { timeout: timeoutMs })),
    click: (selector) => page.click(selector),
    press: (key) => page.keyboard.press(key as never),
    screenshot: async (path, width) => {
      if (width) await page.setViewport({ width, height: 600 });
      await page.screenshot({ path: path as `${string}.png`, fullPage: !!width });
    },
    resize: (width, height) => page.setViewport({ width, height }),
    close: () => page.close(),
  };
}

/** Closes Firefox; if it has not exited after 30 s, kills it (puppeteer then removes its profile). */
async function closeFirefox(browser: Browser): Promise<void> {
  try {
    await within(browser.close(), 30_000, 'Firefox close');
  } catch (err) {
    console.warn(`${(err as Error).message}: killing it`);
    browser.process()?.kill('SIGKILL');
  }
}

/** Launch options beyond the defaults. */
export interface FirefoxOptions {
  /** HTTPS pages too: send them through the proxy (CONNECT) and accept any certificate (self-signed, made at test time). */
  https?: boolean;
  /**
   * The browser's interface language (Firefox's app locale, which WebExtension i18n follows);
   * English (en-US) unless asked. Set by the `intl.locale.requested` pref, and taken only when a
   * language pack for it is installed: Debian's firefox-esr-l10n-<lang> puts one in the app's
   * browser/extensions, which every profile loads. Without it the pref is ignored and Firefox stays
   * en-US, which is why {@link expectInterfaceLanguage} checks.
   */
  language?: string;
}

/**
 * Launches Firefox with the extension built in `extensionDir`, proxied through the fixture server.
 * Every request Firefox makes goes through that proxy, whose log (`proxyLog`) is the request record.
 */
export async function launchFirefox(executablePath: string, extensionDir: string, geckoId: string, proxyPort: number, proxyLog: () => { host: string; port: string; path: string }[], options: FirefoxOptions = {}): Promise<ExtensionBrowser & { browser: Browser }> {
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    args: ['--remote-allow-system-access'],
    ...(options.https ? { acceptInsecureCerts: true } : {}),
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }),
      'intl.locale.requested': options.language ?? 'en-US',
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxyPort,
      // HTTPS goes through the same proxy, as CONNECT tunnels.
      ...(options.https ? { 'network.proxy.ssl': '127.0.0.1', 'network.proxy.ssl_port': proxyPort } : {}),
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
    },
  });
  try {
    await browser.installExtension(resolve(extensionDir));
  } catch (err) {
    // The suite never gets this browser, so nobody else would close it.
    await closeFirefox(browser);
    throw err;
  }
  const origin = `moz-extension://${uuid}`;
  const openExtensionPage = async (pathAndQuery: string, readySelector: string): Promise<Page> => {
    const page = await browser.newPage();
    // goto never resolves on moz-extension:// pages (toolchain.md): fire it, then wait for content.
    void page.goto(`${origin}/${pathAndQuery}`).catch(() => undefined);
    // Polled rather than waitForSelector: an evaluation that lands while the tab is still switching
    // from about:blank to the extension page fails in BiDi, and must simply be tried again.
    const end = Date.now() + 30_000;
    while (Date.now() < end) {
      const found = await page.$(readySelector).catch(() => null);
      if (found) return page;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`${pathAndQuery}: ${readySelector} did not appear`);
  };
  return {
    name: 'firefox',
    language: options.language ?? 'en-US',
    browser,
    extensionOrigin: origin,
    async openPage(url) {
      const page = await browser.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return wrap(page);
    },
    async openExtensionPage(pathAndQuery, readySelector) {
      return wrap(await openExtensionPage(pathAndQuery, readySelector));
    },
    ...extensionCalls(async (pathAndQuery, readySelector) => wrap(await openExtensionPage(pathAndQuery, readySelector))),
    requests: () => proxyLog().map((r) => (r.path === 'CONNECT' ? `https://${r.host}:${r.port}/` : `http://${r.host}:${r.port || 80}${r.path}`)),
    stopBackground: async () => false,
    close: () => closeFirefox(browser),
  };
}

/** The system Firefox with the built MV2 extension (.output/firefox-mv2), or null when there is no Firefox here. */
export async function launchBuiltFirefox(server: { port: number; requests: { host: string; port: string; path: string }[] }, options: FirefoxOptions = {}): Promise<(ExtensionBrowser & { browser: Browser }) | null> {
  const exe = findBrowser('firefox');
  return exe ? launchFirefox(exe, builtExtension('.output/firefox-mv2'), GECKO_ID, server.port, () => server.requests, options) : null;
}
