/**
 * Is this article about the Gaza war, and why. An explainable classifier: the weighted lexicon
 * (lexicon.json) gives evidence for and against; structure decides whether the article is ABOUT
 * the war (a core term in the headline or opening, or named densely) rather than naming it in
 * passing; competing topics (Lebanon, Iran, Ukraine…) and other senses of "Gaza" (a province of
 * Mozambique, a band, a restaurant) keep it off. Pure: an Article in, a TopicResult out.
 */
import type { Article, TopicResult } from '../types';
import type { Lang } from '../language/languages';
import { gatherEvidence, sumScores, type Evidence, type TermEvidence } from './evidence';
import { matcherFor } from './language-lexicons';
import { pageKind } from './page-kind';
import { say } from '../wording/messages';

export { findTerms } from './find-terms';
export { quickCheck } from './quick-check';

/**
 * Evidence at which the strength reaches 1 − 1/e ≈ 0.63. A short story naming Gaza in its
 * headline and the Israeli military in its lede scores about 13 (→ 0.66); a long one about the
 * war scores 40 or more (→ 0.96); a story naming Gaza once in its body scores 3–5 (→ 0.3).
 */
const STRENGTH_SCALE = 12;
/** Score from which an article is about the Gaza war. */
export const GAZA_THRESHOLD = 0.5;
/** Score an article is held to when a rule says it is not about the war, below the threshold. */
const CAPPED_SCORE = 0.45;
/**
 * Core mentions per 1,000 words that make a story about Gaza even without Gaza in its headline
 * or opening: a story about Gaza names it or its places every paragraph or two (10+ per 1,000
 * words); one on Iran or Lebanon naming Gaza in passing does so once or twice.
 */
const CORE_DENSITY = 3;
/** …and at least this many core mentions, so a 100-word brief does not pass on one word. */
const MIN_CORE_MENTIONS = 3;
/**
 * Core mentions a story needs when the opening, but not the headline, names the war: a story about
 * the war names Gaza, Hamas or a place in the Strip again and again; one about Israeli coalition
 * politics, a football team or a campus protest names "the war in Gaza" once, in a subordinate
 * clause of its opening ("reservists who have served for months in Gaza").
 */
const MIN_LEDE_MENTIONS = 2;
/**
 * …or this many distinct specific parties and events of the war (not "Israel" or its leaders, whom
 * any story on Israeli politics names, nor "Gaza war", which is the passing mention itself). A short wire brief names Gaza
 * once but is all about the war: "Gaza's health ministry said … since October 7", "UNRWA … the
 * Oct. 7 attack". The passing mentions this rule exists for name no party or event besides the war.
 */
const MIN_LEDE_CONTEXT = 2;
const GENERIC_CONTEXT = new Set(['Israel', 'Gaza war', 'Netanyahu', 'Yoav Gallant']);
/**
 * A neighbouring conflict wins when its evidence passes the Gaza core evidence; with the topic
 * in the headline and no core term there, when it passes half of it ("Israel strikes Iran",
 * which mentions Hamas in its fifth paragraph).
 */
const HEADLINE_TOPIC_SHARE = 0.5;
/**
 * Another sense of "Gaza" (Mozambique's province, a band, a restaurant) wins at half the core
 * evidence: such pages name Gaza often, as the band's or the province's name.
 */
const SENSE_SHARE = 0.5;
/** Terms reported at most. */
const MAX_TERMS = 6;

const byScore = (a: TermEvidence, b: TermEvidence): number => b.score - a.score;

/** The competing topic or sense that outweighs the Gaza evidence, if any. */
function rival(evidence: Evidence, core: number, coreInTitle: boolean): { label: string; isSense: boolean; terms: TermEvidence[] } | null {
  const groups = new Map<string, { isSense: boolean; score: number; inTitle: boolean; terms: TermEvidence[] }>();
  for (const e of evidence.terms.values()) {
    const label = e.term.topic ?? e.term.sense;
    if (!e.term.negative || !label) continue;
    const g = groups.get(label) ?? { isSense: e.term.sense !== null, score: 0, inTitle: false, terms: [] };
    g.score += e.score;
    g.inTitle ||= e.inTitle;
    g.terms.push(e);
    groups.set(label, g);
  }
  let best: { label: string; isSense: boolean; terms: TermEvidence[]; score: number } | null = null;
  for (const [label, g] of groups) {
    const wins = g.isSense
      ? g.score >= SENSE_SHARE * core
      : g.score > core || (g.inTitle && !coreInTitle && g.score > HEADLINE_TOPIC_SHARE * core);
    if (wins && (!best || g.score > best.score)) best = { label, isSense: g.isSense, terms: g.terms.sort(byScore), score: g.score };
  }
  return best;
}

