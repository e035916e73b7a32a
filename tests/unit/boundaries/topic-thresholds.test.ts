/**
 * Boundary tests for the thresholds of src/topic: where the opening ends (LEDE_CHARS), how far
 * repetition counts (MAX_REPEATS), the quick check's sample (QUICK_SAMPLE_CHARS), how much prose
 * makes an article (page-kind.ts), and the mentions that anchor a story to the war (detect-topic.ts).
 * Each gets a case at its edge and one just past it. Found missing by mutation testing
 * (`npm run mutate -- --mutate 'src/topic/**\/*.ts'`).
 *
 * The sentences are written for these tests; where a figure appears it is one the Gaza health
 * ministry reported (25,490 killed by 23 Jan 2024; 195 in the 24 hours before).
 */
import { describe, expect, it } from 'vitest';
import { detectTopic } from '../../../src/topic/detect-topic';
import { gatherEvidence, LEDE_CHARS, MAX_REPEATS } from '../../../src/topic/evidence';
import { pageKind } from '../../../src/topic/page-kind';
import { QUICK_SAMPLE_CHARS, quickCheck } from '../../../src/topic/quick-check';
import type { Article } from '../../../src/types';

/** `n` characters of neutral filler words (no lexicon term), ending in a space. */
function filler(n: number): string {
  const unit = 'the weather stayed mild ';
  return unit.repeat(Math.ceil(n / unit.length)).slice(0, n - 1) + ' ';
}

const article = (title: string, text: string, pageType: string | null = 'article'): Article =>
  ({ title, text, date: '2024-01-23', publisher: 'Test Gazette', url: null, pageType, lang: 'en', truncated: false, fullLength: text.length, updates: [] });

/** LEDE_CHARS (800): a term starting before this offset is in the opening and weighs more. */
describe('LEDE_CHARS: where the opening ends', () => {
  it('counts "Hamas" starting at the last character of the opening as in it, one character later as body', () => {
    const at = (offset: number) => gatherEvidence('', `${filler(offset)}Hamas fighters.`).terms.get('Hamas');
    const inside = at(LEDE_CHARS - 1);
    const outside = at(LEDE_CHARS);
    expect(inside?.inLede).toBe(true);
    expect(outside?.inLede).toBe(false);
    expect(inside?.score ?? 0).toBeGreaterThan(outside?.score ?? 0);
  });
  it('pinned: the first two wire paragraphs (about 600 characters) are the opening; the fifth (1,200) is not', () => {
    expect(gatherEvidence('', `${filler(600)}Hamas said.`).terms.get('Hamas')?.inLede).toBe(true);
    expect(gatherEvidence('', `${filler(1_200)}Hamas said.`).terms.get('Hamas')?.inLede).toBe(false);
  });
  it('weighs a headline mention above an opening one, and an opening one above a body one', () => {
    const title = gatherEvidence('Hamas talks', 'x').terms.get('Hamas')?.score ?? 0;
    const lede = gatherEvidence('', 'Hamas talks').terms.get('Hamas')?.score ?? 0;
    const body = gatherEvidence('', `${filler(LEDE_CHARS)}Hamas talks`).terms.get('Hamas')?.score ?? 0;
    expect(title).toBeGreaterThan(lede);
    expect(lede).toBeGreaterThan(body);
    expect(body).toBeGreaterThan(0);
  });
});

/** MAX_REPEATS (6): repetitions after the first add weight, up to six of them. */
describe('MAX_REPEATS: how far repetition counts', () => {
  const scoreOf = (mentions: number): number =>
    gatherEvidence('', Array.from({ length: mentions }, () => 'Hamas said.').join(' ')).terms.get('Hamas')?.score ?? 0;
  it('adds weight up to the last counted repetition, nothing for one more', () => {
    expect(scoreOf(MAX_REPEATS + 1)).toBeGreaterThan(scoreOf(MAX_REPEATS));
    expect(scoreOf(MAX_REPEATS + 2)).toBe(scoreOf(MAX_REPEATS + 1));
  });
  it('pinned: the 7th mention of a name still counts, the 8th and 20th do not', () => {
    expect(scoreOf(7)).toBeGreaterThan(scoreOf(6));
    expect(scoreOf(20)).toBe(scoreOf(7));
    expect(scoreOf(2)).toBeGreaterThan(scoreOf(1));
  });
});

