import { describe, expect, it } from 'vitest';
import { readArticle } from '../../../src/article/read-article';
import { MAX_READABILITY_CHARS, MAX_READABILITY_DEPTH, MAX_READABILITY_ELEMENTS, readMainText, structureFits, textFits } from '../../../src/article/main-text';
import { detectTopic } from '../../../src/topic/detect-topic';
import { doc, page, STORY } from './pages';

/** Reads and classifies, and checks the shape of what comes back. */
function readsCleanly(html: string, maxChars?: number): ReturnType<typeof readArticle> {
  const a = readArticle(doc(html), maxChars === undefined ? {} : { maxChars });
  expect(typeof a.text).toBe('string');
  expect(a.date === null || /^\d{4}-\d{2}-\d{2}$/.test(a.date)).toBe(true);
  const t = detectTopic(a);
  expect(t.score).toBeGreaterThanOrEqual(0);
  expect(t.score).toBeLessThanOrEqual(1);
  return a;
}

describe('bad input gives a result, never an exception', () => {
  it('empty input', () => {
    const a = readsCleanly('');
    expect(a.text).toBe('');
    expect(a.fullLength).toBe(0);
  });

  it('malformed HTML: unclosed tags, stray closers, broken JSON-LD', () => {
    const a = readsCleanly(`<html><head><script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2024-01-24",}</script>
<body><div><p>${STORY[0]}<p>${STORY[1]}</span></div></td><article><p>${STORY[2]}`);
    expect(a.text).toContain('Khan Younis');
    expect(a.date).toBe('2024-01-24');
  });

  it('binary-looking bytes', () => {
    let junk = '';
    for (let i = 0; i < 20_000; i++) junk += String.fromCharCode((i * 7919) % 256);
    const a = readsCleanly(`<html><body><p>${junk}</p></body></html>`);
    expect(a.text).not.toMatch(/[\u0000-\u0008]/);
  });

  it('a right-to-left page in Arabic', () => {
    const arabic = 'قالت مصادر محلية إن القصف استمر طوال الليل في عدة أحياء من المدينة، وإن العائلات نزحت نحو الساحل بحثاً عن مأوى.';
    const a = readsCleanly(`<html lang="ar" dir="rtl"><head><title>أخبار اليوم</title></head><body><article>${`<p>${arabic}</p>`.repeat(6)}</article></body></html>`);
    expect(a.lang).toBe('ar');
    expect(a.text).toContain('العائلات');
  });

  it('a 5 MB page, in bounded time, capped and saying so', () => {
    const para = `<p>${STORY.join(' ')}</p>\n`;
    const html = page({ paragraphs: [], after: `<div>${para.repeat(Math.ceil(5_000_000 / para.length))}</div>` });
    expect(html.length).toBeGreaterThan(5_000_000);
    const a = readsCleanly(html, 50_000);
    expect(a.truncated).toBe(true);
    expect(a.text.length).toBeLessThanOrEqual(50_000);
    expect(a.fullLength).toBeGreaterThan(50_000);
  });

  it('a DOM nested 5,000 deep, in bounded time (Readability alone would take minutes)', () => {
    const depth = 5_000;
    const a = readsCleanly(`<html><body>${'<div>'.repeat(depth)}<p>${STORY[0]}</p>${'</div>'.repeat(depth)}</body></html>`);
    expect(a.text).toBe(STORY[0]);
  });
});

describe('the limits that decide whether Readability is run', () => {
  /** A document whose deepest element sits at `depth` (the html element is depth 1). */
  const nested = (depth: number): string => `<html><body>${'<div>'.repeat(depth - 3)}<p>x</p>${'</div>'.repeat(depth - 3)}</body></html>`;

  it('depth: 120 levels fit, 121 do not', () => {
    // html > body > (depth - 3) divs > p: the p is at `depth`.
    expect(structureFits(doc(nested(MAX_READABILITY_DEPTH - 1)))).toBe(true);
    expect(structureFits(doc(nested(MAX_READABILITY_DEPTH)))).toBe(true);
    expect(structureFits(doc(nested(MAX_READABILITY_DEPTH + 1)))).toBe(false);
  });

  it('elements: the limit fits, one more does not', () => {
    // html, head, body and the spans: head and body are added by the parser.
    const spans = (n: number): string => `<html><head></head><body>${'<span></span>'.repeat(n)}</body></html>`;
    expect(structureFits(doc(spans(MAX_READABILITY_ELEMENTS - 3)))).toBe(true);
    expect(structureFits(doc(spans(MAX_READABILITY_ELEMENTS - 2)))).toBe(false);
  });

  it('text: the limit fits, one more character does not', () => {
    const text = (n: number): string => `<html><head></head><body><p>${'a'.repeat(n)}</p></body></html>`;
    expect(textFits(doc(text(MAX_READABILITY_CHARS)).documentElement)).toBe(true);
    expect(textFits(doc(text(MAX_READABILITY_CHARS + 1)).documentElement)).toBe(false);
  });

  it('text is counted on the part Readability is given: a page whose scripts are over the limit still has its article part read', () => {
    const SECTIONS = ['World', 'Politics', 'Business', 'Sport', 'Culture', 'Science', 'Travel', 'Opinion'];
    /** The story beside a rail of links, in a layout, with a script of `scriptChars` characters. */
    const layout = (paragraphs: readonly string[], scriptChars: number): string => `<html><head></head><body>
<header><a href="/">Daily Courier</a><nav>${SECTIONS.map((n) => `<a href="/${n}">${n}</a>`).join(' ')}</nav></header>
<div class="layout"><div class="story"><h1>Tanks push into Khan Younis</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</div>
<ul class="rail"><li><a href="/a">Markets close higher</a></li><li><a href="/b">Storm warning for the coast</a></li></ul></div>
<script>window.state = "${'a'.repeat(scriptChars)}";</script></body></html>`;
    const fits = readMainText(doc(layout(STORY, MAX_READABILITY_CHARS)), 100_000);
    expect(fits.source).toBe('readability');
    expect(fits.paragraphs).toEqual(STORY);
    // The article part itself over the limit: not given to Readability, read by the bounded fallback.
    const over = readMainText(doc(layout([...STORY, 'a'.repeat(MAX_READABILITY_CHARS)], 0)), 100_000);
    expect(over.source).toBe('body');
  });
});
