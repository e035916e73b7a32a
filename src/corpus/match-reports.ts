import type { Article, Figure, RelatedReport, TopicResult } from '../types';
import type { CompiledCorpus } from './corpus-index';

/** A corpus ready to match against: loaded once (parses the serialized index). */
export interface LoadedCorpus {
  compiled: CompiledCorpus;
}

/** Loads a compiled corpus (parses its serialized index). PLACEHOLDER. */
export function loadCorpus(compiled: CompiledCorpus): LoadedCorpus {
  return { compiled };
}

/** What the matcher knows of the page. */
export interface PageForMatching {
  article: Article;
  topic: TopicResult;
  figures: readonly Figure[];
}

/** Ranks corpus reports by how related they are to the page, most related first. PLACEHOLDER. */
export function matchReports(page: PageForMatching, corpus: LoadedCorpus, limit = 5): RelatedReport[] {
  if (!page.topic.gaza) return [];
  return corpus.compiled.reports.slice(0, limit).map((r) => ({
    id: r.id, title: r.title, publisher: r.publisher, date: r.date, url: r.url, score: 0.1, sameStory: false, reasons: [],
  }));
}

/** One hit of the popup's corpus search. */
export interface SearchHit {
  id: string;
  title: string;
  publisher: string;
  date: string;
  score: number;
}

/** Fuzzy search of the corpus by words. PLACEHOLDER. */
export function searchCorpus(query: string, corpus: LoadedCorpus, limit = 10): SearchHit[] {
  const q = query.toLowerCase();
  return corpus.compiled.reports
    .filter((r) => r.text.toLowerCase().includes(q))
    .slice(0, limit)
    .map((r) => ({ id: r.id, title: r.title, publisher: r.publisher, date: r.date, score: 1 }));
}
