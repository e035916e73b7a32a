/**
 * The topic lexicons of the languages other than English (src/topic/lexicons/<lang>.json), merged
 * with the English one and compiled when a page in the language is first read
 * (src/language/per-language.ts records it). Imported by the background's engine only: the
 * content script's quick check carries only its keys (quick-key-list.ts).
 */
import type { Lang } from '../language/languages';
import { perLanguage } from '../language/per-language';
import { compileLexicon, LEXICON, lexiconMatcher, mergeLexicon, type LanguageLexicon, type Matcher } from './lexicon';
import ar from './lexicons/ar.json';
import de from './lexicons/de.json';
import es from './lexicons/es.json';
import fr from './lexicons/fr.json';
import he from './lexicons/he.json';

/** The files, validated against LanguageLexiconSchema (src/build/data/language-lexicons.ts) at build time and in tests. */
export const LANGUAGE_LEXICONS = { ar, he, fr, es, de } as unknown as Readonly<Record<Exclude<Lang, 'en'>, LanguageLexicon>>;

const languageMatcher = perLanguage('lexicon', (lang) => {
  const own = LANGUAGE_LEXICONS[lang as Exclude<Lang, 'en'>];
  return compileLexicon(mergeLexicon(LEXICON, own), { prefixes: own.prefixes });
});

/** The matcher for pages in `lang`: the English lexicon's for English (or no known language). */
export function matcherFor(lang: Lang | null): Matcher {
  return lang === null || lang === 'en' ? lexiconMatcher() : languageMatcher(lang);
}
