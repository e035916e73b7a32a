import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_CHARS, readArticle } from '../../../src/article/read-article';
import { doc, jsonLd, page, STORY } from './pages';

const graphPage = page({
  head: `<title>Tanks push into Khan Younis | Daily Courier</title>
<meta property="og:title" content="Tanks push into western Khan Younis as truce talks go on">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Courier Online">
<link rel="canonical" href="/world/2024/01/23/tanks-khan-younis">
<meta property="og:url" content="https://news.example.org/world/2024/01/23/tanks-khan-younis?ref=home">
${jsonLd({
  '@context': 'https://schema.org',
  '@graph': [
    { '@type': 'Organization', '@id': '#org', name: 'The Daily Courier' },
    { '@type': ['NewsArticle', 'ReportageNewsArticle'], headline: 'Tanks push into Khan Younis', datePublished: '2024-01-23T23:40:00-05:00', publisher: { '@id': '#org' } },
  ],
})}`,
  h1: 'Tanks push into Khan Younis',
});

describe('readArticle on a news page', () => {
  const a = readArticle(doc(graphPage), { url: 'https://news.example.org/x' });

  it('takes og:title first', () => {
    expect(a.title).toBe('Tanks push into western Khan Younis as truce talks go on');
  });

  it('keeps the date the publisher wrote, not the UTC day', () => {
    expect(a.date).toBe('2024-01-23');
  });

  it('resolves the JSON-LD publisher through its @id', () => {
    expect(a.publisher).toBe('The Daily Courier');
  });

  it('resolves a relative canonical link against og:url', () => {
    expect(a.url).toBe('https://news.example.org/world/2024/01/23/tanks-khan-younis');
  });

  it('takes the most specific type of an @type array', () => {
    expect(a.pageType).toBe('reportagenewsarticle');
  });

  it('reads the language', () => {
    expect(a.lang).toBe('en');
  });

  it('joins paragraphs with a blank line and leaves out navigation and footer', () => {
    expect(a.text).toContain(`${STORY[0]}\n\n${STORY[1]}`);
    expect(a.text).not.toMatch(/Privacy|Sport|Menu/);
    expect(a.truncated).toBe(false);
    expect(a.fullLength).toBe(a.text.length);
    expect(a.updates).toEqual([]);
  });
});

