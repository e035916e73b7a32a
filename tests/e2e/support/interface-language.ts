/**
 * The browser's interface language, as the extension sees it, and a check that a suite really got
 * the language it launched with. A browser that cannot switch falls back to English without a word
 * (no language pack: see chromiumLanguageEnv in chromium.ts and FirefoxOptions.language), so a
 * suite about another language must fail there, saying what to install, instead of passing in
 * English.
 */
import type { ExtensionBrowser } from './driver';

/** The part of the extension API read here, in an extension page: its `browser` (Firefox) or `chrome` (Chromium). */
interface I18n {
  i18n: { getUILanguage(): string; getMessage(name: string): string };
}
declare const globalThis: { browser?: I18n; chrome?: I18n };

/** What an extension page says about its language: the browser's, and the page root's lang and dir. */
export interface SeenLanguage {
  /** `i18n.getUILanguage()`: "ar", "en-US". */
  ui: string;
  /** `i18n.getMessage('@@ui_locale')`: the UI locale as the extension's i18n uses it ("ar", "en_US"). */
  uiLocale: string;
  lang: string;
  dir: string;
}

/** The language an extension page of `b` runs in (read off the options page). */
export async function seenLanguage(b: ExtensionBrowser): Promise<SeenLanguage> {
  const page = await b.openExtensionPage('options.html', 'main');
  try {
    return await page.evaluate(() => {
      const api = (globalThis.browser ?? globalThis.chrome) as I18n;
      return { ui: api.i18n.getUILanguage(), uiLocale: api.i18n.getMessage('@@ui_locale'), lang: document.documentElement.lang, dir: document.documentElement.dir };
    });
  } finally {
    await page.close();
  }
}

const HOW_TO_SWITCH = {
  chromium: (lang: string) => `Chromium takes an interface language only when its locales/${lang}.pak is installed, and Debian's chromium package ships en-US alone: apt-get install -y chromium-l10n (.ci/run does).`,
  firefox: (lang: string) => `Firefox ESR takes an interface language only with its language pack: apt-get install -y firefox-esr-l10n-${lang} (.ci/run does).`,
} as const;

/**
 * Throws, saying what to install, unless the extension in `b` runs in the language `b` was launched
 * with (primary subtags compared: "he" and "iw", "ar" and "ar-EG" are the same language here).
 */
export async function expectInterfaceLanguage(b: ExtensionBrowser): Promise<SeenLanguage> {
  const seen = await seenLanguage(b);
  const primary = (tag: string): string => tag.toLowerCase().split(/[-_]/)[0]!.replace(/^iw$/, 'he');
  if (primary(seen.ui) !== primary(b.language) || primary(seen.uiLocale) !== primary(b.language)) {
    throw new Error(`${b.name} was launched in "${b.language}" but its interface is "${seen.ui}" (@@ui_locale ${seen.uiLocale}): ${HOW_TO_SWITCH[b.name](primary(b.language))}`);
  }
  return seen;
}
