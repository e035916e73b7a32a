/**
 * Weighing the lexicon terms of an article: where each occurs (headline, opening, body), how
 * often, and what that adds up to. A term in the headline says more about what a story is about
 * than the same term in its tenth paragraph; a term repeated says more than a term named once,
 * but with diminishing returns, so one name repeated cannot outweigh everything else.
 */
import { foldText, lexiconMatcher, type CompiledTerm, type Matcher } from './lexicon';

/** Weight of an occurrence in the headline: the headline states the subject. */
export const TITLE_WEIGHT = 3;
/** Weight of an occurrence in the opening: news puts the subject in the lede. */
export const LEDE_WEIGHT = 2;
/** Weight of an occurrence further down. */
export const BODY_WEIGHT = 1;
/**
 * The opening, in characters: about the first two paragraphs of a wire story (a lede of ~35 words
 * plus the next paragraph). Pages often start with a dateline or a photo caption, so a single
 * paragraph would be too short.
 */
export const LEDE_CHARS = 800;
/** Each repetition after the first adds this much of the term's weight… */
export const REPEAT_BONUS = 0.5;
/** …for at most this many repetitions, so one word repeated cannot decide alone. */
export const MAX_REPEATS = 6;

/** How much one term says about an article. */
export interface TermEvidence {
  term: CompiledTerm;
  count: number;
  inTitle: boolean;
  inLede: boolean;
  /** weight × (best position weight + REPEAT_BONUS × min(count − 1, MAX_REPEATS)). */
  score: number;
}

/** All the evidence of an article. */
export interface Evidence {
  /** By canonical term name, in order of first occurrence. */
  terms: Map<string, TermEvidence>;
  /** Words in the text (for densities). */
  words: number;
}

/** Number of whitespace-separated words, without building an array on huge texts. */
export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 9 || c === 13 || c === 160;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** Collects the evidence of a headline and a text. */
export function gatherEvidence(title: string, text: string, matcher: Matcher = lexiconMatcher()): Evidence {
  const terms = new Map<string, TermEvidence>();
  const note = (term: CompiledTerm, where: number): void => {
    let e = terms.get(term.name);
    if (!e) {
      e = { term, count: 0, inTitle: false, inLede: false, score: 0 };
      terms.set(term.name, e);
    }
    e.count++;
    if (where === TITLE_WEIGHT) e.inTitle = true;
    if (where === LEDE_WEIGHT) e.inLede = true;
  };
  for (const hit of matcher.scan(foldText(title))) note(hit.term, TITLE_WEIGHT);
  for (const hit of matcher.scan(foldText(text))) note(hit.term, hit.start < LEDE_CHARS ? LEDE_WEIGHT : BODY_WEIGHT);
  for (const e of terms.values()) {
    const best = e.inTitle ? TITLE_WEIGHT : e.inLede ? LEDE_WEIGHT : BODY_WEIGHT;
    e.score = e.term.weight * (best + REPEAT_BONUS * Math.min(e.count - 1, MAX_REPEATS));
  }
  return { terms, words: countWords(text) };
}

/** Sum of the scores of the evidence that passes a filter. */
export function sumScores(evidence: Evidence, keep: (e: TermEvidence) => boolean): number {
  let total = 0;
  for (const e of evidence.terms.values()) if (keep(e)) total += e.score;
  return total;
}
