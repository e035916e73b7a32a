/**
 * The end-to-end scenarios, written once and run in every browser (chromium.e2e.ts, firefox.e2e.ts).
 * Each page is a fixture of our own writing, served from 127.0.0.1 under a real news hostname.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type FixtureServer } from './support/server';
import { closeEach } from './support/teardown';
import { eventually, type ExtensionBrowser } from './support/driver';
import { axeViolations, badgesSettled, countBadges, mostBadges, popupFor, popupState, readBadges, readyPopup } from './support/page-objects';

export const ARTIFACTS = join(import.meta.dirname, 'artifacts');

const GAZA_PAGE = { host: 'www.reuters.com', path: 'reuters/khan-younis-truce.html' };
interface Expected { badges: { text: string; value: number; kind: string }[]; related: string[] }
const EXPECTED = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'pages', 'reuters', 'khan-younis-truce.expected.json'), 'utf8')) as Expected;

// Not www.bbc.com: it is on the HSTS preload list, so a browser will not load it over plain HTTP.
const OTHER_PAGE = { host: 'www.reuters.com', path: 'bbc/kharkiv-strikes.html' };
/** A page whose toll no corpus report gives: only the official series can check it. */
const OFFICIAL_PAGE = { host: 'apnews.com', path: 'apnews/truce-second-day.html' };

/** Time for one scenario: generous, for a two-core machine that other work is loading too. */
const TEST_MS = 120_000;

/** How a scenario gets a browser: launched once per suite, given the fixture server. */
export type Launch = (server: FixtureServer) => Promise<ExtensionBrowser | null>;

