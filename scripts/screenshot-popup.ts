/**
 * Takes the README's screenshot of the popup in another interface language (by default Arabic, on
 * the Arabic Gaza-war page of the end-to-end tests, tests/fixtures/pages/rtl/ar-gaza-toll.html):
 * the built Chrome extension in the system Chromium launched in that language, the page served
 * from 127.0.0.1 under a news site's name, its popup once ready, the top of it at 400 × 1000 CSS
 * pixels (the whole popup is three times as tall; the top shows the verdict, the related reports
 * and the start of the figures), with the library's one-time invitation already answered. Fails, saying what to install, when Chromium cannot run in that language.
 *
 * Run from the repository root, after `npm run build:chrome`:
 *   npx tsx scripts/screenshot-popup.ts [--lang ar] [--page rtl/ar-gaza-toll.html] [--out docs/popup-ar.png]
 */
import { parseArgs } from 'node:util';
import { launchBuiltChromium } from '../tests/e2e/support/chromium';
import { eventually, type Tab } from '../tests/e2e/support/driver';
import { expectInterfaceLanguage } from '../tests/e2e/support/interface-language';
import { badgesSettled, popupFor, popupState } from '../tests/e2e/support/page-objects';
import { startServer } from '../tests/e2e/support/server';

const { values } = parseArgs({
  options: {
    lang: { type: 'string', default: 'ar' },
    page: { type: 'string', default: 'rtl/ar-gaza-toll.html' },
    host: { type: 'string', default: 'www.aljazeera.com' },
    out: { type: 'string', default: 'docs/popup-ar.png' },
    width: { type: 'string', default: '400' },
    height: { type: 'string', default: '1000' },
  },
});

const server = await startServer();
const browser = await launchBuiltChromium(server.port, { language: values.lang });
if (!browser) throw new Error('no Chromium on this machine: apt-get install -y chromium chromium-l10n (or set CHROMIUM_PATH)');
try {
  await expectInterfaceLanguage(browser);
  // The library's one-time invitation answered (not taken), as a returning reader sees the popup.
  await browser.setStorage({ settings: { version: 3, enabled: true, badges: true, disabledSites: [], keepLibrary: false, libraryPaused: false, libraryInvited: true } });
  const url = server.url(values.host, values.page);
  const page = await browser.openPage(url);
  await badgesSettled(page, 1);
  const popup = await eventually(async (): Promise<Tab | null> => {
    const p = await popupFor(browser, url);
    if ((await popupState(p)) === 'ready') return p;
    await p.close();
    return null;
  }, 60_000, 500);
  if (!popup) throw new Error(`the popup never showed a result for ${url}`);
  // The official timelines draw after the popup is ready: wait for them, then for fonts.
  await eventually(() => popup.evaluate(() => document.querySelectorAll('[data-testid="official-timeline"] path.series').length > 0), 15_000, 200);
  await popup.evaluate(() => document.fonts.ready.then(() => true));
  await popup.resize(Number(values.width), Number(values.height));
  await popup.screenshot(values.out);
  console.log(`${values.out}: the popup in "${values.lang}" on ${values.page}`);
} finally {
  await browser.close();
  await server.close();
}
