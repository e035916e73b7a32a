/**
 * The languages the engine reads, and the `lang` attribute a page declares, reduced to one of
 * them. English is the engine's first language; Arabic, Hebrew, French, Spanish and German are
 * the languages of most reporting on the Gaza war that is not English (issue 16).
 */

/** The languages the engine reads, by their ISO 639-1 codes. */
export const LANGUAGES = ['en', 'ar', 'he', 'fr', 'es', 'de'] as const;

/** One of {@link LANGUAGES}. */
export type Lang = (typeof LANGUAGES)[number];

/** True when `code` is one of {@link LANGUAGES}. */
export function isLang(code: string | null | undefined): code is Lang {
  return (LANGUAGES as readonly string[]).includes(code ?? '');
}

/**
 * Language codes that are not the ISO 639-1 code of the language but are met in `lang`
 * attributes: the ISO 639-2 three-letter codes (BCP 47 allows them only where no two-letter code
 * exists, but pages use them anyway) and Hebrew's withdrawn code "iw", which older sites and
 * Java-based CMSs still write.
 */
const ALIASES: Readonly<Record<string, string>> = {
  iw: 'he', heb: 'he', ara: 'ar', eng: 'en', fra: 'fr', fre: 'fr', spa: 'es', deu: 'de', ger: 'de',
};

/**
 * The primary language of a declared `lang` value, lower-cased: "fr-FR" and "FR_fr" → "fr",
 * "iw" → "he", "" or "*" → null. Any language is returned, not only the engine's: the caller
 * needs to know that a page says it is Italian.
 */
export function primaryLanguage(tag: string | null | undefined): string | null {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_\s]/)[0] ?? '';
  if (!/^[a-z]{2,3}$/.test(primary)) return null;
  return ALIASES[primary] ?? primary;
}
