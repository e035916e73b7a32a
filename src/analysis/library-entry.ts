/**
 * What the reader's library keeps of an article (issue 15, point 2), and how it is made from the
 * engine's reading of a page. An entry holds the article's metadata, its figures with the sentences
 * they stand in, and the matching features the corpus index is built from; never the page's text.
 * The store keeps each entry deflate-compressed (src/platform/library-codec.ts).
 * src/platform/library-store.ts stores entries; this file is pure and runs in Node.
 */
import type { Article, Figure } from '../types';
import { featuresOf, keptFeatures, MAX_NAMED_PER_REPORT, MAX_WORDS_PER_REPORT } from '../corpus/report-features';
import { featureWeight } from '../corpus/term-weights';
import { normaliseArticleUrl } from '../base/article-url';
import { libraryReportId, publisherOf } from '../corpus/library-index';
import type { ComparedReport } from './analyze-article';

/** The entry schema's version. Bump it, and add a step to the store's entry migrations, when {@link LibraryEntry} changes. */
export const LIBRARY_ENTRY_VERSION = 1;

/**
 * Content words, and names, counts, numbers and figures, kept per entry: the bundled index's caps
 * (src/corpus/report-features.ts `keptFeatures`), so a library entry enters the index on the same
 * terms as a bundled report.
 */
export const LIBRARY_MAX_WORDS = MAX_WORDS_PER_REPORT;
export const LIBRARY_MAX_NAMED = MAX_NAMED_PER_REPORT;
/** Longest sentence kept with a figure: the bound compare-figures.ts puts on the sentences it shows. */
export const LIBRARY_MAX_SENTENCE = 600;

/** One figure as kept (figures with a measure only): the engine's {@link Figure} without offsets into a text the entry does not keep. */
export interface LibraryFigure {
  value: number;
  valueMax?: number;
  text: string;
  qualifier: string | null;
  /** Key from the measure vocabulary. */
  measure: string;
  label: string | null;
  source: string | null;
  scope: string | null;
  /** Index into {@link LibraryEntry.sentences} of the sentence the figure stands in. */
  sentence: number;
  /** Offset of `text` in that sentence (so a later reader can rebuild the figure's offsets). */
  at: number;
  part?: true;
  claim?: true;
}

/**
 * One matching feature: [key, display, count], as src/corpus/text-features.ts and
 * report-features.ts compute them ("n:khan younis", "Khan Younis", 2). An incremental index needs
 * exactly this to add the entry: the keys for its forward list and postings, each key's count to
 * rank the entry's features by tf·idf as build-index.ts does, and the display for reasons shown.
 * `display` is "" where it is the key without its kind prefix (saves bytes; {@link featureDisplay}).
 */
export type LibraryFeature = [key: string, display: string, count: number];

/** An article kept in the reader's library. */
export interface LibraryEntry {
  /** Entry schema version ({@link LIBRARY_ENTRY_VERSION}). */
  v: number;
  /** The article's address, normalised (src/base/article-url.ts): the entry's key. */
  url: string;
  title: string | null;
  publisher: string | null;
  /** Publication date YYYY-MM-DD, or the date inferred from its toll, or null. */
  date: string | null;
  /** True when `date` was inferred (src/reference/infer-date.ts), not read from the page. */
  dateInferred: boolean;
  /** The page's language (html lang), or null. */
  lang: string | null;
  /** When it was kept, in milliseconds since 1970 (orders the library newest first). */
  keptAt: number;
  /** The sentences the figures stand in, each once, bounded to {@link LIBRARY_MAX_SENTENCE} characters. */
  sentences: string[];
  figures: LibraryFigure[];
  features: LibraryFeature[];
}

/** A feature's display form, restoring the one {@link LibraryFeature} leaves out. */
export const featureDisplay = (f: LibraryFeature): string => f[1] || f[0].slice(2);

/**
 * The page's features worth keeping, best first: names, counts, numbers and figures (at most
 * {@link LIBRARY_MAX_NAMED}) then content words (at most {@link LIBRARY_MAX_WORDS}, plus the
 * always-kept ones), ranked as build-index.ts ranks a report's by weight × (1 + ln count). The
 * weight is the prior one (the page alone, df = n = 1): the library cannot know the corpus's
 * counts when it keeps a page, and the index recomputes weights over the whole corpus anyway.
 */
