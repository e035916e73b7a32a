/**
 * The browser's own i18n, behind two functions: the browser's UI language, and a message of
 * `_locales/<lang>/messages.json` by name (the browser picks the file for its UI language, else the
 * manifest's default_locale). The messages are read by the browser, not bundled: the content
 * script's badges speak six languages without carrying their text. src/ui/common/interface-language.ts
 * turns these into the catalogue every message and format uses.
 *
 * Not `@wxt-dev/i18n` (0.2.7, the registry's latest, peer wxt >=0.19.7; its runtime read from the
 * package, not installed here): its plural forms are one string split at " | " into at most three
 * forms chosen for English (0, 1, n; more throws "Unknown plural formatting"), which cannot say
 * Arabic's six categories, nor French "0 jour"; and its `t()` reads only the browser, while the
 * engine's messages must also be said in Node (the CLI, the tests). Typed keys come from the
 * English messages.json instead (src/wording/messages.ts, `UiKey`).
 */
import browser from 'webextension-polyfill';

/**
 * The browser's UI language ("ar", "fr-FR"), or null where the browser has no i18n: WXT's
 * fakeBrowser, the unit tests' browser, leaves it unmocked and throws.
 */
export function browserUiLanguage(): string | null {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return null;
  }
}

/** The message called `name` in the browser's catalogue for its UI language; '' when there is none. */
export function browserMessage(name: string): string {
  return browser.i18n.getMessage(name);
}
