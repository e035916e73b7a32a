/**
 * The topic lexicons of the languages other than English (src/topic/lexicons/<lang>.json), merged
 * with the English one and compiled on first use. Imported by the background's engine only: the
 * content script's quick check reads a few cue words of its own (quick-check.ts).
 */
import type { Lang } from '../language/languages';
import { compileLexicon, LEXICON, lexiconMatcher, mergeLexicon, type LanguageLexicon, type Matcher } from './lexicon';
import ar from './lexicons/ar.json';
import de from './lexicons/de.json';
import es from './lexicons/es.json';
import fr from './lexicons/fr.json';
import he from './lexicons/he.json';

/** The files, validated against LanguageLexiconSchema (src/build/data/language-lexicons.ts) at build time and in tests. */
export const LANGUAGE_LEXICONS = { ar, he, fr, es, de } as unknown as Readonly<Record<Exclude<Lang, 'en'>, LanguageLexicon>>;

const matchers = new Map<Lang, Matcher>();

/** The matcher for pages in `lang`: the English lexicon's for English (or no known language). */
export function matcherFor(lang: Lang | null): Matcher {
  if (lang === null || lang === 'en') return lexiconMatcher();
  let m = matchers.get(lang);
  if (!m) {
    const own = LANGUAGE_LEXICONS[lang];
    matchers.set(lang, (m = compileLexicon(mergeLexicon(LEXICON, own), { prefixes: own.prefixes })));
  }
  return m;
}
