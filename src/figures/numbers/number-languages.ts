/**
 * The number files of the engine's languages, compiled on first use: a language's lookup tables
 * are built when a page in it is first read (src/language/per-language.ts records it). Each file
 * is small (a few hundred words) and bundled as data; a caller may also compile a file itself
 * with {@link compileNumberLanguage} and call `findNumbersIn`.
 */
import type { Lang } from '../../language/languages';
import { perLanguage } from '../../language/per-language';
import ar from './ar.json';
import de from './de.json';
import en from './en.json';
import es from './es.json';
import fr from './fr.json';
import he from './he.json';
import { compileNumberLanguage, type NumberLanguage, type NumberLanguageFile } from './number-language';

// The files are validated against NumberFormatSchema (src/build/data/number-formats.ts) at build time and in tests.
/** The number file of each language. */
export const NUMBER_FILES: Readonly<Record<Lang, NumberLanguageFile>> = { en, ar, he, fr, es, de };

/** The compiled number file of `lang`, built on its first use. */
export const numberLanguage: (lang: Lang) => NumberLanguage = perLanguage('numbers', (lang) => compileNumberLanguage(NUMBER_FILES[lang]));
