import { describe, expect, it } from 'vitest';
import { deflateRawSync } from 'node:zlib';
import { LIBRARY_ENTRY_VERSION, LIBRARY_MAX_NAMED, LIBRARY_MAX_SENTENCE, LIBRARY_MAX_WORDS, featureDisplay, libraryEntryOf } from '../../../src/analysis/library-entry';
import { MAX_NAMED_PER_REPORT, MAX_WORDS_PER_REPORT } from '../../../src/build/corpus/build-index';
import { ENTRY_VERSION, readEntry } from '../../../src/platform/library-schema';
import { encodeRecord, recordBytes } from '../../../src/platform/library-codec';
import { normaliseArticleUrl } from '../../../src/base/article-url';
import { analysedPage, realEntry } from './entries';

/** Issue 15, point 6: storage ≤ 3 KB per entry without texts. */
const ENTRY_BUDGET = 3 * 1024;
const bytes = (x: unknown): number => new TextEncoder().encode(JSON.stringify(x)).length;

describe('a library entry made by the engine', () => {
  const page = analysedPage();
  const e = realEntry();

  it('keeps the metadata, the measured figures with their sentences, and the features', () => {
    expect(page.topic.gaza).toBe(true);
    expect(e).toMatchObject({
      v: LIBRARY_ENTRY_VERSION,
      url: 'https://www.dailycourier.example/world/middle-east/gaza-strikes-truce-talks-2024-01-24',
      title: 'Strikes kill dozens in central Gaza as truce talks resume',
      publisher: 'Daily Courier',
      date: '2024-01-24',
      dateInferred: false,
      lang: 'en',
    });
    const measured = page.figures.filter((f) => f.measure);
    expect(e.figures).toHaveLength(measured.length);
    expect(e.figures.length).toBeGreaterThanOrEqual(20);
    for (const [i, f] of e.figures.entries()) {
      const sentence = e.sentences[f.sentence] ?? '';
      expect(sentence.slice(f.at, f.at + f.text.length), f.text).toBe(f.text);
      expect(f).toMatchObject({ value: measured[i]?.value, measure: measured[i]?.measure, source: measured[i]?.source, scope: measured[i]?.scope, qualifier: measured[i]?.qualifier });
    }
    const toll = e.figures.find((f) => f.text === '25,490');
    expect(toll).toMatchObject({ measure: 'killed.palestinians.cumulative', source: 'Gaza health ministry', label: expect.any(String) });
    const keys = e.features.map((f) => f[0]);
    expect(keys).toEqual(expect.arrayContaining(['n:rafah', 'q:24:soldier', 'v:25490', 'f:killed.palestinians.cumulative:208']));
    expect(featureDisplay(e.features.find((f) => f[0] === 'n:rafah')!)).toBe('Rafah');
    expect(readEntry(e)).toEqual({ ok: true, entry: e });
  });

  it('keeps flags of parts and claims', () => {
    const withFlags = { ...page, figures: page.figures.map((f, i) => (i === 2 ? { ...f, part: true as const, claim: true as const } : f)) };
    expect(withFlags.figures[2]?.measure).not.toBeNull();
    const entry = libraryEntryOf(withFlags, 1);
    if (!entry) throw new Error('no URL');
    expect(entry.figures.find((f) => f.part && f.claim)?.text).toBe(page.figures[2]?.text);
  });

  it('dates an undated page by its inferred date, and says so', () => {
    const undated = { ...page, article: { ...page.article, date: null }, inferredDate: '2024-01-23' };
    expect(libraryEntryOf(undated, 1)).toMatchObject({ date: '2024-01-23', dateInferred: true });
    expect(libraryEntryOf({ ...undated, inferredDate: null }, 1)).toMatchObject({ date: null, dateInferred: false });
  });

  it('is made only for a page with an http(s) address; the address can be given', () => {
    const noUrl = { ...page, article: { ...page.article, url: null } };
    expect(libraryEntryOf(noUrl, 1)).toBeNull();
    expect(libraryEntryOf(page, 1, 'about:blank')).toBeNull();
    expect(libraryEntryOf(noUrl, 1, 'https://www.dailycourier.example/a/?utm_medium=x')?.url).toBe('https://www.dailycourier.example/a');
  });

  it('cuts a run-on sentence around its figure', () => {
    const filler = 'and the shelling went on '.repeat(60);
    const text = `${filler}as the health ministry said 25,490 people had been killed since the war began ${filler}.`;
    const start = text.indexOf('25,490');
    const figure = { ...page.figures.find((f) => f.text === '25,490')!, start, end: start + 6, sentenceStart: 0, sentenceEnd: text.length };
    const cut = libraryEntryOf({ ...page, article: { ...page.article, text }, figures: [figure] }, 1);
    const sentence = cut?.sentences[0] ?? '';
    expect(sentence.length).toBeLessThanOrEqual(LIBRARY_MAX_SENTENCE);
    expect(sentence.length).toBeGreaterThan(LIBRARY_MAX_SENTENCE - 2);
    expect(sentence.slice(cut?.figures[0]?.at, (cut?.figures[0]?.at ?? 0) + 6)).toBe('25,490');
  });

  it('never keeps the page text: only sentences that carry a kept figure', () => {
    const json = JSON.stringify(e);
    expect(json).not.toContain('Hamas said its fighters had destroyed 14 military vehicles');
    expect(json).not.toContain('a new round was expected in Cairo');
    expect(e.sentences.join(' ').length).toBeLessThan(page.article.text.length * 0.8);
  });

  it('keeps at most the bundled index’s features per report (caps held equal to build-index.ts)', () => {
    expect(LIBRARY_MAX_WORDS).toBe(MAX_WORDS_PER_REPORT);
    expect(LIBRARY_MAX_NAMED).toBe(MAX_NAMED_PER_REPORT);
    expect(e.features.filter((f) => !f[0].startsWith('w:')).length).toBeLessThanOrEqual(LIBRARY_MAX_NAMED);
    expect(new Set(e.features.map((f) => f[0])).size).toBe(e.features.length);
  });

  it('with twenty figures, is stored in at most 3 KB (issue 15.6), measured', async () => {
    expect(e.figures.length).toBeGreaterThanOrEqual(20);
    const record = await encodeRecord(e);
    const stored = recordBytes(record);
    const json = bytes(e);
    console.log(`library entry: ${e.figures.length} figures (of ${page.figures.length} found), ${e.sentences.length} sentences, ${e.features.length} features; JSON ${json} B (deflate ${deflateRawSync(JSON.stringify(e)).length} B), stored ${stored} B; page text ${page.article.text.length} chars`);
    expect(stored).toBeLessThanOrEqual(ENTRY_BUDGET);
  });

  it('has the schema version the store reads', () => {
    expect(LIBRARY_ENTRY_VERSION).toBe(ENTRY_VERSION);
  });
});

