/**
 * The language of a page: the one its `lang` attribute declares when the text agrees, else the
 * one its text shows: by script for Arabic and Hebrew, by frequent function words
 * (function-words.json) for the Latin-script languages. Pages declare their language wrongly
 * often enough to matter (CMS templates left at "en", translated pages keeping the original's
 * attribute), and many declare none.
 *
 * Cheap by design, so it can run in the content script: it reads at most the first
 * {@link LanguageOptions.maxChars} characters, in one pass to count scripts and one to count words.
 */
import data from './function-words.json';
import { isLang, primaryLanguage, type Lang } from './languages';

/** What decided the answer: the page's declaration, the script of its text, or its words. */
export type LanguageEvidence = 'declared' | 'script' | 'words';

/** The page's language (null: not one the engine reads, or not decidable) and what decided it. */
export interface PageLanguage {
  lang: Lang | null;
  by: LanguageEvidence;
}

/** Thresholds, with defaults chosen as noted. */
export interface LanguageOptions {
  /** Characters of the text read: a headline and a lede, with room for a menu before them. */
  maxChars?: number;
  /** Fewer letters than this decide nothing ("Gaza: 25.490 Tote" is not enough to know German). */
  minLetters?: number;
  /**
   * Share of the letters an Arabic or Hebrew script needs to decide the language against a
   * declaration: below it, the Arabic or Hebrew is a quoted name in another language's article.
   */
  scriptShare?: number;
  /** Share of its script's letters a declared Arabic or Hebrew needs to be believed (a menu in English may come first). */
  declaredShare?: number;
  /** Function words needed before words decide anything: a headline of nouns has none. */
  minWords?: number;
  /** How far the leading language must lead the next to decide an undeclared page. */
  margin?: number;
  /** How far another language must lead the declared one to overrule a declaration. */
  overrule?: number;
}

const DEFAULTS: Required<LanguageOptions> = {
  maxChars: 2_000,
  minLetters: 20,
  scriptShare: 0.4,
  declaredShare: 0.1,
  minWords: 3,
  margin: 1.5,
  overrule: 2,
};

/** What this module reads of function-words.json. */
export interface FunctionWordsFile {
  words: Record<string, string[]>;
  notArabic: string[];
  notHebrew: string[];
}
// function-words.json is validated against FunctionWordsSchema (src/build/data/function-words.ts) at build time and in tests.
const F: FunctionWordsFile = data;

/** Each function word, with the languages that use it. */
const WORD_LANGS: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const [lang, words] of Object.entries(F.words)) for (const w of words) map.set(w, [...(map.get(w) ?? []), lang]);
  return map;
})();
const NOT_ARABIC = new Set(F.notArabic.map((c) => c.charCodeAt(0)));
const NOT_HEBREW = new Set(F.notHebrew.map((c) => c.charCodeAt(0)));

/** Letters of a text by script. `persian`, `yiddish`: letters of other languages in the Arabic and Hebrew scripts. */
interface ScriptCounts { latin: number; arabic: number; hebrew: number; other: number; persian: number; yiddish: number }

const isArabicLetter = (c: number): boolean =>
  (c >= 0x0620 && c <= 0x064a) || (c >= 0x066e && c <= 0x06d3) || c === 0x06d5 || (c >= 0x06ee && c <= 0x06ff && (c < 0x06f0 || c > 0x06f9))
  || (c >= 0x0750 && c <= 0x077f) || (c >= 0x08a0 && c <= 0x08c9) || (c >= 0xfb50 && c <= 0xfdfb) || (c >= 0xfe70 && c <= 0xfefc);
const isHebrewLetter = (c: number): boolean => (c >= 0x05d0 && c <= 0x05f2) || (c >= 0xfb1d && c <= 0xfb4f);
const isLatinLetter = (c: number): boolean =>
  (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x1e00 && c <= 0x1eff);
/** Letters of the other scripts a news page may be in: Greek to Armenian, Indic to Georgian, kana, CJK, Hangul. */
const isOtherLetter = (c: number): boolean =>
  (c >= 0x0370 && c <= 0x058f) || (c >= 0x0900 && c <= 0x10ff) || (c >= 0x3040 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af);

function countScripts(text: string): ScriptCounts {
  const n: ScriptCounts = { latin: 0, arabic: 0, hebrew: 0, other: 0, persian: 0, yiddish: 0 };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isLatinLetter(c)) n.latin++;
    else if (c < 0x0590) { if (c >= 0x0370) n.other++; }
    else if (isArabicLetter(c)) { n.arabic++; if (NOT_ARABIC.has(c)) n.persian++; }
    else if (isHebrewLetter(c)) { n.hebrew++; if (NOT_HEBREW.has(c)) n.yiddish++; }
    else if (isOtherLetter(c)) n.other++;
  }
  return n;
}

const WORD = /[a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u024f]+/g;

