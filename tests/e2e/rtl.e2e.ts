/**
 * Right-to-left pages and the interface in Arabic, in Chromium and Firefox (issue 16, points 3 and
 * 5). Each browser is launched with its interface in Arabic, and fails loudly when it could not be
 * (support/interface-language.ts), never passing in English. On an Arabic and a Hebrew news page of
 * our own (tests/fixtures/pages/rtl/): a badge after each checked figure in reading order (in the
 * DOM, right after the figure's text, and on screen to its left, or on a later line), the page's
 * text unchanged, every badge's card inside the viewport, at a wide and a narrow window and at the
 * line's left and right edges. Then the popup on the Arabic page: Arabic, right to left, axe clean,
 * and the engine's sentences in Arabic too.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS } from './scenarios';
import { launchBuiltChromium } from './support/chromium';
import { eventually, type ExtensionBrowser, type Tab } from './support/driver';
import { launchBuiltFirefox } from './support/firefox';
import { expectInterfaceLanguage } from './support/interface-language';
import { axeViolations, badgesSettled, readyPopup } from './support/page-objects';
import { openCard, openCardsEverywhere, placedBadges, textWithoutBadges } from './support/rtl-page';
import { startServer, type FixtureServer } from './support/server';
import { closeEach } from './support/teardown';

/** A right-to-left page of ours and the badges it must get, in reading order. */
interface RtlPage {
  host: string;
  path: string;
  /** Each badge's value and the figure's text it stands right after, in the text's order. */
  badges: { value: number; text: string }[];
}

/**
 * The Arabic page: the ministry's bulletin of 29 Feb 2024, the toll once in digits and once in
 * digits and words; '81' opens a line (right edge), the last paragraph ends on '70,457' set to the
 * line's end (left edge). '1.7 مليون' displaced is a figure no bulletin gives: no badge.
 */
const ARABIC: RtlPage = {
  host: 'www.aljazeera.com',
  path: 'rtl/ar-gaza-toll.html',
  badges: [
    { value: 30_035, text: '30,035' },
    { value: 70_457, text: '70,457' },
    { value: 81, text: '81' },
    { value: 132, text: '132' },
    { value: 30_035, text: '30 ألفاً و35' },
    { value: 70_457, text: '70,457' },
  ],
};

/** The Hebrew page: the bulletin of 20 May 2024. */
const HEBREW: RtlPage = {
  // Not www.timesofisrael.com: Firefox would not load it over plain HTTP here (NS_ERROR_UNKNOWN_HOST,
  // most likely its HSTS preload list), and the fixture server speaks plain HTTP.
  host: 'www.reuters.com',
  path: 'rtl/he-gaza-toll.html',
  badges: [
    { value: 35_562, text: '35,562' },
    { value: 79_652, text: '79,652' },
    { value: 106, text: '106' },
    { value: 176, text: '176' },
  ],
};

/** Window sizes the cards are opened at: a laptop's, and a phone-wide one where a card is most of the width. */
const WINDOWS = [{ width: 1280, height: 800 }, { width: 360, height: 640 }] as const;

/** Time for one test: generous, for a two-core machine that other work is loading too. */
const TEST_MS = 120_000;

type Launch = (server: FixtureServer) => Promise<ExtensionBrowser | null>;

