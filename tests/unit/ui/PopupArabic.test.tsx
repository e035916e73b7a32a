/**
 * The popup in a browser whose interface language is Arabic (or Hebrew): the browser's i18n is
 * mocked as such a browser answers (getUILanguage, and getMessage reading that language's
 * messages.json), the page starts its language as start-popup does, and the popup is laid out
 * right to left and speaks Arabic, its numbers and dates formatted for Arabic.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Settings, TabResult } from '../../../src/platform/ui-client';
import { startInterfaceLanguage } from '../../../src/ui/common/interface-language';
import { setPageLanguage } from '../../../src/ui/common/page-language';
import { readMessages, useLocale } from '../support/catalogues';
import { byTestId, mount, setupDom, unmount, type Dom } from './dom';
import { tabResult } from './fixtures';

vi.mock('../../../src/platform/ui-client', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/platform/ui-client')>();
  return {
    ...real,
    currentTab: vi.fn(),
    getTabResult: vi.fn(),
    searchReports: vi.fn(),
    openReport: vi.fn(async () => null),
    reportUrl: (id: string) => `chrome-extension://x/report.html?id=${id}`,
    openOptions: vi.fn(async () => undefined),
    optionsUrl: () => 'chrome-extension://x/options.html',
    loadSettings: vi.fn(),
    watchSettings: vi.fn(() => () => undefined),
    setSiteEnabled: vi.fn(),
    getLibraryStatus: vi.fn(async () => { throw new Error('no library'); }),
  };
});

const client = vi.mocked(await import('../../../src/platform/ui-client'));
const { Popup } = await import('../../../src/ui/popup/Popup');

const SETTINGS: Settings = { version: 3, enabled: true, badges: true, disabledSites: [], keepLibrary: false, libraryPaused: false, libraryInvited: false };
let dom: Dom;

/** A browser whose UI language is `tag`: getMessage answers from that language's messages.json, as the browser does. */
function browserIn(tag: string, folder: string): void {
  const messages = readMessages(folder);
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue(tag);
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((name: string) => messages[name] ?? '');
}

async function openPopup(result: TabResult): Promise<void> {
  client.currentTab.mockResolvedValue({ id: 7, url: result.url });
  client.getTabResult.mockResolvedValue(result);
  client.loadSettings.mockResolvedValue({ settings: SETTINGS, warning: null });
  setPageLanguage(dom.document.documentElement, startInterfaceLanguage());
  await mount(<Popup />, dom);
}

beforeEach(() => {
  vi.clearAllMocks();
  dom = setupDom();
});
afterEach(() => {
  unmount(dom);
  vi.restoreAllMocks();
  useLocale('en');
});

describe('the popup in Arabic', () => {
  it('is laid out right to left, in Arabic, with the Arabic plural and Latin digits', async () => {
    browserIn('ar-EG', 'ar');
    await openPopup(tabResult());
    const html = dom.document.documentElement;
    expect(html.getAttribute('dir')).toBe('rtl');
    expect(html.getAttribute('lang')).toBe('ar');
    const text = dom.root.textContent ?? '';
    expect(text).toContain('مقال عن الحرب على غزة');
    expect(text).toContain('تقارير ذات صلة');
    expect(text).toContain('ابحث في المدوّنة');
    expect(byTestId(dom.root, 'popup-options')?.textContent).toBe('الخيارات');
    // Every heading and column header is the interface's own words, in Arabic (the page's title,
    // publisher and the engine's measure labels stay as written).
    const headings = [...dom.root.querySelectorAll('h2, thead th')].map((h) => h.textContent ?? '');
    expect(headings.length).toBeGreaterThan(5);
    for (const h of headings) expect(h, h).toMatch(/\p{Script=Arabic}/u);
    // The verdict's score, as Arabic writes a percentage, in Latin digits.
    expect(text).toMatch(/الدرجة \d+/);
  });

  it('follows a Hebrew browser the same way, and an unsupported language falls back to English, left to right', async () => {
    browserIn('he', 'he');
    await openPopup(tabResult());
    expect(dom.document.documentElement.getAttribute('dir')).toBe('rtl');
    expect(dom.document.documentElement.getAttribute('lang')).toBe('he');
    expect(dom.root.textContent).toContain('כתבה על המלחמה בעזה');
    unmount(dom);
    dom = setupDom();
    browserIn('pt-BR', 'en');
    await openPopup(tabResult());
    expect(dom.document.documentElement.getAttribute('dir')).toBe('ltr');
    expect(dom.document.documentElement.getAttribute('lang')).toBe('en');
    expect(dom.root.textContent).toContain('A Gaza-war article');
  });

  it('in French, writes its words and numbers the French way', async () => {
    browserIn('fr-FR', 'fr');
    await openPopup(tabResult());
    expect(dom.document.documentElement.getAttribute('dir')).toBe('ltr');
    expect(dom.root.textContent).toContain('Un article sur la guerre de Gaza');
    expect(dom.root.textContent).toContain('Articles liés');
  });
});
