/**
 * Per-language data compiled on first use, and the record of what has been compiled.
 *
 * State: this module owns that record (module-level, one per worker or process). A language's
 * topic lexicon, figure cues and number words are compiled into matchers and lookup tables only
 * when a page in that language is read: compiling one language costs about 20 to 50 ms (Node,
 * this shared 2-core machine: lexicon 6–12 ms, its expression's first scan 8–30 ms, cues 5–11 ms,
 * numbers 1–5 ms), against about 2 ms to evaluate the raw data of all five at a worker's start.
 * The record lets the tests, and the bench, see that a page compiles only its own language.
 */
import type { Lang } from './languages';

/** What is compiled per language: topic lexicon, figure cues, number words. */
export type LanguageDataKind = 'lexicon' | 'cues' | 'numbers';

const compiledLog = new Map<LanguageDataKind, Lang[]>();

/**
 * `build`, run once per language on the first call for it and kept: the returned function gives
 * the same value for a language every time, and records the language's first compilation.
 */
export function perLanguage<T>(kind: LanguageDataKind, build: (lang: Lang) => T): (lang: Lang) => T {
  const cache = new Map<Lang, T>();
  return (lang) => {
    if (cache.has(lang)) return cache.get(lang) as T;
    const value = build(lang);
    cache.set(lang, value);
    compiledLog.set(kind, [...(compiledLog.get(kind) ?? []), lang]);
    return value;
  };
}

/** The languages whose `kind` of data has been compiled in this worker or process, in order. */
export function compiledLanguages(kind: LanguageDataKind): readonly Lang[] {
  return compiledLog.get(kind) ?? [];
}