/** "A, B and C". */
function listOf(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  const init = names.slice(1, -1).reduce((list, item) => say('list.item', { list, item }), names[0]!);
  return say('list.last', { list: init, item: names[names.length - 1]! });
}

/**
 * Decides whether an article is about the Gaza war. `lang` is the page's language
 * (src/language/detect-language.ts): its lexicon is read with the English one; English, or null
 * (not known), reads the English lexicon alone. Never throws.
 */
export function detectTopic(article: Article, lang: Lang | null = 'en'): TopicResult {
  try {
    return decide(article, lang);
  } catch {
    return { gaza: false, isArticle: false, score: 0, terms: [], reason: say('topic.failed') };
  }
}

function decide(article: Article, lang: Lang | null): TopicResult {
  const title = typeof article.title === 'string' ? article.title : '';
  const text = typeof article.text === 'string' ? article.text : '';
  const kind = pageKind({ pageType: article.pageType, text });
  const evidence = gatherEvidence(title, text, matcherFor(lang));
  const positive = [...evidence.terms.values()].filter((e) => !e.term.negative).sort(byScore);
  const negative = sumScores(evidence, (e) => e.term.negative);
  const total = sumScores(evidence, (e) => !e.term.negative);
  const coreTerms = positive.filter((e) => e.term.core);
  const core = coreTerms.reduce((n, e) => n + e.score, 0);
  const coreMentions = coreTerms.reduce((n, e) => n + e.count, 0);
  const coreInTitle = coreTerms.some((e) => e.inTitle);
  const density = evidence.words > 0 ? (coreMentions * 1000) / evidence.words : 0;
  const specificContext = positive.filter((e) => (e.term.kind === 'actor' || e.term.kind === 'event') && !GENERIC_CONTEXT.has(e.term.name)).length;
  const anchored = coreInTitle ||
    (coreTerms.some((e) => e.inLede) && (coreMentions >= MIN_LEDE_MENTIONS || specificContext >= MIN_LEDE_CONTEXT)) ||
    (coreMentions >= MIN_CORE_MENTIONS && density >= CORE_DENSITY);
  const context = positive.some((e) => e.term.kind === 'actor' || e.term.kind === 'event');
  const other = rival(evidence, core, coreInTitle);

  const strength = 1 - Math.exp(-total / STRENGTH_SCALE);
  const share = total + negative > 0 ? total / (total + negative) : 0;
  let score = strength * share;
  const names = positive.slice(0, MAX_TERMS).map((e) => e.term.name);
  let reason: string;
  let terms = names;
  if (coreTerms.length === 0) {
    score = Math.min(score, CAPPED_SCORE);
    reason = positive.length === 0
      ? say('topic.none')
      : say('topic.no-core', { terms: listOf(names.slice(0, 3)) });
  } else if (other) {
    score = Math.min(score, CAPPED_SCORE);
    terms = [...other.terms.map((e) => e.term.name), ...names].slice(0, MAX_TERMS);
    reason = other.isSense
      ? say('topic.other-sense', { label: other.label, terms: listOf(other.terms.slice(0, 3).map((e) => e.term.name)) })
      : say('topic.other-topic', { label: other.label, terms: listOf(other.terms.slice(0, 3).map((e) => e.term.name)) });
  } else if (!anchored) {
    score = Math.min(score, CAPPED_SCORE);
    const where = say(coreTerms.some((e) => e.inLede) ? 'topic.where.not-headline' : 'topic.where.not-opening');
    reason = say('topic.passing', { term: coreTerms[0]?.term.name ?? 'Gaza', mentions: say('topic.mentions', { count: coreMentions }), words: say('topic.words', { count: evidence.words }), where });
  } else if (!context) {
    score = Math.min(score, CAPPED_SCORE);
    reason = say('topic.no-context', { terms: listOf(coreTerms.slice(0, 2).map((e) => e.term.name)) });
  } else if (score < GAZA_THRESHOLD) {
    reason = say('topic.too-little', { terms: listOf(names.slice(0, 3)) });
  } else {
    const where = say(coreInTitle ? 'topic.where.headline' : 'topic.where.opening');
    reason = say('topic.about', { terms: listOf(names.slice(0, 3)), term: coreTerms[0]?.term.name ?? 'Gaza', where });
  }
  const gaza = kind.isArticle && score >= GAZA_THRESHOLD;
  if (!kind.isArticle) reason = say('topic.not-article', { why: kind.why, reason });
  return { gaza, isArticle: kind.isArticle, score: Math.round(score * 1000) / 1000, terms, reason };
}
