/**
 * How much a shared feature says that two texts tell the same story: an IDF weight whose document
 * frequency is smoothed toward a prior. The prior is the share of Gaza-war reports assumed to carry
 * the feature (lexicon-data.json "generic"; DEFAULT_SHARE otherwise), worth PRIOR_REPORTS reports.
 * In the three-seed corpus the prior dominates, so "Gaza" (in every war report) weighs ~0.1 while
 * "Netzarim" weighs ~2.4; at 100,000 reports the corpus's own counts dominate.
 */
import { LEXICON } from '../topic/lexicon';
import lexicon from './lexicon-data.json';
import { canonicalName, fold, stem } from './normalize';

/**
 * Assumed share of war reports carrying a feature not listed as generic, by kind: names and bare
 * numbers are rare (5%), counted things rarer (3%), while an unlisted content word ("tank",
 * "residents") recurs across war coverage (15%).
 */
export const DEFAULT_SHARE: Record<string, number> = { n: 0.05, p: 0.15, v: 0.05, q: 0.03, w: 0.15, f: 0.05 };
/** The prior counts as this many reports: small enough that 100 real reports outweigh it. */
export const PRIOR_REPORTS = 20;

/**
 * How much each kind of feature counts, relative to a name. A counted thing ("24 soldiers") is the
 * most specific; a bare number less so; one word of a longer name ("Nations", "Hagari") and a
 * content word are weak on their own (they recur across war reports). Figure agreements are scored separately (score-related.ts).
 */
export const KIND_WEIGHT: Record<string, number> = { n: 1, p: 0.5, q: 1.5, v: 0.8, w: 0.45, f: 1.2 };

/**
 * Prior shares of the topic lexicon's terms by kind: every lexicon term is war vocabulary, but a
 * place in the Strip (Khan Younis, Netzarim corridor) is named by far fewer reports than an actor
 * (the Israeli military), an event of every phase (hostages, ceasefire talks) or a people.
 */
export const LEXICON_KIND_SHARE: Record<string, number> = { place: 0.12, actor: 0.25, event: 0.4, people: 0.8 };

const PRIOR = new Map<string, number>();
for (const term of LEXICON?.terms ?? []) {
  const share = LEXICON_KIND_SHARE[term.kind];
  if (share !== undefined && typeof term.name === 'string') PRIOR.set(`n:${canonicalName(fold(term.name))}`, share);
}
for (const [k, share] of Object.entries(lexicon.generic)) {
  if (k.includes(':')) PRIOR.set(k, share);
  else {
    PRIOR.set(`n:${canonicalName(k)}`, share);
    PRIOR.set(`w:${stem(k)}`, share);
  }
}

/** The prior share of reports carrying `key`. */
export function priorShare(key: string): number {
  const listed = PRIOR.get(key) ?? (key.startsWith('f:') ? PRIOR.get(key.slice(0, key.lastIndexOf(':'))) : undefined);
  return listed ?? DEFAULT_SHARE[key.charAt(0)] ?? 0.05;
}

/** Smoothed inverse document frequency of a feature found in `df` of `n` reports. */
export function idf(key: string, df: number, n: number): number {
  const share = (df + priorShare(key) * PRIOR_REPORTS) / (n + PRIOR_REPORTS);
  return Math.max(0, Math.log(1 / Math.min(1, share)));
}

/** The weight of a shared feature: its IDF times its kind's weight. */
export function featureWeight(key: string, df: number, n: number): number {
  return idf(key, df, n) * (KIND_WEIGHT[key.charAt(0)] ?? 1);
}
