import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeDate, dateFromUrl } from '../../../src/base/dates';
import { readArticle, readPlainText } from '../../../src/article/read-article';
import { collapseSpaces } from '../../../src/article/whitespace';
import type { Article } from '../../../src/types';
import { doc } from './pages';

/** What every Article must satisfy, whatever the input. */
function wellFormed(a: Article, max: number): void {
  expect(typeof a.text).toBe('string');
  expect(a.text.length).toBeLessThanOrEqual(max);
  expect(a.fullLength).toBeGreaterThanOrEqual(a.text.length);
  expect(a.truncated).toBe(a.fullLength > a.text.length);
  expect(a.date === null || /^\d{4}-\d{2}-\d{2}$/.test(a.date)).toBe(true);
  for (const u of a.updates) {
    expect(u.start).toBeGreaterThanOrEqual(0);
    expect(u.end).toBeLessThanOrEqual(a.text.length);
    expect(u.start).toBeLessThanOrEqual(u.end);
  }
}

/** HTML-ish strings: tags, attributes, JSON-LD and text fragments in any order, often broken. */
const htmlish = fc
  .array(
    fc.oneof(
      fc.string(),
      fc.constantFrom('<p>', '</p>', '<article>', '</article>', '<div>', '<h1>', '<title>', '</title>', '<br>', '<script type="application/ld+json">', '</script>', '<meta property="og:type" content="article">', '<link rel="canonical" href="/x">', '<time datetime="2024-01-24">', '<!--', '-->', '<![CDATA[', '&amp;', '&#0;', '<html lang="he" dir="rtl">'),
      fc.constantFrom('{"@type":"LiveBlogPosting","liveBlogUpdate":[{"articleBody":"x"}]}', '{"@graph":[{"@type":["NewsArticle"],"publisher":{"@id":"#o"}}]}', 'Gaza', 'Hamas said', 'غزة'),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

describe('property: the reader never throws', () => {
  it('readArticle on arbitrary HTML strings parsed by linkedom', () => {
    fc.assert(
      fc.property(htmlish, fc.integer({ min: 0, max: 5_000 }), (html, max) => {
        wellFormed(readArticle(doc(html), { maxChars: max }), max);
      }),
      { numRuns: 300 },
    );
  });

  it('readPlainText on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 2_000 }), fc.integer({ min: 0, max: 3_000 }), (raw, max) => {
        wellFormed(readPlainText(raw, { maxChars: max }), max);
      }),
      { numRuns: 500 },
    );
  });

  it('date parsers on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        for (const d of [normalizeDate(s), dateFromUrl(s)]) expect(d === null || /^\d{4}-\d{2}-\d{2}$/.test(d)).toBe(true);
      }),
      { numRuns: 1_000 },
    );
  });
});

describe('collapseSpaces', () => {
  /** Text made of words and every kind of whitespace JavaScript's \s knows, in runs of any length. */
  const spaced = fc.array(fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom(' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u2028', ' \n ', '\v\f')), { maxLength: 30 }).map((parts) => parts.join(''));

  it('gives exactly what replace(/\\s+/g, " ") gives', () => {
    fc.assert(fc.property(spaced, (s) => collapseSpaces(s) === s.replace(/\s+/g, ' ')), { numRuns: 2_000 });
  });

  it('leaves text with single spaces as it is', () => {
    expect(collapseSpaces('at least 25,490 people')).toBe('at least 25,490 people');
    expect(collapseSpaces('a \u00a0\n b\tc')).toBe('a b c');
  });
});
