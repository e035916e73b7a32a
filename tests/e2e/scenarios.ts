/**
 * The end-to-end scenarios, written once and run in every browser (chromium.e2e.ts, firefox.e2e.ts).
 * Each page is a fixture of our own writing, served from 127.0.0.1 under a real news hostname.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type FixtureServer } from './support/server';
import { eventually, type ExtensionBrowser, type Tab } from './support/driver';

export const ARTIFACTS = join(import.meta.dirname, 'artifacts');

const GAZA_PAGE = { host: 'www.reuters.com', path: 'reuters/khan-younis-truce.html' };
const OTHER_PAGE = { host: 'www.bbc.com', path: 'bbc/kharkiv-strikes.html' };

/** How a scenario gets a browser: launched once per suite, given the fixture server. */
export type Launch = (server: FixtureServer) => Promise<ExtensionBrowser | null>;

/** The popup for the tab showing `url`, once it has settled out of its loading state. */
export async function popupFor(b: ExtensionBrowser, url: string): Promise<Tab> {
  const tabId = await b.tabIdOf(url);
  const popup = await b.openExtensionPage(`popup.html?tab=${tabId}`, '[data-testid="popup-state"]');
  await eventually(() => popup.evaluate(() => document.querySelector('[data-testid="popup-state"]')?.getAttribute('data-state') !== 'loading'));
  return popup;
}

const popupState = (popup: Tab): Promise<string | null> =>
  popup.evaluate(() => document.querySelector('[data-testid="popup-state"]')?.getAttribute('data-state') ?? null);

/** Registers every scenario for one browser. */
export function defineScenarios(name: string, launch: Launch): void {
  describe(`Crosscheck in ${name}`, () => {
    let server: FixtureServer;
    let browser: ExtensionBrowser | null = null;

    beforeAll(async () => {
      mkdirSync(ARTIFACTS, { recursive: true });
      server = await startServer();
      browser = await launch(server);
    }, 120_000);

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('loads the extension and analyses a Gaza-war article on a news site', async (ctx) => {
      if (!browser) return ctx.skip();
      const url = server.url(GAZA_PAGE.host, GAZA_PAGE.path);
      const page = await browser.openPage(url);
      // The content script has run when the background holds a result for the tab.
      const popup = await eventually(async () => {
        const p = await popupFor(browser!, url);
        if ((await popupState(p)) === 'ready') return p;
        await p.close();
        return null;
      }, 20_000, 500);
      expect(popup, 'the popup never showed a result for the tab').toBeTruthy();
      const verdict = await popup!.evaluate(() => document.querySelector('[data-testid="popup-verdict"]')?.textContent ?? '');
      expect(verdict).toMatch(/Gaza/);
      await popup!.screenshot(join(ARTIFACTS, `${name}-popup.png`));
      await popup!.close();
      await page.close();
    }, 60_000);

    it('says a page about another war is not a Gaza-war article, with no badges', async (ctx) => {
      if (!browser) return ctx.skip();
      const url = server.url(OTHER_PAGE.host, OTHER_PAGE.path);
      const page = await browser.openPage(url);
      const popup = await popupFor(browser, url);
      const state = await eventually(async () => {
        const s = await popupState(popup);
        return s === 'not-gaza' || s === 'empty' ? s : null;
      }, 10_000);
      expect(state).not.toBeNull();
      expect(await page.evaluate(() => document.querySelectorAll('crosscheck-badge').length)).toBe(0);
      await popup.close();
      await page.close();
    }, 60_000);
  });
}