/** QUICK_SAMPLE_CHARS (3,000): only the start of the text decides whether a page is worth reading. */
describe('QUICK_SAMPLE_CHARS: the quick check\'s sample', () => {
  it('sees "Rafah" ending at the last character of the sample, not cut by it', () => {
    const ending = `${filler(QUICK_SAMPLE_CHARS - 'Rafah'.length)}Rafah`;
    expect(ending).toHaveLength(QUICK_SAMPLE_CHARS);
    expect(quickCheck('', ending)).toBe(true);
    expect(quickCheck('', `${filler(QUICK_SAMPLE_CHARS - 'Rafah'.length + 1)}Rafah`)).toBe(false);
  });
  it('looks at the title whatever the sample, and only at word starts', () => {
    expect(quickCheck('Strikes on Rafah', filler(100))).toBe(true);
    expect(quickCheck('Strikes on Transrafah', filler(100))).toBe(false);
    expect(quickCheck('', 'Rafah')).toBe(true);
    expect(quickCheck('', '-Rafah')).toBe(true);
  });
});

/** A prose paragraph of exactly `n` characters ending a sentence. */
function prose(n: number): string {
  const head = 'The Gaza health ministry said 25,490 people had been killed';
  return `${head}${' and more'.repeat(Math.ceil(n / 9))}`.slice(0, n - 1) + '.';
}

/**
 * page-kind.ts: an untyped page needs MIN_PROSE_UNTYPED (500) characters of prose, in paragraphs of
 * MIN_PROSE_PARAGRAPH (60) or more, making up at least MIN_PROSE_SHARE (half) of its text; a page
 * typed as an article needs MIN_PROSE_TYPED (100); a paragraph without a sentence end counts from
 * LONG_PARAGRAPH (200) characters.
 */
describe('page kind: how much prose makes an article', () => {
  it('an untyped page with 500 characters of prose is an article, with 499 it is not', () => {
    expect(pageKind({ pageType: null, text: prose(500) }).isArticle).toBe(true);
    expect(pageKind({ pageType: null, text: prose(499) })).toEqual({ isArticle: false, why: 'it has too little running prose' });
  });
  it('counts paragraphs from 60 characters, not 59', () => {
    const sixties = Array.from({ length: 9 }, () => prose(60)).join('\n');
    const fiftyNines = Array.from({ length: 9 }, () => prose(59)).join('\n');
    expect(pageKind({ pageType: null, text: sixties }).isArticle).toBe(true);
    expect(pageKind({ pageType: null, text: fiftyNines }).isArticle).toBe(false);
  });
  it('counts a paragraph without a sentence end from 200 characters, not 199', () => {
    const cut = (n: number) => prose(n + 1).slice(0, n).replace(/\.$/, 'x');
    const twoHundreds = Array.from({ length: 3 }, () => cut(200)).join('\n');
    const short = Array.from({ length: 3 }, () => cut(199)).join('\n');
    expect(pageKind({ pageType: null, text: twoHundreds }).isArticle).toBe(true);
    expect(pageKind({ pageType: null, text: short }).isArticle).toBe(false);
  });
  it('needs prose to be at least half of the text', () => {
    const body = prose(600);
    /** Exactly `n` characters of short headline lines (none is prose), not ending in white space. */
    const lines = (n: number) => 'Rafah update\n'.repeat(Math.ceil(n / 13)).slice(0, n);
    // 600 characters of prose in a 1,200-character text (600 + the newline + 599): exactly half.
    const half = `${body}\n${lines(599)}`;
    expect(half.trim()).toHaveLength(1_200);
    expect(pageKind({ pageType: null, text: half }).isArticle).toBe(true);
    expect(pageKind({ pageType: null, text: `${half}x` })).toEqual({ isArticle: false, why: 'it is mostly short lines, like a list or home page' });
    expect(pageKind({ pageType: null, text: `${body}\n${lines(1_400)}` }).isArticle).toBe(false);
  });
  it('a page typed as an article needs 100 characters of prose, not 99', () => {
    expect(pageKind({ pageType: 'NewsArticle', text: prose(100) }).isArticle).toBe(true);
    expect(pageKind({ pageType: 'NewsArticle', text: prose(99) })).toEqual({ isArticle: false, why: 'it declares itself an article but has almost no text' });
    // "website" is no veto: a page so typed is judged by its text like an untyped one.
    expect(pageKind({ pageType: 'website', text: prose(2_000) })).toEqual(pageKind({ pageType: null, text: prose(2_000) }));
    expect(pageKind({ pageType: 'product', text: prose(2_000) }).isArticle).toBe(false);
  });
});

