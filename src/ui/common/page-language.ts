import { directionOf, type Locale } from '../../wording/locale';

/**
 * Gives an extension page's root element the interface's language and direction (`lang="ar"
 * dir="rtl"`), so the browser lays it out right to left for Arabic and Hebrew, screen readers pick
 * the right voice, and the CSS's logical properties (margin-inline-start…) follow.
 */
export function setPageLanguage(root: HTMLElement, locale: Locale): void {
  root.lang = locale;
  root.dir = directionOf(locale);
}
