import type { Alignment, Article, Figure, RelatedReport, TopicResult } from '../types';
import { detectTopic } from '../topic/detect-topic';
import { extractFigures } from '../figures/extract-figures';
import { extractFiguresIn } from '../figures/extract-figures-lang';
import { pageLanguage } from '../language/detect-language';
import type { Lang } from '../language/languages';
import { matchReports, segmentsOf, type Corpora } from '../corpus/match-reports';
import { compareFigures } from '../compare/compare-figures';
import { checkFigures } from '../reference/check';
import type { ReferenceSet } from '../reference/format';

/** Milliseconds spent in each stage. */
export interface Timings {
  readMs: number;
  detectMs: number;
  extractMs: number;
  matchMs: number;
  compareMs: number;
  /** Checking the figures against the official series (and dating an undated page). */
  checkMs: number;
}

/** Everything Crosscheck knows about one page. Plain data: it crosses message boundaries as JSON. */
export interface Analysis {
  article: Article;
  topic: TopicResult;
  figures: Figure[];
  related: RelatedReport[];
  /** Page figures that corpus reports also give, with how they compare (agrees too). */
  alignments: Alignment[];
  /** An undated page: the date of the bulletin its toll equals (src/reference/infer-date.ts), else null. */
  inferredDate: string | null;
  timings: Timings;
}

/** Page figures a related report gives differently (the alignments that are not "agrees"). */
export function differencesOf(analysis: Pick<Analysis, 'alignments'>): Alignment[] {
  return analysis.alignments.filter((a) => a.kind !== 'agrees');
}

/** A monotonic clock in both Node and browsers. */
const now = (): number => performance.now();

/** No official series: figures get no reference check (tests and tools that do not need one). */
const NO_SERIES: ReferenceSet = { series: [], byId: () => undefined, forMeasure: () => [] };

/** A same-story report as the comparison reads it: a bundled report, or a library article rebuilt from its entry (library-entry.ts `reportOfEntry`). */
export interface ComparedReport {
  id: string;
  publisher: string;
  date: string | null;
  text: string;
  figures: Figure[];
  /** A library article's title and when it was kept, for the cards that name it. */
  title?: string;
  keptAt?: number;
}

/** The analysis up to matching; {@link finishAnalysis} compares the figures with the same-story reports. */
export interface MatchedPage extends Omit<Analysis, 'alignments'> {
  /** The page as matched: its date is the inferred one where the page had none. */
  dated: Article;
  /** Ids of the related reports of the same story, to read for comparison. */
  sameStory: string[];
}

/**
 * The language the engine reads a page in: the page's (declared, else from its script and words,
 * src/language/detect-language.ts) when it is one of the engine's; English otherwise, so a page in
 * a language the engine does not read, or too short to tell, goes the way every page went before.
 */
export function engineLanguage(article: Pick<Article, 'lang' | 'text'>): Lang {
  const text = typeof article.text === 'string' ? article.text : '';
  return pageLanguage(article.lang ?? null, text).lang ?? 'en';
}

/**
 * Runs the engine on an article that has been read, up to matching: topic, figures, their check
 * against the official series, related reports. On Gaza-war articles only: figures are checked
 * against the series, an undated page is dated from its toll (that date then stands for the page's
 * everywhere), and related reports are found in every corpus segment (the bundled corpus, the
 * reader's library).
 */
export function matchArticle(article: Article, corpora: Corpora, readMs = 0, reference: ReferenceSet = NO_SERIES): MatchedPage {
  let t = now();
  const lang = engineLanguage(article);
  const topic = detectTopic(article, lang);
  const detectMs = now() - t;
  t = now();
  const found = lang === 'en' ? extractFigures(article.text) : extractFiguresIn(article.text, lang);
  const extractMs = now() - t;
  t = now();
  const checked = topic.gaza ? checkFigures(found, article, reference) : { figures: found, inferredDate: null };
  const { figures, inferredDate } = checked;
  const dated = inferredDate ? { ...article, date: inferredDate } : article;
  const checkMs = now() - t;
  t = now();
  const related = topic.gaza ? matchReports({ article: dated, topic, figures }, corpora) : [];
  const matchMs = now() - t;
  const sameStory = related.filter((r) => r.sameStory).map((r) => r.id);
  return { article, dated, topic, figures, related, inferredDate, sameStory, timings: { readMs, detectMs, extractMs, matchMs, compareMs: 0, checkMs } };
}

/**
 * Compares the page's figures with its same-story reports (other events of the war legitimately
 * carry other figures), in the order given; `compareMs` also counts the time spent reading them
 * when `readStarted` (a performance.now() time) says when that began.
 */
export function finishAnalysis(page: MatchedPage, reports: readonly ComparedReport[], readStarted = now()): Analysis {
  const { dated, sameStory: _ids, ...rest } = page;
  const alignments = reports.length > 0
    ? compareFigures({ id: null, publisher: page.article.publisher, date: dated.date, text: page.article.text, figures: page.figures }, reports)
    : [];
  return { ...rest, alignments, timings: { ...page.timings, compareMs: now() - readStarted } };
}

/** A same-story report read from whichever segment holds it, or null. */
export function reportFrom(corpora: Corpora, id: string): ComparedReport | null {
  for (const c of segmentsOf(corpora)) {
    const r = c.catalogue.indexOf(id);
    if (r === undefined) continue;
    const rep = c.report(r);
    return { id: rep.id, publisher: rep.publisher, date: rep.date, text: rep.text, figures: rep.figures };
  }
  return null;
}

/** Report ids in corpus order: by segment, then by their place in it (the order comparison lists them in). */
export function inCorpusOrder(corpora: Corpora, ids: readonly string[]): string[] {
  const segments = segmentsOf(corpora);
  const place = (id: string): [number, number] => {
    for (let s = 0; s < segments.length; s++) {
      const r = segments[s]?.catalogue.indexOf(id);
      if (r !== undefined) return [s, r];
    }
    return [segments.length, 0];
  };
  return ids.map((id) => ({ id, at: place(id) })).sort((a, b) => a.at[0] - b.at[0] || a.at[1] - b.at[1]).map((x) => x.id);
}

/**
 * Runs the whole engine on an article that has been read ({@link matchArticle}, then
 * {@link finishAnalysis}). Same-story reports are read with `read` (by default from the segment
 * holding them), in the order of their ids: a caller whose library keeps the sentences elsewhere
 * passes its own reader.
 */
export function analyzeArticle(
  article: Article,
  corpora: Corpora,
  readMs = 0,
  reference: ReferenceSet = NO_SERIES,
  read: (id: string) => ComparedReport | null = (id) => reportFrom(corpora, id),
): Analysis {
  const page = matchArticle(article, corpora, readMs, reference);
  const t = now();
  const reports = inCorpusOrder(corpora, page.sameStory).map(read).filter((r) => r !== null);
  return finishAnalysis(page, reports, t);
}
