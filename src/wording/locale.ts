/**
 * The interface's languages: which ones Crosscheck speaks, how a browser's language tag picks one,
 * which way each is written, how each counts (its plural categories) and the locale tag its numbers
 * and dates are formatted with. Pure data and tiny functions: the content script uses the plural
 * rules instead of `Intl.PluralRules`, whose first use costs a news page a few milliseconds.
 */

/** The interface's languages; the first is the default (the manifest's default_locale). */
export const LOCALES = ['en', 'ar', 'he', 'fr', 'es', 'de'] as const;

/** One of the interface's languages. */
export type Locale = (typeof LOCALES)[number];

/** CLDR's plural categories (https://cldr.unicode.org/index/cldr-spec/plural-rules). */
export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/**
 * The interface's language for a browser language tag ("fr-CA" → fr, "iw" → he, the old code
 * some systems still report for Hebrew); English for any other language, as the browser itself
 * falls back to the manifest's default_locale.
 */
export function pickLocale(tag: string | null | undefined): Locale {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if (primary === 'iw') return 'he';
  return (LOCALES as readonly string[]).includes(primary) ? (primary as Locale) : 'en';
}

/** The writing direction of a locale: Arabic and Hebrew are written right to left. */
export function directionOf(locale: Locale): 'rtl' | 'ltr' {
  return locale === 'ar' || locale === 'he' ? 'rtl' : 'ltr';
}

/**
 * The plural category of a whole, non-negative count, as CLDR 44 gives it for integers (what
 * Crosscheck counts: days, reports, figures, articles, bytes). French and Spanish "many" (whole
 * millions: "1 000 000 de jours") is left to "other": a popup never counts a million days.
 * tests/unit/wording/locale.test.ts checks these against Intl.PluralRules for 0 to 10,000.
 */
export const PLURAL_RULES: Readonly<Record<Locale, (n: number) => PluralCategory>> = {
  en: (n) => (n === 1 ? 'one' : 'other'),
  de: (n) => (n === 1 ? 'one' : 'other'),
  es: (n) => (n === 1 ? 'one' : 'other'),
  // French counts 0 with 1: "0 jour", "1 jour", "2 jours".
  fr: (n) => (n === 0 || n === 1 ? 'one' : 'other'),
  he: (n) => (n === 1 ? 'one' : n === 2 ? 'two' : 'other'),
  ar: (n) => {
    const h = n % 100;
    if (n === 0) return 'zero';
    if (n === 1) return 'one';
    if (n === 2) return 'two';
    if (h >= 3 && h <= 10) return 'few';
    if (h >= 11 && h <= 99) return 'many';
    return 'other';
  },
};

/** The categories each locale's rule gives: a counted message has exactly these forms in that locale. */
export const PLURAL_CATEGORIES: Readonly<Record<Locale, readonly PluralCategory[]>> = {
  en: ['one', 'other'],
  de: ['one', 'other'],
  es: ['one', 'other'],
  fr: ['one', 'other'],
  he: ['one', 'two', 'other'],
  ar: ['zero', 'one', 'two', 'few', 'many', 'other'],
};

/**
 * The locale tag numbers and dates are formatted with. English keeps British grouping ("25,700"),
 * as the corpus' English-language reports write numbers. Arabic uses Latin digits ("25,490" rather
 * than "٢٥٬٤٩٠"): the Arabic news sites a reader compares (Al Jazeera, Al Arabiya, the Palestinian
 * and Egyptian outlets, the ministry's own posts) write their figures in Latin digits, and a badge's
 * number should look like the page's number it sits beside. Spanish leaves four-digit numbers
 * ungrouped ("2500"), as the RAE and CLDR do.
 */
export const FORMAT_LOCALE: Readonly<Record<Locale, string>> = {
  en: 'en-GB',
  ar: 'ar-u-nu-latn',
  he: 'he-IL',
  fr: 'fr-FR',
  es: 'es-ES',
  de: 'de-DE',
};
