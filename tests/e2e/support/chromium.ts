/** The Chromium side of the end-to-end suites: playwright-core driving the system Chromium. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { eventually, type ExtensionBrowser, type Tab } from './driver';
import { builtExtension, findBrowser } from './browsers';
import { extensionCalls } from './extension-calls';

/** Flags measured to work on this kind of machine: no outside connections (they are refused here and would only slow the browser), no GPU. */
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];

function wrap(page: Page): Tab {
  return {
    evaluate: (fn, arg) => page.evaluate(fn as never, arg as never),
    evaluateScript: async (source) => void (await page.evaluate(`${source}\n;0`)),
    waitFor: async (selector, timeoutMs = 10_000) => void (await page.waitForSelector(selector, { state: 'attached', timeout: timeoutMs })),
    click: (selector) => page.click(selector),
    press: (key) => page.keyboard.press(key),
    screenshot: async (path, width) => {
      if (width) await page.setViewportSize({ width, height: 600 });
      await page.screenshot({ path, fullPage: !!width });
    },
    resize: (width, height) => page.setViewportSize({ width, height }),
    close: () => page.close(),
  };
}

/** Launch options beyond the defaults. */
export interface LaunchOptions {
  /** Accept any certificate (the HTTPS test servers' are self-signed, made at test time). */
  ignoreHTTPSErrors?: boolean;
  /**
   * The browser's interface language (what `i18n.getUILanguage()` gives and which `_locales` the
   * extension speaks); English (en-US) unless asked, whatever the machine's locale.
   */
  language?: string;
}

/**
 * The environment that sets Chromium's interface language on Linux. Chromium there reads the
 * `LANGUAGE` variable (a gettext priority list) before the C locale; `--lang` and the profile's
 * `intl.app_locale` are not read on Linux (measured on Chromium 156, headless). A language is
 * taken only when its resource pack is installed (`locales/<lang>.pak`): Debian's chromium package
 * ships en-US alone, the others are in chromium-l10n. Without it every language silently stays
 * en-US, which is why {@link expectInterfaceLanguage} checks.
 */
export const chromiumLanguageEnv = (language: string): NodeJS.ProcessEnv => ({ ...process.env, LANGUAGE: language });

/**
 * Launches Chromium with the extension built in `extensionDir`. Every request goes through the
 * fixture server as a proxy (`proxyPort`): real news hostnames reach the fixtures, and any other
 * request the browser makes is seen and logged there.
 */
export async function launchChromium(executablePath: string, extensionDir: string, proxyPort: number, options: LaunchOptions = {}): Promise<ExtensionBrowser & { context: BrowserContext }> {
  const ext = resolve(extensionDir);
  const profile = mkdtempSync(join(tmpdir(), 'crosscheck-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    env: chromiumLanguageEnv(options.language ?? 'en-US'),
    ignoreHTTPSErrors: !!options.ignoreHTTPSErrors,
    args: [...FLAGS, `--proxy-server=http://127.0.0.1:${proxyPort}`, '--proxy-bypass-list=<-loopback>',
      ...(options.ignoreHTTPSErrors ? ['--ignore-certificate-errors'] : []),
      `--disable-extensions-except=${ext}`, `--load-extension=${ext}`],
  });
  const removeProfile = (): void => rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  // Page, extension-page and service-worker requests are all reported on the context.
  const requests: string[] = [];
  context.on('request', (r) => void requests.push(r.url()));
  let worker: Worker;
  try {
    // Generous: on a loaded two-core machine the extension's worker can take a while to start.
    worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 60_000 }));
  } catch (err) {
    // The suite never gets this browser, so nobody else would close it.
    await context.close().catch(() => undefined);
    removeProfile();
    throw err;
  }
  const origin = `chrome-extension://${new URL(worker.url()).host}`;
  const openExtensionPage = async (pathAndQuery: string, readySelector: string): Promise<Tab> => {
    const page = await context.newPage();
    await page.goto(`${origin}/${pathAndQuery}`);
    await page.waitForSelector(readySelector, { state: 'attached', timeout: 30_000 });
    return wrap(page);
  };
  const calls = extensionCalls(openExtensionPage);
  return {
    name: 'chromium',
    language: options.language ?? 'en-US',
    context,
    extensionOrigin: origin,
    async openPage(url) {
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return wrap(page);
    },
    openExtensionPage,
    ...calls,
    requests: () => [...requests],
    async stopBackground() {
      // Closing the worker's target through CDP is what Chromium does when it idles the worker out.
      const page = context.pages()[0] ?? (await context.newPage());
      const cdp = await context.newCDPSession(page);
      const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { targetId: string; type: string; url: string }[] };
      const target = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(origin));
      if (!target) return false;
      await cdp.send('Target.closeTarget', { targetId: target.targetId });
      // Only report success once the worker is really gone.
      const gone = await eventually(async () => {
        const now = (await cdp.send('Target.getTargets')) as { targetInfos: { targetId: string }[] };
        return !now.targetInfos.some((t) => t.targetId === target.targetId);
      }, 20_000);
      await cdp.detach();
      if (!gone) throw new Error('the service worker did not stop');
      return true;
    },
    async close() {
      try {
        await context.close();
      } finally {
        removeProfile();
      }
    },
  };
}

/** The system Chromium with the built MV3 extension (.output/chrome-mv3), or null when there is no Chromium here. */
export async function launchBuiltChromium(proxyPort: number, options: LaunchOptions = {}): Promise<(ExtensionBrowser & { context: BrowserContext }) | null> {
  const exe = findBrowser('chromium');
  return exe ? launchChromium(exe, builtExtension('.output/chrome-mv3'), proxyPort, options) : null;
}
