/** Library entries for the tests: one made by the real engine from our own page, and small ones. */
import { readArticle } from '../../../src/article/read-article';
import { detectTopic } from '../../../src/topic/detect-topic';
import { extractFigures } from '../../../src/figures/extract-figures';
import { libraryEntryOf, type LibraryEntry } from '../../../src/analysis/library-entry';
import { pageDocument } from './page';

/** The engine's reading of tests/unit/library/page.ts. */
export function analysedPage() {
  const article = readArticle(pageDocument());
  const topic = detectTopic(article);
  const figures = extractFigures(article.text);
  return { article, topic, figures, inferredDate: null };
}

/** The library entry of that page, kept at 24 Jan 2024 10:00 UTC. */
export function realEntry(): LibraryEntry {
  const entry = libraryEntryOf(analysedPage(), Date.UTC(2024, 0, 24, 10));
  if (!entry) throw new Error('the test page has no URL');
  return entry;
}

/** A small valid entry. */
export function entry(url: string, keptAt: number, change: Partial<LibraryEntry> = {}): LibraryEntry {
  return {
    v: 1,
    url,
    title: `Article at ${url}`,
    publisher: 'Daily Courier',
    date: '2024-01-24',
    dateInferred: false,
    lang: 'en',
    keptAt,
    sentences: ['The Gaza health ministry said 25,490 people had been killed.'],
    figures: [{ value: 25490, text: '25,490', qualifier: null, measure: 'killed.palestinians.cumulative', label: 'killed in Gaza', source: 'Gaza health ministry', scope: null, sentence: 0, at: 30 }],
    features: [['v:25490', '25,490', 1], ['n:khan younis', 'Khan Younis', 2]],
    ...change,
  };
}
