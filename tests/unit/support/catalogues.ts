/**
 * The interface's catalogues as the browser would read them, from public/_locales, for tests:
 * `useLocale('ar')` makes every message and format Arabic, as a browser whose UI language is Arabic
 * would (src/platform/i18n.ts reads the same files through browser.i18n.getMessage).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalogueOf, setCatalogue, type Catalogue } from '../../../src/wording/messages';
import type { Locale } from '../../../src/wording/locale';

/** The folder of the browser's message catalogues. */
export const LOCALES_DIR = join(import.meta.dirname, '..', '..', '..', 'public', '_locales');

/** One locale's messages.json: message name → text. */
export function readMessages(locale: string): Record<string, string> {
  const json = JSON.parse(readFileSync(join(LOCALES_DIR, locale, 'messages.json'), 'utf8')) as Record<string, { message: string }>;
  return Object.fromEntries(Object.entries(json).map(([name, entry]) => [name, entry.message]));
}

const cache = new Map<Locale, Catalogue>();

/** The catalogue of `locale`, read from its messages.json. */
export function fileCatalogue(locale: Locale): Catalogue {
  let c = cache.get(locale);
  if (!c) {
    const messages = readMessages(locale);
    cache.set(locale, (c = catalogueOf(locale, (name) => messages[name] ?? '')));
  }
  return c;
}

/** Makes `locale`'s catalogue the active one. */
export function useLocale(locale: Locale): void {
  setCatalogue(fileCatalogue(locale));
}