/**
 * detect-topic.ts: a story not naming the war in its headline is anchored to it by the opening
 * (with MIN_LEDE_MENTIONS = 2 core mentions or MIN_LEDE_CONTEXT = 2 specific parties) or by
 * density (MIN_CORE_MENTIONS = 3 and CORE_DENSITY = 3 per 1,000 words). The reason says
 * "only in passing" when it is not anchored.
 */
describe('anchoring a story to the war', () => {
  const passing = (title: string, text: string): boolean => /only in passing/.test(detectTopic(article(title, text)).reason);
  /** Body words with no lexicon term, `n` words long. */
  const words = (n: number): string => Array.from({ length: n }, () => 'quiet').join(' ');

  it('an opening naming Gaza twice anchors the story; once, with no specific party, does not', () => {
    const lede = (mentions: number) => `Coalition talks resumed in Jerusalem. ${Array.from({ length: mentions }, () => 'Reservists back from Gaza spoke.').join(' ')} ${words(400)}.`;
    expect(passing('Coalition talks resume', lede(2))).toBe(false);
    expect(passing('Coalition talks resume', lede(1))).toBe(true);
  });

  it('an opening naming Gaza once and two specific parties anchors it; one party does not', () => {
    const text = (parties: string) => `${parties} Officials in Gaza spoke. ${words(400)}.`;
    expect(passing('Talks resume', text('UNRWA and COGAT met.'))).toBe(false);
    expect(passing('Talks resume', text('UNRWA met.'))).toBe(true);
  });

  it('three core mentions in 1,000 body words anchor a story; two do not, nor three in 1,001 words', () => {
    const body = (mentions: number, total: number) => {
      const core = Array.from({ length: mentions }, () => 'Gaza');
      return `${words(300)} ${core.join(' ')} ${words(total - 300 - mentions)}`;
    };
    expect(passing('Talks resume', body(3, 1_000))).toBe(false);
    expect(passing('Talks resume', body(2, 1_000))).toBe(true);
    expect(passing('Talks resume', body(3, 1_001))).toBe(true);
    // Density alone is not enough: three mentions are needed even in a short brief.
    expect(passing('Talks resume', body(2, 302 + 300))).toBe(true);
  });

  it('says "1 time" and "2 times" in the passing reason', () => {
    expect(detectTopic(article('Talks resume', `${words(300)} Gaza ${words(700)}`)).reason).toMatch(/\(1 time in 1,001 words/);
    expect(detectTopic(article('Talks resume', `${words(300)} Gaza Gaza ${words(700)}`)).reason).toMatch(/\(2 times in 1,002 words/);
  });

  it('caps a story that is not anchored below the threshold, and reports at most six terms', () => {
    const busy = `${words(300)} Hamas, the IDF, UNRWA, COGAT, Ismail Haniyeh, Daniel Hagari, hostages, October 7 and Gaza. ${words(700)}`;
    const t = detectTopic(article('Talks resume', busy));
    expect(t.gaza).toBe(false);
    expect(t.score).toBeLessThanOrEqual(0.45);
    expect(t.terms.length).toBe(6);
  });

  it('a headline naming Gaza, with a party of the war, is about the war', () => {
    const t = detectTopic(article('Strikes across Gaza as Hamas talks stall', `The Gaza health ministry said 25,490 people had been killed, including 195 in 24 hours. Hamas said talks had stalled. ${words(150)}.`));
    expect(t.gaza).toBe(true);
    expect(t.score).toBeGreaterThanOrEqual(0.5);
  });
});