function defineRtl(name: string, launch: Launch): void {
  describe(`Right-to-left pages and the Arabic interface in ${name}`, () => {
    let server: FixtureServer;
    let browser: ExtensionBrowser | null = null;

    beforeAll(async () => {
      server = await startServer();
      browser = await launch(server);
    }, 150_000);

    afterAll(async () => {
      await closeEach([['browser', browser && (() => browser!.close())], ['server', server && (() => server!.close())]]);
    });

    it('runs with its interface in Arabic (else it says what to install)', async (ctx) => {
      if (!browser) return ctx.skip();
      const seen = await expectInterfaceLanguage(browser);
      expect(seen).toMatchObject({ lang: 'ar', dir: 'rtl' });
    }, TEST_MS);

    /** Opens `p`, checks its badges' order, places and the page's text, and returns the tab. */
    async function badgesInReadingOrder(p: RtlPage): Promise<Tab> {
      const page = await browser!.openPage(server.url(p.host, p.path));
      await badgesSettled(page, p.badges.length);
      // Settled: a run still in flight would take the badges away and put them back.
      const lengths = p.badges.map((b) => b.text.length);
      await eventually(async () => (await placedBadges(page, lengths)).length === p.badges.length, 10_000);
      const placed = await placedBadges(page, lengths);
      expect(placed.map((b) => b.value), 'one badge per checked figure, in the text\'s order').toEqual(p.badges.map((b) => b.value));
      placed.forEach((b, i) => {
        const want = p.badges[i]!;
        expect(b.before.endsWith(want.text), `badge ${i + 1} (${b.value}) stands right after "${want.text}" (before it: "…${b.before.slice(-30)}")`).toBe(true);
        expect(b.dir, 'the badge speaks the interface\'s direction').toBe('rtl');
        expect(b.lineDirection, 'the figure\'s line runs right to left').toBe('rtl');
        // After, in a right-to-left line: to the left of the figure on its line, or on a later line.
        const onLine = b.badge.top < b.figure.bottom && b.badge.bottom > b.figure.top;
        if (onLine) expect(b.badge.right, `badge ${i + 1} (${b.value}) is left of its figure`).toBeLessThanOrEqual(b.figure.left + 1);
        else expect(b.badge.top, `badge ${i + 1} (${b.value}) is on a later line`).toBeGreaterThanOrEqual(b.figure.bottom - 1);
      });
      // Badges add no text: the page reads (and copies) as it was served.
      const text = await textWithoutBadges(page);
      expect(text.live.length).toBeGreaterThan(300);
      expect(text.live).toBe(text.served);
      return page;
    }

    it('puts a badge after each checked figure of an Arabic page, in reading order, and changes none of its text', async (ctx) => {
      if (!browser) return ctx.skip();
      const page = await badgesInReadingOrder(ARABIC);
      await page.screenshot(join(ARTIFACTS, `${name}-rtl-ar-badges.png`));
      await page.close();
    }, TEST_MS);

    it('opens every badge\'s card inside the viewport, wide and narrow, at both edges of the line, below and above', async (ctx) => {
      if (!browser) return ctx.skip();
      const page = await browser.openPage(server.url(ARABIC.host, ARABIC.path));
      await badgesSettled(page, ARABIC.badges.length);
      for (const size of WINDOWS) {
        await page.resize(size.width, size.height);
        const opened = await openCardsEverywhere(page);
        expect(opened.length, `${size.width}px: every badge opened, at the top and at the bottom of the window`).toBe(ARABIC.badges.length * 2);
        for (const o of opened) {
          const where = `${size.width}px, badge ${o.index + 1} (${o.value}) scrolled to the ${o.scrolled}`;
          expect(o.card.width, `${where}: the card shows`).toBeGreaterThan(0);
          expect(o.card.left, `${where}: card's left edge`).toBeGreaterThanOrEqual(0);
          expect(o.card.right, `${where}: card's right edge`).toBeLessThanOrEqual(o.viewport.width);
          expect(o.card.top, `${where}: card's top`).toBeGreaterThanOrEqual(0);
          expect(o.card.bottom, `${where}: card's bottom`).toBeLessThanOrEqual(o.viewport.height);
          expect(o.side, `${where}: the card opens ${o.scrolled === 'top' ? 'below' : 'above'} the badge`).toBe(o.scrolled === 'top' ? 'below' : 'above');
        }
        // The page puts badges at both edges of a line; the cards there were clamped inside.
        const lefts = opened.map((o) => o.badge.left);
        const rights = opened.map((o) => o.viewport.width - o.badge.right);
        expect(Math.min(...lefts), `${size.width}px: a badge near the left edge`).toBeLessThan(size.width / 4);
        expect(Math.min(...rights), `${size.width}px: a badge near the right edge`).toBeLessThan(size.width / 4);
      }
      // A card in Arabic is axe clean.
      expect(await openCard(page, ARABIC.badges.length - 1), 'the last badge\'s card opens').toBe(true);
      expect(await axeViolations(page, '.summary crosscheck-badge')).toEqual([]);
      await page.screenshot(join(ARTIFACTS, `${name}-rtl-ar-card.png`));
      await page.close();
    }, TEST_MS);

    it('puts a badge after each checked figure of a Hebrew page, in reading order, and changes none of its text', async (ctx) => {
      if (!browser) return ctx.skip();
      const page = await badgesInReadingOrder(HEBREW);
      await page.close();
    }, TEST_MS);

    it('shows the popup in Arabic, right to left, axe clean, with the engine\'s sentences in Arabic too', async (ctx) => {
      if (!browser) return ctx.skip();
      await expectInterfaceLanguage(browser);
      const url = server.url(ARABIC.host, ARABIC.path);
      const page = await browser.openPage(url);
      await badgesSettled(page, ARABIC.badges.length);
      const popup = await readyPopup(browser!, url);
      expect(popup, 'the popup never showed a result for the tab').toBeTruthy();
      const seen = await popup!.evaluate(() => {
        const text = (sel: string): string => document.querySelector(sel)?.textContent ?? '';
        return {
          lang: document.documentElement.lang,
          dir: document.documentElement.dir,
          direction: getComputedStyle(document.body).direction,
          verdict: text('[data-testid="popup-verdict"] h2, [data-testid="popup-verdict"] #verdict-title'),
          reason: text('.verdict-reason'),
          official: Array.from(document.querySelectorAll('[data-testid="official-row"]'), (r) => r.textContent ?? ''),
          explanations: Array.from(document.querySelectorAll('[data-testid="figure-row"] [title]'), (e) => e.getAttribute('title') ?? ''),
        };
      });
      expect(seen).toMatchObject({ lang: 'ar', dir: 'rtl', direction: 'rtl' });
      const arabic = /[\u0600-\u06FF]/;
      expect(seen.verdict, 'the verdict is in Arabic').toMatch(arabic);
      // The engine's sentence about the page (made in the background) follows the interface too.
      expect(seen.reason, 'the verdict\'s reason is in Arabic').toMatch(arabic);
      expect(seen.reason).not.toMatch(/About the Gaza war|It names|in the headline/);
      expect(seen.official.length, 'the official checks are listed').toBeGreaterThan(0);
      for (const row of seen.official) expect(row).toMatch(arabic);
      for (const e of seen.explanations) expect(e, 'an alignment\'s explanation is in Arabic').toMatch(arabic);
      expect(await axeViolations(popup!)).toEqual([]);
      await popup!.screenshot(join(ARTIFACTS, `${name}-popup-ar.png`), 400);
      await popup!.close();
      await page.close();
    }, TEST_MS);
  });
}

defineRtl('chromium', (server) => launchBuiltChromium(server.port, { language: 'ar' }));
defineRtl('firefox', (server) => launchBuiltFirefox(server, { language: 'ar' }));
