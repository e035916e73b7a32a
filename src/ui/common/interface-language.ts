/**
 * The interface's language, chosen once per page (and once per content script): the browser's UI
 * language when Crosscheck speaks it, else English, as the browser itself falls back to the
 * manifest's default_locale. Its catalogue reads the browser's messages.json through
 * src/platform/i18n.ts.
 */
import { browserMessage, browserUiLanguage } from '../../platform/i18n';
import { pickLocale, type Locale } from '../../wording/locale';
import { activeCatalogue, catalogueOf, ENGLISH, setCatalogue } from '../../wording/messages';

/**
 * Makes the browser's catalogue for its UI language the one every message and format uses, and
 * returns that language. Where the browser has no i18n (unit tests over fakeBrowser), the catalogue
 * in use stays.
 */
export function startInterfaceLanguage(): Locale {
  const tag = browserUiLanguage();
  if (tag === null) return activeCatalogue().locale;
  const locale = pickLocale(tag);
  // In English, the engine's messages (all a page's badges say) come from the bundled catalogue,
  // which en/messages.json copies (npm run locales:sync; the translation test holds them equal):
  // the browser's first getMessage in a content script costs about 6 ms (it loads the catalogue;
  // npm run bench's A/B, analysed → badges). The interface's own messages still come from it.
  setCatalogue(catalogueOf(locale, locale === 'en' ? (name) => ENGLISH.text(name) || browserMessage(name) : browserMessage));
  return locale;
}