export function selectFeatures(text: string, title: string, terms: readonly string[], figures: readonly Figure[]): LibraryFeature[] {
  const scored = [...featuresOf(text, title, terms, figures)]
    .map(([key, f]) => ({ key, f, s: featureWeight(key, 1, 1) * (1 + Math.log(f.count)) }))
    .sort((a, b) => b.s - a.s || (a.key < b.key ? -1 : 1));
  return keptFeatures(scored).map(({ key, f }) => [key, f.display === key.slice(2) ? '' : f.display, f.count]);
}

/** What {@link libraryEntryOf} reads: the engine's results for a Gaza-war page (an `Analysis` fits). */
export interface KeptPage {
  article: Article;
  topic: { terms: readonly string[] };
  figures: readonly Figure[];
  inferredDate: string | null;
}

/**
 * The library entry of an analysed page, or null when the page has no http(s) address to key it
 * by. Features are read from the whole analysed text (as the build reads a report's), and from the
 * title unless it is missing.
 */
export function libraryEntryOf(page: KeptPage, keptAt: number, pageUrl: string | null = page.article.url): LibraryEntry | null {
  const url = normaliseArticleUrl(pageUrl ?? '');
  if (!url) return null;
  const { article, figures } = page;
  const sentences: string[] = [];
  const index = new Map<string, number>();
  // Figures without a measure are not kept: nothing compares them, and their numbers stay as
  // features ("q:41:people", "v:280000"). On the library's test page that is 14 of 35 figures.
  const kept = figures.filter((f): f is Figure & { measure: string } => f.measure !== null).map((f): LibraryFigure => {
    const start = Math.max(0, Math.min(f.sentenceStart, f.start));
    let end = Math.min(article.text.length, Math.max(f.sentenceEnd, f.end));
    // Too long a sentence (a run-on scrape) is cut around the figure, as compare-figures.ts does.
    const from = end - start <= LIBRARY_MAX_SENTENCE ? start : Math.max(start, f.start - (LIBRARY_MAX_SENTENCE - (f.end - f.start)) / 2);
    end = Math.min(end, from + Math.max(LIBRARY_MAX_SENTENCE, f.end - f.start));
    const sentence = article.text.slice(Math.floor(from), end);
    let i = index.get(sentence);
    if (i === undefined) {
      i = sentences.push(sentence) - 1;
      index.set(sentence, i);
    }
    return {
      value: f.value,
      ...(f.valueMax !== undefined ? { valueMax: f.valueMax } : {}),
      text: f.text,
      qualifier: f.qualifier,
      measure: f.measure,
      label: f.label,
      source: f.source,
      scope: f.scope,
      sentence: i,
      at: f.start - Math.floor(from),
      ...(f.part ? { part: true as const } : {}),
      ...(f.claim ? { claim: true as const } : {}),
    };
  });
  return {
    v: LIBRARY_ENTRY_VERSION,
    url,
    title: article.title,
    publisher: article.publisher,
    date: article.date ?? page.inferredDate,
    dateInferred: !article.date && page.inferredDate !== null,
    lang: article.lang,
    keptAt,
    sentences,
    figures: kept,
    features: selectFeatures(article.text, article.title ?? '', page.topic.terms, figures),
  };
}

/**
 * A library entry as a report to compare figures with: its sentences joined by line breaks as the
 * text, each figure placed back in its sentence, and the title and reading time its cards name.
 */
export function reportOfEntry(entry: LibraryEntry): ComparedReport {
  const starts: number[] = [];
  let at = 0;
  for (const s of entry.sentences) {
    starts.push(at);
    at += s.length + 1;
  }
  const figures: Figure[] = entry.figures.map((f) => {
    const sentenceStart = starts[f.sentence] ?? 0;
    const start = sentenceStart + f.at;
    const { sentence: _s, at: _a, ...kept } = f;
    return { ...kept, start, end: start + f.text.length, sentenceStart, sentenceEnd: sentenceStart + (entry.sentences[f.sentence]?.length ?? 0) };
  });
  return {
    id: libraryReportId(entry.url),
    publisher: publisherOf(entry),
    date: entry.date,
    text: entry.sentences.join('\n'),
    figures,
    title: entry.title ?? entry.url,
    keptAt: entry.keptAt,
  };
}
