/**
 * The figure cue files of the languages other than English, by language, and their compiled
 * cues, built when a page in the language is first read (src/language/per-language.ts records
 * it). Imported by the background's engine only (the content script's quick check never reads them).
 */
import type { Lang } from '../../language/languages';
import { perLanguage } from '../../language/per-language';
import { compileCues, type CompiledCues, type LanguageCuesFile } from '../language-cues';
import ar from './ar.json';
import de from './de.json';
import es from './es.json';
import fr from './fr.json';
import he from './he.json';

/**
 * The files, validated against LanguageCuesSchema (src/build/data/language-cues.ts) at build time
 * and in tests; JSON imports widen `lang` to string, hence the one cast.
 */
export const LANGUAGE_CUES = { ar, he, fr, es, de } as unknown as Readonly<Record<'ar' | 'he' | 'fr' | 'es' | 'de', LanguageCuesFile>>;

const compiledCues = perLanguage('cues', (lang) => compileCues(LANGUAGE_CUES[lang as keyof typeof LANGUAGE_CUES]));

/** The compiled cues of `lang`, built on first use; null for English (extract-figures.ts) or a language without cues. */
export function cuesOf(lang: Lang): CompiledCues | null {
  return lang in LANGUAGE_CUES ? compiledCues(lang) : null;
}
