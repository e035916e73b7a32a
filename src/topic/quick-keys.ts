/**
 * The spellings the content script's quick check looks for, in every language the engine reads,
 * derived from the topic lexicons: lexicon.json and src/topic/lexicons/<lang>.json. Pure: the
 * lexicons come in as parameters. The list the quick check uses is quick-key-list.ts, which the
 * extension build replaces by its value (scripts/lib/quick-keys-plugin.ts), so the content script
 * carries the short list and none of the lexicons.
 */
import { variantKey, type Lexicon, type LanguageLexicon } from './lexicon';

/**
 * Terms that are not core but that a war story's headline may name before Gaza: the Israeli
 * military and the IDF (in every language, under these canonical names).
 */
export const QUICK_EXTRA_TERMS: readonly string[] = ['Israeli military', 'IDF'];

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** True when `inner` occurs in `outer` at its start or after a character that is no letter or digit. */
function atWordStart(outer: string, inner: string): boolean {
  for (let i = outer.indexOf(inner); i >= 0; i = outer.indexOf(inner, i + 1)) {
    if (i === 0 || !LETTER_OR_DIGIT.test(outer[i - 1] ?? '')) return true;
  }
  return false;
}

/**
 * The quick check's keys: every spelling of a core term (places, Hamas, the Gaza health
 * ministry, the war's names…) or of {@link QUICK_EXTRA_TERMS}, in English and in each language's
 * lexicon, as {@link variantKey}s, sorted. A key that holds a shorter key at a word start is left
 * out ("guerre à gaza" holds "gaza"): wherever the quick check would find it, it finds the shorter
 * one at the same place or inside it, so the answers are the same with fewer scans.
 */
export function quickKeys(english: Lexicon, others: readonly LanguageLexicon[]): string[] {
  const names = new Set<string>(QUICK_EXTRA_TERMS);
  for (const t of english.terms) if (t.core) names.add(t.name);
  const keys = new Set<string>();
  for (const lex of [english, ...others]) {
    for (const t of lex.terms) {
      if (!t.core && !names.has(t.name)) continue;
      for (const v of [...t.variants, ...(t.exact ?? [])]) {
        const k = variantKey(v);
        if (k.length > 0) keys.add(k);
      }
    }
  }
  const byLength = [...keys].sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
  const kept: string[] = [];
  for (const k of byLength) if (!kept.some((shorter) => atWordStart(k, shorter))) kept.push(k);
  return kept.sort();
}
