/**
 * The engine on the bench's articles in English, Arabic and French (Node, the background's side
 * of the in-browser section): each page read once as the content script reads it (Readability over
 * linkedom), then analysed as the background does (matchArticle against the bundled seeds and the
 * official series). The first analysis of a page in a language compiles that language's data
 * (src/language/per-language.ts, which records it); the rest are warm. Medians printed, never asserted.
 */
import { resolve } from 'node:path';
import { compileCorpus } from '../../src/build/corpus/corpus-index';
import { compileReferenceFromDir } from '../../src/build/reference/compile-reference';
import { matchArticle, type Timings } from '../../src/analysis/analyze-article';
import { readArticle } from '../../src/article/read-article';
import { loadCorpus } from '../../src/corpus/match-reports';
import { compiledLanguages } from '../../src/language/per-language';
import { loadReference } from '../../src/reference/format';
import { longArticle } from '../../tests/e2e/support/generated-pages';
import { parseHtml } from '../lib/dom';
import { loadReportsFromDir } from '../lib/read-seeds';
import { languageArticle } from './language-pages';
import { ms, quantile, table } from './stats';

const WORDS = 10_000;

/** The section's table, after `reps` warm analyses of each page. */
export function languageSection(reps = 20): string {
  const corpus = loadCorpus(compileCorpus(loadReportsFromDir(resolve(import.meta.dirname, '..', '..', 'seeds'))));
  const reference = loadReference(compileReferenceFromDir());
  const pages = [
    { lang: 'en', html: longArticle(WORDS) },
    { lang: 'ar', html: languageArticle('ar', WORDS) },
    { lang: 'fr', html: languageArticle('fr', WORDS) },
  ];
  const before = compiledLanguages('lexicon').join(', ') || 'none';
  const rows: string[][] = [];
  for (const p of pages) {
    const article = readArticle(parseHtml(p.html), { url: `https://www.reuters.com/bench/article-${p.lang}.html` });
    const total = (t: Timings): number => t.detectMs + t.extractMs + t.checkMs + t.matchMs;
    const t0 = performance.now();
    const first = matchArticle(article, corpus, 0, reference);
    const firstMs = performance.now() - t0;
    const warm: Timings[] = [];
    for (let i = 0; i < reps; i++) warm.push(matchArticle(article, corpus, 0, reference).timings);
    const med = (k: keyof Timings): string => ms(quantile(warm.map((t) => t[k]), 0.5));
    rows.push([p.lang, `${article.text.length.toLocaleString('en-US')}`, String(first.figures.length), String(first.figures.filter((f) => f.reference).length),
      `${ms(firstMs)} (topic ${ms(first.timings.detectMs)}, figures ${ms(first.timings.extractMs)})`, ms(quantile(warm.map(total), 0.5)), med('detectMs'), med('extractMs'), med('checkMs'), med('matchMs')]);
  }
  return [
    `The bench's articles in Node (${reps} warm analyses each after the first; languages compiled before this section: ${before}; after it: ${compiledLanguages('lexicon').join(', ') || 'none'}):`,
    '',
    table(['page', 'text chars', 'figures', 'checked', 'first analysis (compiles its language)', 'warm median', 'topic', 'figures', 'check', 'match'], rows),
  ].join('\n');
}
