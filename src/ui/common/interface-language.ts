/**
 * The interface's language, chosen once per page (and once per content script): the browser's UI
 * language when Crosscheck speaks it, else English, as the browser itself falls back to the
 * manifest's default_locale. Its catalogue reads the browser's messages.json through
 * src/platform/i18n.ts.
 */
import { browserMessage, browserUiLanguage } from '../../platform/i18n';
import { pickLocale, type Locale } from '../../wording/locale';
import { activeCatalogue, catalogueOf, setCatalogue } from '../../wording/messages';

/**
 * Makes the browser's catalogue for its UI language the one every message and format uses, and
 * returns that language. Where the browser has no i18n (unit tests over fakeBrowser), the catalogue
 * in use stays.
 */
export function startInterfaceLanguage(): Locale {
  const tag = browserUiLanguage();
  if (tag === null) return activeCatalogue().locale;
  const locale = pickLocale(tag);
  setCatalogue(catalogueOf(locale, browserMessage));
  return locale;
}