/** Registers every scenario for one browser. */
export function defineScenarios(name: string, launch: Launch): void {
  describe(`Crosscheck in ${name}`, () => {
    let server: FixtureServer;
    let browser: ExtensionBrowser | null = null;

    beforeAll(async () => {
      mkdirSync(ARTIFACTS, { recursive: true });
      server = await startServer();
      browser = await launch(server);
    }, 150_000);

    afterAll(async () => {
      // Each guarded: a browser that failed to launch or to close does not leave the server open.
      await closeEach([['browser', browser && (() => browser!.close())], ['server', server && (() => server!.close())]]);
    });

    it('loads the extension and analyses a Gaza-war article on a news site', async (ctx) => {
      if (!browser) return ctx.skip();
      const url = server.url(GAZA_PAGE.host, GAZA_PAGE.path);
      const page = await browser.openPage(url);
      // The content script has run when the background holds a result for the tab.
      const popup = await readyPopup(browser!, url);
      expect(popup, 'the popup never showed a result for the tab').toBeTruthy();
      const verdict = await popup!.evaluate(() => document.querySelector('[data-testid="popup-verdict"]')?.textContent ?? '');
      expect(verdict).toMatch(/Gaza/);
      await popup!.screenshot(join(ARTIFACTS, `${name}-popup.png`), 400);
      await popup!.close();
      await page.close();
    }, TEST_MS);

    it('puts badges beside exactly the figures that corpus reports also give, with the right kinds', async (ctx) => {
      if (!browser) return ctx.skip();
      const page = await browser.openPage(server.url(GAZA_PAGE.host, GAZA_PAGE.path));
      const badges = await badgesSettled(page, EXPECTED.badges.length);
      expect(badges.map((b) => `${b.value}:${b.kind}`).sort()).toEqual(EXPECTED.badges.map((b) => `${b.value}:${b.kind}`).sort());
      for (const b of badges) {
        const want = EXPECTED.badges.find((e) => e.value === b.value);
        expect(b.before.endsWith(want?.text ?? '?'), `badge ${b.value} stands right after its figure`).toBe(true);
      }
      // Badges add no text: the article reads (and copies) as it was served.
      const same = await page.evaluate(async () => {
        const served = new DOMParser().parseFromString(await (await fetch(location.href)).text(), 'text/html');
        return served.querySelector('article')?.textContent === document.querySelector('article')?.textContent;
      });
      expect(same).toBe(true);
      await page.screenshot(join(ARTIFACTS, `${name}-badges.png`));
      await page.close();
    }, TEST_MS);

    it('checks a toll no report gives against the ministry\'s bulletins: badge, card, popup timeline, axe', async (ctx) => {
      if (!browser) return ctx.skip();
      const url = server.url(OFFICIAL_PAGE.host, OFFICIAL_PAGE.path);
      const page = await browser.openPage(url);
      // The page (24 Nov 2023) gives 13,000 dead: the bulletin of 19 Nov; by its date it was 14,800.
      const badges = await badgesSettled(page, 1);
      expect(badges.map((b) => `${b.value}:${b.kind}:${b.reference}`)).toEqual(['13000::stale']);
      expect(badges[0]?.before.endsWith('13,000')).toBe(true);
      const card = await page.evaluate(() => {
        const host = document.querySelector('crosscheck-badge[data-reference="stale"]');
        const button = host?.shadowRoot?.querySelector('button');
        button?.focus();
        button?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
        button?.click();
        return host?.shadowRoot?.textContent ?? '';
      });
      expect(card).toMatch(/14,800/);
      expect(card).toMatch(/19 Nov/);
      expect(await axeViolations(page, 'crosscheck-badge[data-reference="stale"]')).toEqual([]);
      const popup = await popupFor(browser, url);
      const plot = await eventually(() => popup.evaluate(() => {
        const fig = document.querySelector('[data-testid="official-timeline"][data-series="gaza-moh-killed"]');
        return fig ? { marks: fig.querySelectorAll('.mark-page').length, paths: fig.querySelectorAll('path.series').length } : null;
      }), 30_000, 300);
      expect(plot?.marks).toBeGreaterThan(0);
      expect(plot?.paths).toBeGreaterThan(0);
      expect(await axeViolations(popup)).toEqual([]);
      await popup.screenshot(join(ARTIFACTS, `${name}-popup-timeline.png`), 400);
      await popup.close();
      await page.close();
    }, TEST_MS);

    it('counts the differing figures on the toolbar icon, and shows nothing on other pages', async (ctx) => {
      if (!browser) return ctx.skip();
      const url = server.url(GAZA_PAGE.host, GAZA_PAGE.path);
      const page = await browser.openPage(url);
      await badgesSettled(page, EXPECTED.badges.length);
      const differing = EXPECTED.badges.filter((b) => b.kind !== 'agrees').length;
      const tabId = await browser.tabIdOf(url);
      expect(await eventually(async () => (await browser!.toolbarBadge(tabId)) === String(differing), 30_000)).toBe(true);
      const otherUrl = server.url(OTHER_PAGE.host, OTHER_PAGE.path);
      const other = await browser.openPage(otherUrl);
      const otherId = await browser.tabIdOf(otherUrl);
      await new Promise((r) => setTimeout(r, 500));
      expect(await browser.toolbarBadge(otherId)).toBe('');
      await other.close();
      await page.close();
    }, TEST_MS);

    it('analyses again after single-page-app navigations, without duplicate badges', async (ctx) => {
      if (!browser) return ctx.skip();
      const page = await browser.openPage(server.url(GAZA_PAGE.host, 'reuters/spa.html'));
      await countBadges(page);
      const open = (story: string, path: string) =>
        page.evaluate((a) => (window as unknown as { openStory(s: string, p: string): Promise<void> }).openStory(a.story, a.path), { story, path });
      const want = EXPECTED.badges.map((b) => `${b.value}:${b.kind}`).sort();
      const asWanted = async () => {
        const badges = await readBadges(page);
        return JSON.stringify(badges.map((b) => `${b.value}:${b.kind}`).sort()) === JSON.stringify(want) ? badges : null;
      };
      await new Promise((r) => setTimeout(r, 800));
      expect(await readBadges(page)).toEqual([]);
      await open('/reuters/khan-younis-truce.html', '/reuters/world/khan-younis-1');
      expect((await badgesSettled(page, EXPECTED.badges.length)).length).toBe(EXPECTED.badges.length);
      await open('/bbc/kharkiv-strikes.html', '/reuters/world/kharkiv');
      expect(await eventually(async () => (await readBadges(page)).length === 0, 30_000)).toBe(true);
      await open('/reuters/khan-younis-truce.html', '/reuters/world/khan-younis-2');
      expect(await eventually(asWanted, 30_000, 200), 'the second story\'s badges').not.toBeNull();
      // The content script may analyse again (the URL change is seen up to a second later): it takes
      // its badges away and places them anew, so the final read waits for them rather than reading
      // once. A duplicate at any moment shows in the page's own count of the most badges at once.
      await new Promise((r) => setTimeout(r, 1500)); // time for a late duplicate to be placed, were there one
      expect(await eventually(asWanted, 30_000, 200), 'the badges after the late runs').not.toBeNull();
      expect(await mostBadges(page), 'the most badges the page ever held at once').toBe(EXPECTED.badges.length);
      await page.close();
    }, TEST_MS);

    it('analyses an article that loads after the page', async (ctx) => {
      if (!browser) return ctx.skip();
      const page = await browser.openPage(server.url(GAZA_PAGE.host, 'reuters/late-article.html'));
      const badges = await badgesSettled(page, EXPECTED.badges.length);
      expect(badges.map((b) => `${b.value}:${b.kind}`).sort()).toEqual(EXPECTED.badges.map((b) => `${b.value}:${b.kind}`).sort());
      await page.close();
    }, TEST_MS);

    it('opens a badge card from the keyboard, listing each report with its value, and the card passes axe', async (ctx) => {
      if (!browser) return ctx.skip();
      const page = await browser.openPage(server.url(GAZA_PAGE.host, GAZA_PAGE.path));
      await badgesSettled(page, EXPECTED.badges.length);
      const card = await page.evaluate(() => {
        const badge = Array.from(document.querySelectorAll('crosscheck-badge')).find((b) => b.getAttribute('data-kind') === 'update');
        const button = badge?.shadowRoot?.querySelector('button');
        button?.focus();
        const panel = badge?.shadowRoot?.querySelector('[role="group"]') as HTMLElement | null;
        return { open: panel ? !panel.hidden : false, expanded: button?.getAttribute('aria-expanded'), text: panel?.textContent ?? '', label: button?.textContent ?? '' };
      });
      expect(card.open).toBe(true);
      expect(card.expanded).toBe('true');
      expect(card.text).toMatch(/25,490/);
      expect(card.text).toMatch(/25,700/);
      expect(card.label).toMatch(/Crosscheck/);
      expect(await axeViolations(page, 'crosscheck-badge[data-kind="update"]')).toEqual([]);
      // The card's link opens the report page in a tab of its own.
      await page.evaluate(() => {
        const badge = document.querySelector('crosscheck-badge[data-kind="update"]');
        (badge?.shadowRoot?.querySelector('button.open') as HTMLElement | null)?.click();
      });
      const reportTab = await eventually(() => browser!.tabIdOf(`${browser!.extensionOrigin}/report.html?id=`).catch(() => null), 30_000);
      expect(reportTab).not.toBeNull();
      await page.close();
    }, TEST_MS);

    it('lists the related reports and the figures in the popup, which passes axe', async (ctx) => {
      if (!browser) return ctx.skip();
      const url = server.url(GAZA_PAGE.host, GAZA_PAGE.path);
      const page = await browser.openPage(url);
      await badgesSettled(page, EXPECTED.badges.length);
      const popup = await popupFor(browser, url);
      const shown = await popup.evaluate(() => ({
        related: Array.from(document.querySelectorAll('[data-testid="related-item"]'), (e) => e.getAttribute('data-report-id')),
        kinds: Array.from(document.querySelectorAll('[data-testid="figure-row"]'), (e) => e.getAttribute('data-kind')),
      }));
      expect(shown.related.slice(0, 2).sort()).toEqual([...EXPECTED.related].sort());
      expect(shown.kinds.length).toBeGreaterThanOrEqual(EXPECTED.badges.length);
      // A related report opens the report page: one whose page is not open yet (the card's test opened one).
      const reportOpen = (rid: string) => browser!.tabIdOf(`${browser!.extensionOrigin}/report.html?id=${rid}`).then(() => true, () => false);
      let id = '';
      for (const rid of EXPECTED.related) if (!id && !(await reportOpen(rid))) id = rid;
      expect(id, 'a related report whose page is not open yet').not.toBe('');
      await popup.click(`[data-testid="related-item"][data-report-id="${id}"] a`);
      expect(await eventually(() => browser!.tabIdOf(`${browser!.extensionOrigin}/report.html?id=${id}`).catch(() => null), 30_000)).not.toBeNull();
      expect(await axeViolations(popup)).toEqual([]);
      await popup.close();
      await page.close();
    }, TEST_MS);

    it('removes the badges when the site is turned off in the popup, and brings them back', async (ctx) => {
      if (!browser) return ctx.skip();
      const url = server.url(GAZA_PAGE.host, GAZA_PAGE.path);
      const page = await browser.openPage(url);
      await badgesSettled(page, EXPECTED.badges.length);
      const popup = await popupFor(browser, url);
      const toggle = '[data-testid="site-toggle"]';
      expect(await popup.evaluate((sel) => (document.querySelector(sel) as HTMLInputElement | null)?.checked, toggle)).toBe(true);
      await popup.click(toggle);
      const gone = await eventually(async () => (await readBadges(page)).length === 0, 30_000);
      expect(gone).toBe(true);
      await popup.click(toggle);
      expect((await badgesSettled(page, EXPECTED.badges.length)).length).toBe(EXPECTED.badges.length);
      // Leave the settings as every other scenario expects them, whatever happened above.
      await browser.setStorage({ settings: { version: 2, enabled: true, badges: true, disabledSites: [] } });
      await popup.close();
      await page.close();
    }, TEST_MS);

    it('opens a report page with its figures highlighted; it and the options page pass axe', async (ctx) => {
      if (!browser) return ctx.skip();
      const report = await browser.openExtensionPage('report.html?id=000_9652a0e73c984a98', '[data-testid="report-title"]');
      const marks = await report.evaluate(() => Array.from(document.querySelectorAll('[data-testid="report-figure"]'), (m) => m.textContent));
      expect(marks).toContain('25,490');
      expect(await axeViolations(report)).toEqual([]);
      await report.close();
      const options = await browser.openExtensionPage('options.html', '[data-testid="opt-corpus"]');
      expect(await axeViolations(options)).toEqual([]);
      await options.close();
    }, TEST_MS);

    it('keeps the tab\'s results when the background is stopped and restarted', async (ctx) => {
      if (!browser) return ctx.skip();
      const url = server.url(GAZA_PAGE.host, GAZA_PAGE.path);
      const page = await browser.openPage(url);
      const before = await badgesSettled(page, EXPECTED.badges.length);
      // Firefox's MV2 background is a persistent page: there is no worker to stop.
      if (!(await browser.stopBackground())) return ctx.skip();
      const popup = await popupFor(browser, url);
      expect(await popupState(popup)).toBe('ready');
      expect(await popup.evaluate(() => document.querySelectorAll('[data-testid="related-item"]').length)).toBeGreaterThan(0);
      expect(await readBadges(page)).toEqual(before);
      await popup.close();
      await page.close();
    }, TEST_MS);

    it('says a page about another war is not a Gaza-war article, with no badges', async (ctx) => {
      if (!browser) return ctx.skip();
      const url = server.url(OTHER_PAGE.host, OTHER_PAGE.path);
      const page = await browser.openPage(url);
      const popup = await popupFor(browser, url);
      const state = await eventually(async () => {
        const s = await popupState(popup);
        return s === 'not-gaza' || s === 'empty' ? s : null;
      }, 30_000);
      expect(state).not.toBeNull();
      expect(await page.evaluate(() => document.querySelectorAll('crosscheck-badge').length)).toBe(0);
      await popup.close();
      await page.close();
    }, TEST_MS);

    it('sends nothing anywhere: every request the browser made was for a test page', async (ctx) => {
      if (!browser) return ctx.skip();
      // Runs last: by now the background, popup, options, report page and content scripts have all run.
      const fixtureHosts = new Set([GAZA_PAGE.host, OTHER_PAGE.host, OFFICIAL_PAGE.host]);
      const seen = browser.requests();
      // Fixture pages and their own fetches of other fixtures are the test's traffic, not the extension's.
      const stray = seen.filter((u) => {
        if (u.startsWith(browser!.extensionOrigin)) return false; // the extension's own files
        const url = new URL(u);
        return !(fixtureHosts.has(url.hostname) && Number(url.port) === server.port && (url.pathname.endsWith('.html') || url.pathname === '/favicon.ico'));
      });
      expect(seen.length).toBeGreaterThan(0);
      expect(stray).toEqual([]);
    });
  });
}