describe('normaliseArticleUrl', () => {
  it.each([
    ['https://www.bbc.com/news/world-123#comments', 'https://www.bbc.com/news/world-123'],
    ['https://WWW.BBC.COM/news/world-123/', 'https://www.bbc.com/news/world-123'],
    ['https://www.bbc.com/news/world-123?utm_source=x&utm_medium=email&fbclid=abc', 'https://www.bbc.com/news/world-123'],
    ['https://example.com/story?p=12&ocid=feed&a=1', 'https://example.com/story?a=1&p=12'],
    ['http://example.com:80/', 'http://example.com/'],
    ['https://user:pw@example.com/a', 'https://example.com/a'],
  ])('%s → %s', (url, key) => {
    expect(normaliseArticleUrl(url)).toBe(key);
  });

  it('refuses what is not an http(s) URL', () => {
    for (const url of ['', 'not a url', 'file:///tmp/a.html', 'chrome-extension://abc/popup.html', 'javascript:alert(1)']) expect(normaliseArticleUrl(url)).toBeNull();
  });

  it('is idempotent', () => {
    for (const url of ['https://www.bbc.com/news/world-123/?utm_source=x#c', 'https://example.com/?b=2&a=1']) {
      const once = normaliseArticleUrl(url);
      expect(normaliseArticleUrl(once ?? '')).toBe(once);
    }
  });
});
