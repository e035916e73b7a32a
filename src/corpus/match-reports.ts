/**
 * Related reports for a page. Candidates come from the inverted index (postings of the page's
 * rarer features, resolved exactly, by transliteration skeleton or by fuse.js), so the work
 * grows with the postings touched, not with the corpus; the best candidates are then scored in
 * full (score-related.ts).
 */
import type { Article, Figure, RelatedReport, TopicResult } from '../types';
import { resolveFeatures } from './fuzzy-lookup';
import { groupCandidates } from './group-candidates';
import type { LoadedCorpus } from './load-corpus';
import { pageDay, type PageDay } from './page-dates';
import { framedAsRepeat } from './story-framing';
import { featuresOf } from './report-features';
import type { TextFeatures } from './text-features';
import { normaliseArticleUrl } from '../base/article-url';
import { libraryReportId } from './library-index';
import { scoreReport, worthListing, type PageFeatureSet } from './score-related';

export { loadCorpus, type LoadedCorpus, type StoredReport } from './load-corpus';
export { searchCorpora, searchCorpus, type SearchHit } from './search-corpus';

/** What the matcher knows of the page. */
export interface PageForMatching {
  article: Article;
  topic: TopicResult;
  figures: readonly Figure[];
}

/**
 * A corpus, or several segments read as one: the bundled corpus and the reader's library
 * (library-index.ts). Each segment is matched on its own and the results merged by rank.
 */
export type Corpora = LoadedCorpus | readonly LoadedCorpus[];

/** The segments of {@link Corpora}. */
export const segmentsOf = (corpora: Corpora): readonly LoadedCorpus[] => (Array.isArray(corpora) ? corpora : [corpora as LoadedCorpus]);

/** Candidates scored in full per page: 48 is 10× the default limit, room for the date to reorder them. */
export const CANDIDATES = 48;
/**
 * Features posted for more than this share of the corpus's groups of near-duplicates are not walked
 * for candidates (they still count when a candidate is scored): at 100,000 reports a 5% feature is 5,000 postings for an IDF
 * weight under 3, and walking them dominated match time (npm run bench).
 */
export const MAX_SCAN_SHARE = 0.05;
/** Days either side of the anchoring report's date an undated page is taken to be from. */
export const ANCHOR_TOLERANCE = 1;
/**
 * Characters of the page's text read for matching features. A report in the corpus runs about
 * 3,000 characters and news puts the event in its opening paragraphs, so 8,000 (about 1,300 words,
 * the first dozen paragraphs) holds what decides the match; every figure of the page still counts,
 * wherever it stands. Reading a 10,000-word article in full cost 13.7 ms of the 30 ms the in-page
 * budget allows (measured with tests/e2e/support/generated-pages).
 */
export const MATCH_TEXT_CHARS = 8_000;

/** The page's features resolved against the corpus (best closeness per corpus feature). */
export function pageFeatureSet(page: PageForMatching, corpus: LoadedCorpus): PageFeatureSet {
  return resolvedSet(pageFeatures(page), corpus);
}

/** The page's matching features (its first {@link MATCH_TEXT_CHARS} characters, title, terms and figures). */
function pageFeatures(page: PageForMatching): TextFeatures {
  const { article, topic, figures } = page;
  const text = article.text.length > MATCH_TEXT_CHARS ? article.text.slice(0, MATCH_TEXT_CHARS) : article.text;
  return featuresOf(text, article.title ?? '', topic.terms, figures);
}

/** Page features resolved against one corpus segment. */
function resolvedSet(feats: TextFeatures, corpus: LoadedCorpus): PageFeatureSet {
  const set: PageFeatureSet = new Map();
  for (const f of resolveFeatures(feats, corpus)) {
    const had = set.get(f.id);
    if (!had || had.closeness < f.closeness) set.set(f.id, { closeness: f.closeness, display: f.display });
  }
  return set;
}

/** Report indices most worth scoring: highest accumulated weight over the walked postings, a few per group of near-duplicates (group-candidates.ts). */
export function candidates(set: PageFeatureSet, corpus: LoadedCorpus, count = CANDIDATES, day: PageDay | null = null): number[] {
  return groupCandidates(set, corpus, count, MAX_SCAN_SHARE, day);
}

/**
 * Ranks corpus reports by how related they are to the page, most related first: same story before
 * same war, then by score (segments in order on ties). Gaza-war pages only.
 */
export function matchReports(page: PageForMatching, corpora: Corpora, limit = 5): RelatedReport[] {
  if (!page.topic.gaza || limit <= 0) return [];
  const segments = segmentsOf(corpora).filter((c) => c.size > 0);
  if (segments.length === 0) return [];
  const feats = pageFeatures(page);
  const day = pageDay(page.article.date, page.article.text);
  const found = segments.flatMap((c) => matchSegment(page, resolvedSet(feats, c), c, day, limit));
  return found.sort((a, b) => Number(b.sameStory) - Number(a.sameStory) || b.score - a.score).slice(0, limit);
}

/** The related reports of one segment. */
function matchSegment(page: PageForMatching, set: PageFeatureSet, corpus: LoadedCorpus, day: PageDay | null, limit: number): RelatedReport[] {
  // A page kept in the reader's library is not a report related to itself.
  const key = normaliseArticleUrl(page.article.url ?? '');
  const self = key ? corpus.catalogue.indexOf(libraryReportId(key)) : undefined;
  const found = candidates(set, corpus, CANDIDATES, day).filter((r) => r !== self);
  const repeats = framedAsRepeat(page.article.title, page.article.text);
  let scored = found.map((r) => ({ r, v: scoreReport(r, corpus, set, page.figures, day, repeats) }));
  const anchor = day ? undefined : scored.filter((x) => x.v.sameStory).sort((a, b) => b.v.evidence - a.v.evidence)[0];
  const anchorDay = anchor ? corpus.days[anchor.r] ?? -1 : -1;
  if (anchorDay >= 0) {
    // An undated page that is plainly the same event as a report happened about then: the other
    // reports are judged by that day, so a report of the same week joins and another month's does not.
    const dated: PageDay = { day: anchorDay, tolerance: ANCHOR_TOLERANCE, source: 'anchor' };
    scored = found.map((r) => ({ r, v: scoreReport(r, corpus, set, page.figures, dated, repeats) }));
  }
  // A report of only the same war is listed when it shares real evidence with the page: sharing
  // "Gaza", "Israel" and a street name says nothing a reader can use.
  scored = scored
    .filter((x) => worthListing(x.v))
    .sort((a, b) => Number(b.v.sameStory) - Number(a.v.sameStory) || b.v.score - a.v.score || a.r - b.r)
    .slice(0, limit);
  return scored.map(({ r, v }) => {
    const rep = corpus.catalogue.summary(r);
    const kept = rep.keptAt !== undefined ? { keptAt: rep.keptAt } : {};
    return { id: rep.id, title: rep.title, publisher: rep.publisher, date: rep.date, url: rep.url, score: v.score, sameStory: v.sameStory, reasons: v.reasons, ...kept };
  });
}
