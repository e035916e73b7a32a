/**
 * The content script's first look, run on every page before reading it: could this be a
 * Gaza-war article at all? It must be cheap (under a millisecond) and must never say no to a
 * real one, so it asks only whether a core term of the lexicon, or a party to the war, is named.
 */
import { foldText, LEXICON } from './lexicon';

/**
 * Characters of the text sample looked at. The content script passes the first ~2,000
 * characters; a little slack covers a sample that starts with a dateline or a caption.
 */
export const QUICK_SAMPLE_CHARS = 3_000;

/**
 * The spellings that can open a Gaza-war article: every core term (places, Hamas, the Gaza
 * health ministry…), plus the Israeli military and the IDF, which a war story's headline may
 * name before Gaza. Generous on purpose: a false yes costs one page read, a false no a missed article.
 */
const QUICK = ((): RegExp => {
  const spellings: string[] = [];
  for (const t of LEXICON.terms) {
    if (t.core || t.name === 'Israeli military' || t.name === 'IDF') spellings.push(...t.variants, ...(t.exact ?? []));
  }
  const words = spellings.map((s) => foldText(s).replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[\s-]+/g, '[\\s-]+').replace(/'/g, "'?"));
  words.sort((a, b) => b.length - a.length);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.join('|')})`, 'iu');
})();

/**
 * True when a page could be a Gaza-war article: its title or the start of its text names a core
 * term of the lexicon. Never throws.
 */
export function quickCheck(title: string, sample: string): boolean {
  const t = typeof title === 'string' ? title : '';
  const s = typeof sample === 'string' ? sample.slice(0, QUICK_SAMPLE_CHARS) : '';
  return QUICK.test(foldText(`${t}\n${s}`));
}
