/** Plain-data builders for the UI tests: alignments, figures and tab results as the engine gives them. */
import type { Analysis } from '../../../src/analysis/analyze-article';
import type { TabResult } from '../../../src/platform/messages';
import type { Alignment, Article, Figure, OtherFigure, RelatedReport, TopicResult } from '../../../src/types';

export function other(over: Partial<OtherFigure> = {}): OtherFigure {
  return {
    report: '001_04e031c6b96cc0b5',
    publisher: 'ARN News Centre (Reuters)',
    value: 25_700,
    text: '25,700',
    qualifier: null,
    date: '2024-01-24',
    source: 'Gaza health ministry',
    sentence: 'At least 25,700 Palestinians have been killed, the Gaza health ministry said.',
    ...over,
  };
}

export function alignment(over: Partial<Alignment> = {}): Alignment {
  return {
    measure: 'killed',
    label: 'Death toll',
    page: { value: 25_490, text: '25,490', qualifier: 'at least', source: 'Gaza health ministry', date: '2024-01-24', start: 100, end: 106, sentence: 'At least 25,490 people were killed.' },
    others: [other()],
    kind: 'update',
    change: 210,
    days: 0,
    explanation: '25,700 on 24 Jan (ARN) is 210 more, 0 days later',
    ...over,
  };
}

export function figure(text: string, start: number, over: Partial<Figure> = {}): Figure {
  return {
    value: Number(text.replace(/\D/g, '')) || 0,
    text,
    qualifier: null,
    measure: 'killed',
    label: 'Death toll',
    source: 'Gaza health ministry',
    scope: null,
    start,
    end: start + text.length,
    sentenceStart: 0,
    sentenceEnd: 0,
    ...over,
  };
}

export function article(over: Partial<Article> = {}): Article {
  return {
    title: 'Israel presses Khan Younis assault as truce talks go on',
    text: '',
    date: '2024-01-24',
    publisher: 'Example News',
    url: 'https://www.example-news.com/world/gaza',
    pageType: 'article',
    lang: 'en',
    truncated: false,
    fullLength: 4_000,
    updates: [],
    ...over,
  };
}

export function topic(over: Partial<TopicResult> = {}): TopicResult {
  return { gaza: true, isArticle: true, score: 0.86, terms: ['Gaza', 'Hamas', 'Khan Younis'], reason: 'The article names Gaza, Hamas and Khan Younis throughout.', ...over };
}

export function related(over: Partial<RelatedReport> = {}): RelatedReport {
  return {
    id: '001_04e031c6b96cc0b5',
    title: 'Israel hits Khan Younis amid talks on one-month Gaza truce',
    publisher: 'ARN News Centre (Reuters)',
    date: '2024-01-24',
    url: 'https://www.arnnewscentre.ae/en/news/',
    score: 0.8,
    sameStory: true,
    reasons: ['Same day', 'Both name Khan Younis and the truce talks'],
    ...over,
  };
}

export function tabResult(over: Partial<Analysis> = {}, url = 'https://www.example-news.com/world/gaza'): TabResult {
  const analysis: Analysis = {
    article: article(),
    topic: topic(),
    figures: [],
    related: [related(), related({ id: '002_13625b8aa8aaa443', title: 'Netanyahu: Israel is one step away from victory', publisher: 'ITV News', date: '2024-04-07', sameStory: false, reasons: ['Same war'] })],
    alignments: [
      alignment(),
      alignment({ measure: 'injured', label: 'Injured', page: { ...alignment().page, value: 63_000, text: '63,000', qualifier: null, start: 200, end: 206 }, others: [other({ value: 63_000, text: '63,000' })], kind: 'agrees', change: undefined, days: undefined, explanation: 'Every report gives 63,000' }),
    ],
    timings: { readMs: 1, detectMs: 1, extractMs: 1, matchMs: 1, compareMs: 1 },
    ...over,
  };
  return { url, at: 0, analysis };
}
