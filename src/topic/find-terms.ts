/** Which Gaza-war lexicon terms a text names: tags for corpus reports and words for matching reasons. */
import { foldText, lexiconMatcher } from './lexicon';

/**
 * Canonical names of the Gaza-war lexicon terms present in a text, in order of first occurrence
 * ("Khan Younis", "Hamas", "ceasefire talks"…). Negative terms (Lebanon, Mozambique…) are not
 * returned: they tag what a text is not. Never throws.
 */
export function findTerms(text: string): string[] {
  if (typeof text !== 'string' || text === '') return [];
  const seen = new Set<string>();
  for (const hit of lexiconMatcher().scan(foldText(text))) if (!hit.term.negative) seen.add(hit.term.name);
  return [...seen];
}
