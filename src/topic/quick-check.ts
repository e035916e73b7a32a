/**
 * The content script's first look, run on every page before reading it: could this be a
 * Gaza-war article at all? It must be cheap (under a millisecond) and must never say no to a
 * real one, so it asks only whether a core term of a lexicon, or a party to the war, is named,
 * in any of the engine's languages ({@link QUICK_KEYS}: "Gaza", "غزة", "רפיח", "Chan Junis",
 * "armée israélienne"…). The keys are {@link variantKey}s (lower case, no accents or
 * apostrophes, one space for any run of spaces or hyphens), so the check is a plain substring
 * search: a large Unicode regular expression cost about 5 ms a page in Chromium, the substring
 * scan a fraction of that. Generous on purpose: a false yes costs one page read, a false no a
 * missed article. The content script carries the keys alone, never a lexicon (quick-key-list.ts).
 */
import { variantKey } from './lexicon';
import { QUICK_KEYS } from './quick-key-list';

/**
 * Characters of the page's text the quick check looks at: a headline and lede fit easily, with
 * room for a dateline, a caption or a navigation bar before them. The content script samples
 * exactly this much ({@link sampleText} in src/article/page-sample.ts).
 */
export const QUICK_SAMPLE_CHARS = 3_000;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Clitics Arabic and Hebrew glue to the front of a word ("وغزة", "بغزة", "בעזה", "וחמאס"): a key
 * after one of them still starts a word. The same lists as the languages' lexicons
 * (src/topic/lexicons/ar.json, he.json), kept here in short so the content script imports no lexicon.
 */
const CLITICS = /(?:^|[^\p{L}\p{N}])(?:و|ف|ب|ل|ك|وب|ول|فب|ال|وال|بال|فال|لل|ו|ה|ב|ל|מ|ש|כ|וה|וב|ול|ומ|שה|שב|מה|כש|לה)-?$/u;

/** True when `key` occurs in `text` at the start of a word, or after a clitic of a right-to-left language. */
function startsWord(text: string, key: string): boolean {
  for (let i = text.indexOf(key); i >= 0; i = text.indexOf(key, i + 1)) {
    if (i === 0 || !LETTER_OR_DIGIT.test(text[i - 1] ?? '')) return true;
    if (CLITICS.test(text.slice(Math.max(0, i - 4), i))) return true;
  }
  return false;
}

/**
 * True when a page could be a Gaza-war article: its title or the start of its text names a core
 * term of the lexicon. Never throws.
 */
export function quickCheck(title: string, sample: string): boolean {
  const t = typeof title === 'string' ? title : '';
  const s = typeof sample === 'string' ? sample.slice(0, QUICK_SAMPLE_CHARS) : '';
  const text = variantKey(`${t}\n${s}`);
  return QUICK_KEYS.some((key) => startsWord(text, key));
}