describe('readArticle metadata fallbacks', () => {
  it('strips " | Site" from <title> when there is nothing better', () => {
    const a = readArticle(doc(page({ head: '<title>Strikes hit Rafah overnight | Daily Courier</title>' })));
    expect(a.title).toBe('Strikes hit Rafah overnight');
  });

  it('keeps a dash tail that is part of the headline', () => {
    const a = readArticle(doc(page({ head: '<title>Gaza toll passes 40,000 - health ministry</title>' })));
    expect(a.title).toBe('Gaza toll passes 40,000 - health ministry');
  });

  it('drops a dash tail that names the site', () => {
    const a = readArticle(doc(page({ head: '<title>Gaza toll passes 40,000 - Daily Courier</title><meta property="og:site_name" content="Daily Courier">' })));
    expect(a.title).toBe('Gaza toll passes 40,000');
  });

  it('prefers the article h1 to <title>', () => {
    const a = readArticle(doc(page({ head: '<title>Home | Daily Courier</title>', h1: 'Convoy reaches Deir al-Balah after delay' })));
    expect(a.title).toBe('Convoy reaches Deir al-Balah after delay');
  });

  it('reads the date from article:published_time', () => {
    const a = readArticle(doc(page({ head: '<meta property="article:published_time" content="2024-04-07T09:00:00Z">' })));
    expect(a.date).toBe('2024-04-07');
  });

  it('reads the date from the <time datetime> of the byline under the headline', () => {
    const byline = '<p class="byline">By a staff reporter, <time datetime="2023-11-24T07:00">24 Nov</time></p>';
    const a = readArticle(doc(page({ h1: `Tanks push deeper into Khan Younis</h1>${byline}<h2>`, paragraphs: STORY })));
    expect(a.date).toBe('2023-11-24');
  });

  it('never takes a date from a rail or list of other stories; without the article\'s own, the page is undated', () => {
    const rail = '<aside><h2>More stories</h2><ul><li><a href="/old"><time datetime="2019-03-02">2 Mar 2019</time> Floods in the north</a></li></ul></aside>';
    const related = '<div class="related-stories"><time datetime="2020-06-01">1 Jun 2020</time> Another story</div>';
    expect(readArticle(doc(page({ before: rail, after: related, h1: 'Tanks push deeper into Khan Younis' }))).date).toBeNull();
    // A <time> standing apart from the headline is no byline either.
    expect(readArticle(doc(page({ before: '<div><time datetime="2023-11-24T07:00">24 Nov</time></div>' }))).date).toBeNull();
  });

  it('reads a date stamp that is only text, in the byline under the headline', () => {
    const byline = '<div class="byline">Staff reporter <span class="datestamp">January 23, 2024 2:05pm</span></div>';
    expect(readArticle(doc(page({ h1: `Tanks push deeper into Khan Younis</h1>${byline}<h2>`, paragraphs: STORY }))).date).toBe('2024-01-23');
  });

  it('reads a byline set apart from the headline\'s block, before the story begins, but not a date further on', () => {
    const logo = '<header class="site"><h1>Courier</h1></header>';
    const head = '<div class="head"><h1>Tanks push deeper into Khan Younis as talks go on</h1></div>';
    const byline = '<section class="authorinfo"><span>Staff reporter</span> <time datetime="2024-01-23T14:05:00Z">January 23, 2024</time></section>';
    const html = (between: string, after = '') => `<!doctype html><html class="ShowNavrail"><body>${logo}${head}${between}<main>${STORY.map((p) => `<p>${p}</p>`).join('')}${after}</main></body></html>`;
    expect(readArticle(doc(html(byline))).date).toBe('2024-01-23');
    // A rail between the headline and the story is another story's; a date after the story has begun is not the byline.
    expect(readArticle(doc(html('<div class="related-stories"><time datetime="2019-03-02">2 Mar 2019</time></div>'))).date).toBeNull();
    expect(readArticle(doc(html('', '<p class="note"><time datetime="2019-03-02">2 Mar 2019</time></p>'))).date).toBeNull();
  });

  it('reads an element marked itemprop=datePublished wherever it stands outside rails', () => {
    const marked = '<div class="meta"><span itemprop="datePublished" content="2024-01-23">Tuesday</span></div>';
    expect(readArticle(doc(page({ after: marked }))).date).toBe('2024-01-23');
  });

  it('reads the date from the URL path or slug', () => {
    expect(readArticle(doc(page({})), { url: 'https://example.com/world/2024/01/24/story' }).date).toBe('2024-01-24');
    expect(readArticle(doc(page({})), { url: 'https://example.com/news/2024-04-07/troops-leave' }).date).toBe('2024-04-07');
  });

  it('falls back to the host without www. for the publisher', () => {
    const a = readArticle(doc(page({})), { url: 'https://www.courier.example/a/b' });
    expect(a.publisher).toBe('courier.example');
    expect(a.url).toBe('https://www.courier.example/a/b');
  });

  it('reads og:type as the page type', () => {
    expect(readArticle(doc(page({ head: '<meta property="og:type" content="Website">' }))).pageType).toBe('website');
  });
});

describe('readArticle leaves the live page alone', () => {
  it('does not change the document it reads', () => {
    const d = doc(graphPage);
    const before = d.documentElement.outerHTML;
    readArticle(d);
    expect(d.documentElement.outerHTML).toBe(before);
  });
});

describe('readArticle caps the text', () => {
  it('cuts at a break, never inside a number, and says so', () => {
    const a = readArticle(doc(page({})), { maxChars: 300 });
    expect(a.truncated).toBe(true);
    expect(a.text.length).toBeLessThanOrEqual(300);
    expect(a.fullLength).toBeGreaterThan(300);
    expect(STORY.join('\n\n').startsWith(a.text)).toBe(true);
    expect(a.text).not.toMatch(/\d,$|\s$/);
  });

  it('has a default cap far beyond any article', () => {
    expect(DEFAULT_MAX_CHARS).toBeGreaterThanOrEqual(100_000);
  });

  it('treats a nonsense cap as the default', () => {
    expect(readArticle(doc(page({})), { maxChars: Number.NaN }).truncated).toBe(false);
  });
});

describe('readArticle without Readability', () => {
  it('falls back to the article element on a short page', () => {
    const a = readArticle(doc(page({ paragraphs: ['Shelling was heard in Beit Lahia overnight, a resident said by phone to reporters.'] })));
    expect(a.text).toBe('Shelling was heard in Beit Lahia overnight, a resident said by phone to reporters.');
  });
});
