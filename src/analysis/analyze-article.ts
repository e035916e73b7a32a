import type { Alignment, Article, Figure, RelatedReport, TopicResult } from '../types';
import { detectTopic } from '../topic/detect-topic';
import { extractFigures } from '../figures/extract-figures';
import { matchReports, type LoadedCorpus } from '../corpus/match-reports';
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

/**
 * Runs the engine on an article that has been read: topic, figures, their check against the
 * official series, related reports, comparison. On Gaza-war articles only: figures are checked
 * against the series, an undated page is dated from its toll (that date then stands for the page's
 * everywhere), and figures are compared with reports of the same story (other events of the war
 * legitimately carry other figures).
 */
export function analyzeArticle(article: Article, corpus: LoadedCorpus, readMs = 0, reference: ReferenceSet = NO_SERIES): Analysis {
  let t = now();
  const topic = detectTopic(article);
  const detectMs = now() - t;
  t = now();
  const found = extractFigures(article.text);
  const extractMs = now() - t;
  t = now();
  const checked = topic.gaza ? checkFigures(found, article, reference) : { figures: found, inferredDate: null };
  const { figures, inferredDate } = checked;
  const dated = inferredDate ? { ...article, date: inferredDate } : article;
  const checkMs = now() - t;
  t = now();
  const related = topic.gaza ? matchReports({ article: dated, topic, figures }, corpus) : [];
  const matchMs = now() - t;
  t = now();
  // Only the same-story reports are materialised (texts and figures), in corpus order.
  const sameStory = related.filter((r) => r.sameStory).map((r) => corpus.catalogue.indexOf(r.id) ?? -1).filter((r) => r >= 0).sort((a, b) => a - b);
  const reports = sameStory
    .map((r) => corpus.report(r))
    .map((r) => ({ id: r.id, publisher: r.publisher, date: r.date, text: r.text, figures: r.figures }));
  const alignments = reports.length > 0
    ? compareFigures({ id: null, publisher: article.publisher, date: dated.date, text: article.text, figures }, reports)
    : [];
  const compareMs = now() - t;
  return { article, topic, figures, related, alignments, inferredDate, timings: { readMs, detectMs, extractMs, matchMs, compareMs, checkMs } };
}