/** Function-word hits per language (function-words.json) in a text. */
function countWords(text: string): Map<string, number> {
  const hits = new Map<string, number>();
  for (const m of text.toLowerCase().matchAll(WORD)) {
    for (const lang of WORD_LANGS.get(m[0]) ?? []) hits.set(lang, (hits.get(lang) ?? 0) + 1);
  }
  return hits;
}

/** The language the words show, with its lead; null when no language leads by `margin` with `minWords` hits. */
function byWords(hits: ReadonlyMap<string, number>, o: Required<LanguageOptions>): string | null {
  const ranked = [...hits.entries()].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first || first[1] < o.minWords) return null;
  return first[1] >= o.margin * (second?.[1] ?? 0) && first[1] > (second?.[1] ?? 0) ? first[0] : null;
}

/** Other languages written in the Arabic script (Persian, Urdu, Pashto, Kurdish, Sindhi, Uyghur, Kashmiri) and the Hebrew script (Yiddish, Ladino). */
const ARABIC_SCRIPT = new Set(['fa', 'ur', 'ps', 'ckb', 'ku', 'sd', 'ug', 'ks']);
const HEBREW_SCRIPT = new Set(['yi', 'lad']);

/** An answer for a language code that may not be one the engine reads. */
const answer = (lang: string | null, by: LanguageEvidence): PageLanguage => ({ lang: isLang(lang) ? lang : null, by });

/**
 * The script that decides a text's language without its words: Arabic or Hebrew when its letters
 * are at least `scriptShare` of all and the most numerous; "other" when another script
 * (Cyrillic, Greek, CJK...) leads, or when the Arabic or Hebrew letters are those of Persian, Urdu or
 * Yiddish; "latin" when Latin letters are the majority; null when none holds.
 */
function scriptOf(n: ScriptCounts, letters: number, o: Required<LanguageOptions>): 'ar' | 'he' | 'latin' | 'other' | null {
  const top = Math.max(n.latin, n.arabic, n.hebrew, n.other);
  // Persian and Urdu use ی and ک for nearly every Arabic ي and ك: a few percent of letters, never none.
  if (n.arabic === top && n.arabic >= o.scriptShare * letters) return n.persian > 0.01 * n.arabic ? 'other' : 'ar';
  if (n.hebrew === top && n.hebrew >= o.scriptShare * letters) return n.yiddish > 0.01 * n.hebrew ? 'other' : 'he';
  if (n.other === top && n.other >= o.scriptShare * letters) return 'other';
  return n.latin > letters / 2 ? 'latin' : null;
}

/**
 * The page's language, from its declared `lang` attribute (null when it has none) and its text.
 *
 * - A declaration of one of the engine's languages stands unless the text contradicts it: a
 *   different script that decides ("en" over Arabic text is Arabic), or, in Latin script, another
 *   language's function words outnumbering the declared one's {@link LanguageOptions.overrule}
 *   times ("fr" over plainly English text is English; over plainly Italian text, no language).
 * - Without a declaration (or with one of another language), the text decides: the script for
 *   Arabic and Hebrew, the function words for Latin script.
 * - `lang` is null when the language is not one the engine reads, or the text is too short or
 *   too mixed to tell.
 */
export function pageLanguage(declared: string | null, text: string, options: LanguageOptions = {}): PageLanguage {
  const o = { ...DEFAULTS, ...options };
  const sample = text.slice(0, o.maxChars);
  const claimed = primaryLanguage(declared);
  const n = countScripts(sample);
  const letters = n.latin + n.arabic + n.hebrew + n.other;
  if (letters < o.minLetters) return isLang(claimed) ? { lang: claimed, by: 'declared' } : { lang: null, by: 'script' };
  const script = scriptOf(n, letters, o);
  if (isLang(claimed)) {
    if (claimed === 'ar' || claimed === 'he') {
      const own = claimed === 'ar' ? n.arabic : n.hebrew;
      if (own >= o.declaredShare * letters && script !== 'other' && script !== (claimed === 'ar' ? 'he' : 'ar')) return { lang: claimed, by: 'declared' };
    } else if (script === 'latin' || script === null) {
      const hits = countWords(sample);
      const mine = hits.get(claimed) ?? 0;
      const [rival, count] = [...hits.entries()].filter(([l]) => l !== claimed).sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
      if (count >= o.minWords && count >= o.overrule * mine && count > mine) return answer(rival, 'words');
      return { lang: claimed, by: 'declared' };
    }
  }
  // A page that declares another language written in the script it shows (Persian, Urdu, Yiddish) is that language.
  if ((script === 'ar' && ARABIC_SCRIPT.has(claimed ?? '')) || (script === 'he' && HEBREW_SCRIPT.has(claimed ?? ''))) return { lang: null, by: 'declared' };
  if (script === 'ar' || script === 'he') return { lang: script, by: 'script' };
  if (script === 'other') return { lang: null, by: 'script' };
  return answer(script === 'latin' ? byWords(countWords(sample), o) : null, script === 'latin' ? 'words' : 'script');
}
