/**
 * The number files of the engine's languages, compiled on first use. Each file is small (a few
 * hundred words); a caller that wants to load only the languages a page needs can compile a
 * file itself with {@link compileNumberLanguage} and call `findNumbersIn`.
 */
import type { Lang } from '../../language/languages';
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

const compiled = new Map<Lang, NumberLanguage>();

/** The compiled number file of `lang`. */
export function numberLanguage(lang: Lang): NumberLanguage {
  let L = compiled.get(lang);
  if (!L) {
    L = compileNumberLanguage(NUMBER_FILES[lang]);
    compiled.set(lang, L);
  }
  return L;
}
