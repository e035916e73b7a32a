/**
 * Plain-data builders for the UI tests: alignments, figures and tab results as the engine gives
 * them. The defaults mirror the engine's real output for {@link PAGE_TEXT}, dated 23 Jan 2024,
 * against the seed reports (fixtures.test.ts checks that they still do).
 */
import type { Analysis } from '../../../src/analysis/analyze-article';
import type { TabResult } from '../../../src/platform/messages';
import type { Alignment, Article, Figure, OtherFigure, RelatedReport, TopicResult } from '../../../src/types';

/** The page the defaults come from: a day before the seeds, with the toll of that day's bulletin. */
export const PAGE_TEXT = 'At least 25,490 Palestinians have been killed and 63,000 wounded in Israeli strikes since October 7, the Gaza health ministry said on Tuesday.\n\nIsraeli tanks pressed on in Khan Younis as Qatar and Egypt pushed for a 30-day ceasefire that would free hostages.';
export const PAGE_DATE = '2024-01-23';
const TOLL = 'killed.palestinians.cumulative';
const TOLL_LABEL = 'Palestinians killed in Gaza since 7 October';

export function other(over: Partial<OtherFigure> = {}): OtherFigure {
  return {
    report: '001_04e031c6b96cc0b5',
    publisher: 'ARN News Centre (Reuters)',
    value: 25_700,
    text: '25,700',
    qualifier: 'at least',
    date: '2024-01-24',
    source: 'Palestinian health officials',
    sentence: 'Palestinian health officials said at least 25,700 Gazans had been killed in the war, including 210 in the previous 24 hours, with thousands more feared lost under the rubble of destroyed buildings.',
    ...over,
  };
}

export function alignment(over: Partial<Alignment> = {}): Alignment {
  return {
    measure: TOLL,
    label: TOLL_LABEL,
    page: { value: 25_490, text: '25,490', qualifier: 'at least', source: 'Gaza health ministry', date: PAGE_DATE, start: 9, end: 15, sentence: PAGE_TEXT.split('\n')[0] ?? '' },
    others: [other()],
    kind: 'update',
    change: 210,
    days: 1,
    explanation: 'This page (23 Jan 2024): at least 25,490. ARN News Centre (Reuters), 24 Jan 2024: at least 25,700; this report is 1 day later with 210 more, a later count of a growing total.',
    ...over,
  };
}

export function figure(text: string, start: number, over: Partial<Figure> = {}): Figure {
  return {
    value: Number(text.replace(/\D/g, '')) || 0,
    text,
    qualifier: null,
    measure: TOLL,
    label: TOLL_LABEL,
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
    date: PAGE_DATE,
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
      alignment({
        measure: 'ceasefire.days', label: 'length of the ceasefire under discussion (days)',
        page: { ...alignment().page, value: 30, text: '30', qualifier: null, source: null, start: 216, end: 218, sentence: PAGE_TEXT.split('\n\n')[1] ?? '' },
        others: [other({ value: 30, text: '30', qualifier: null, source: null })], kind: 'agrees', change: undefined, days: undefined,
      }),
    ],
    inferredDate: null,
    timings: { readMs: 1, detectMs: 1, extractMs: 1, matchMs: 1, compareMs: 1, checkMs: 1 },
    ...over,
  };
  return { url, at: 0, analysis };
}
