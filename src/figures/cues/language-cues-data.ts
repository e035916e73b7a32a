/**
 * The figure cue files of the languages other than English, by language. Imported by the
 * background's engine only (the content script's quick check never reads them).
 */
import type { LanguageCuesFile } from '../language-cues';
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
