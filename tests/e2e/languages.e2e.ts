/**
 * A page in another language, matched in the real extension: a French news page of our own about
 * the events of 23–24 January 2024 (tests/fixtures/pages/france24/khan-younes-treve.html) gets the
 * English January seed reports as the same story in the popup, in Chromium and in Firefox. Its
 * names are French (Khan Younès, Tsahal, l'Égypte, les États-Unis, le ministère de la Santé du
 * Hamas): src/corpus/names.json folds them to the seeds' English names.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GECKO_ID } from '../../scripts/lib/gecko-id';
import { builtExtension, findBrowser } from './support/browsers';
import { launchBuiltChromium } from './support/chromium';
import type { ExtensionBrowser } from './support/driver';
import { launchFirefox } from './support/firefox';
import { axeViolations, readyPopup } from './support/page-objects';
import { startServer, type FixtureServer } from './support/server';
import { closeEach } from './support/teardown';

const PAGE = { host: 'www.france24.com', path: 'france24/khan-younes-treve.html' };
const JANUARY = ['000_9652a0e73c984a98', '001_04e031c6b96cc0b5'];
const APRIL = '002_13625b8aa8aaa443';
const TEST_MS = 120_000;

type Launch = (server: FixtureServer) => Promise<ExtensionBrowser | null>;

const BROWSERS: [string, Launch][] = [
  ['chromium', (server) => launchBuiltChromium(server.port)],
  ['firefox', async (server) => {
    const exe = findBrowser('firefox');
    return exe ? launchFirefox(exe, builtExtension('.output/firefox-mv2'), GECKO_ID, server.port, () => server.requests) : null;
  }],
];

describe.each(BROWSERS)('a French page in %s', (_name, launch) => {
  let server: FixtureServer;
  let browser: ExtensionBrowser | null = null;

  beforeAll(async () => {
    server = await startServer();
    browser = await launch(server);
  }, 150_000);

  afterAll(async () => {
    await closeEach([['browser', browser && (() => browser!.close())], ['server', server && (() => server!.close())]]);
  });

  it('is matched to the English reports of the same event as the same story', async (ctx) => {
    if (!browser) return ctx.skip();
    const url = server.url(PAGE.host, PAGE.path);
    const page = await browser.openPage(url);
    const popup = await readyPopup(browser!, url);
    expect(popup, 'the popup never showed a result for the tab').toBeTruthy();
    const related = await popup!.evaluate(() => Array.from(document.querySelectorAll('[data-testid="related-item"]'), (e) => ({
      id: e.getAttribute('data-report-id'),
      same: e.getAttribute('data-same-story'),
    })));
    expect(JANUARY).toContain(related[0]?.id);
    expect(related.filter((r) => r.same === 'true').map((r) => r.id).sort()).toEqual([...JANUARY].sort());
    expect(related.find((r) => r.id === APRIL)?.same ?? 'false').toBe('false');
    expect(await axeViolations(popup!)).toEqual([]);
    await popup!.close();
    await page.close();
  }, TEST_MS);
});
