import { describe, expect, it } from 'vitest';
import { articleContainer, MAX_CONTAINER_SHARE, RIVAL_SHARE } from '../../../src/article/article-container';
import { CONTAINER_MARK, containerCopy, precedes, removedByReadability } from '../../../src/article/container-copy';
import { readabilityParagraphs, readMainText } from '../../../src/article/main-text';
import { parseHtml } from '../../../scripts/lib/dom';
import { STORY } from './pages';

/**
 * A paragraph of 150 characters without commas: Readability's score for it is 1 + 1 + 1 = 3 (a
 * point, one comma-split part, one point per full 100 characters), so scores here are counts × 3.
 */
const plain = (i: number): string => `Paragraph ${String(i).padStart(3, '0')} of plain filler text that runs on without a single comma so that its score is easy to count by hand here ok.`.padEnd(150, '.');
const paras = (n: number, from = 0): string => Array.from({ length: n }, (_, i) => `<p>${plain(from + i)}</p>`).join('');
/** Elements that add to the page's size and to nothing else: no text, nothing scored. */
const filler = (n: number): string => `<div class="filler">${'<span></span>'.repeat(n)}</div>`;

/** A news-site shape: navigation, a rail with `rail` scored paragraphs, the story with `body` paragraphs under its headline. */
function site(opts: { body?: number; rail?: number; filler?: number; bare?: boolean; wrap?: (inner: string) => string } = {}): string {
  const story = `<article id="story"><h1>Tanks push deeper into Khan Younis</h1><div class="byline-box">By A. Writer</div><div id="text">${paras(opts.body ?? 10)}</div><div class="tags"><a href="/t/gaza">Gaza</a></div></article>`;
  return `<!doctype html><html><head><title>Tanks push deeper into Khan Younis</title></head><body>
${opts.bare ? '' : '<header><nav><a href="/">Home</a></nav></header>'}
<div id="layout">${(opts.wrap ?? ((s) => s))(story)}<aside id="rail"><div id="rail-list">${paras(opts.rail ?? 0, 500)}</div></aside></div>
${opts.filler === 0 ? '' : `<footer>${filler(opts.filler ?? 200)}</footer>`}</body></html>`;
}

describe('articleContainer: the part of the page given to Readability', () => {
  it('is the story with its headline, not the rail or the page', () => {
    const c = articleContainer(parseHtml(site()));
    expect(c?.id).toBe('story');
  });

  it('without a headline, is the parent of the best-scored element', () => {
    const doc = parseHtml(site().replace(/<h1>.*?<\/h1>/, ''));
    expect(articleContainer(doc)?.id).toBe('story');
  });

  it(`a rail scoring under ${RIVAL_SHARE} of the story leaves the guess sure; at ${RIVAL_SHARE} or more it is unsure`, () => {
    // The story's text element scores 10 × 3 = 30; the rail's list 4 × 3 = 12 (0.4) or 5 × 3 = 15 (0.5).
    expect(articleContainer(parseHtml(site({ body: 10, rail: 4 })))?.id).toBe('story');
    expect(articleContainer(parseHtml(site({ body: 10, rail: 5 })))).toBeNull();
  });

  it(`a container of at most ${MAX_CONTAINER_SHARE} of the page's elements is used; a larger one is not worth it`, () => {
    const share = (doc: Document): number => doc.getElementById('story')!.querySelectorAll('*').length / doc.body.querySelectorAll('*').length;
    const small = parseHtml(site({ bare: true, filler: 10 }));
    expect(share(small)).toBeLessThanOrEqual(MAX_CONTAINER_SHARE);
    expect(articleContainer(small)?.id).toBe('story');
    const big = parseHtml(site({ bare: true, filler: 0 }));
    expect(share(big)).toBeGreaterThan(MAX_CONTAINER_SHARE);
    expect(articleContainer(big)).toBeNull();
  });

  it('is unsure under a table, under code, or under an element the reader drops whole', () => {
    expect(articleContainer(parseHtml(site({ wrap: (s) => `<table><tr><td>${s}</td></tr></table>` })))).toBeNull();
    expect(articleContainer(parseHtml(site({ wrap: (s) => `<div hidden>${s}</div>` })))).toBeNull();
    expect(articleContainer(parseHtml(site({ wrap: (s) => `<div style="display: none">${s}</div>` })))).toBeNull();
    const named = parseHtml(site({ wrap: (s) => `<div class="sidebar">${s}</div>` }));
    expect(articleContainer(named, (el) => el.getAttribute('class') === 'sidebar')).toBeNull();
    expect(articleContainer(named)?.id).toBe('story');
  });

  it('is unsure when the best element stands right under the body, or there are no paragraphs', () => {
    expect(articleContainer(parseHtml(`<html><body>${filler(100)}<div>${paras(10)}</div></body></html>`))).toBeNull();
    expect(articleContainer(parseHtml(`<html><body>${filler(100)}<div><div>short</div></div></body></html>`))).toBeNull();
  });
});

describe('containerCopy: what Readability needs from outside the container', () => {
  const page = `<!doctype html><html lang="en"><head><title>Tanks push deeper</title><style>p{color:red}</style><script>var ads = 1;</script><link rel="stylesheet" href="/s.css"><meta property="og:title" content="Tanks push deeper"><base href="https://example.org/news/"></head><body class="site">
<meta itemprop="datePublished" content="2024-01-23"><script type="application/ld+json">{"@type":"NewsArticle"}</script>
<header><h2>Tanks push deeper</h2><span class="byline">By First Writer</span><span class="byline">By Second Writer</span><div hidden><h1>Hidden heading</h1></div></header>
<div id="story"><style>.x{}</style><p>${STORY[0]}</p></div>
<aside><h2>Most read</h2></aside></body></html>`;

  it('keeps what Readability reads in the head (title, meta, JSON-LD, base), moves the body\'s metadata into it, and drops styles, scripts and links', () => {
    const doc = parseHtml(page);
    const copy = containerCopy(doc, doc.getElementById('story')!, () => false);
    expect(copy.documentElement.getAttribute('lang')).toBe('en');
    expect(copy.title).toBe('Tanks push deeper');
    expect(copy.head.querySelector('meta[property="og:title"]')?.getAttribute('content')).toBe('Tanks push deeper');
    expect(copy.head.querySelector('base')?.getAttribute('href')).toBe('https://example.org/news/');
    expect([...copy.querySelectorAll('script')].map((s) => s.getAttribute('type'))).toEqual(['application/ld+json']);
    expect(copy.querySelectorAll('link').length).toBe(0);
    expect(copy.head.querySelector('meta[itemprop="datePublished"]')).not.toBeNull();
    expect(copy.head.querySelector('script[type="application/ld+json"]')).not.toBeNull();
    expect(copy.querySelectorAll('style').length).toBe(0);
    expect(copy.body.getAttribute('class')).toBe('site');
  });

  it('puts the headings met before the container in front of it, other headings in a hidden element', () => {
    const doc = parseHtml(page);
    const copy = containerCopy(doc, doc.getElementById('story')!, () => false);
    const kids = Array.from(copy.body.children);
    expect(kids.map((k) => k.tagName.toLowerCase())).toEqual(['h2', 'div', 'div']);
    expect(kids[0]?.textContent).toBe('Tanks push deeper');
    expect(kids[1]?.hasAttribute(CONTAINER_MARK)).toBe(true);
    expect(kids[2]?.hasAttribute('hidden')).toBe(true);
    expect(Array.from(kids[2]!.children, (h) => h.textContent)).toEqual(['Hidden heading', 'Most read']);
    // The original is untouched.
    expect(doc.querySelectorAll('style').length).toBe(2);
  });

  it('a heading under an element the reader drops is not met, so it goes with the hidden ones', () => {
    const doc = parseHtml(page.replace('<h2>Tanks push deeper</h2>', '<div class="menu"><h2>Tanks push deeper</h2></div>'));
    const copy = containerCopy(doc, doc.getElementById('story')!, (el) => el.getAttribute('class') === 'menu');
    expect(copy.body.firstElementChild?.hasAttribute(CONTAINER_MARK)).toBe(true);
    expect(Array.from(copy.body.querySelectorAll('[hidden] > h2'), (h) => h.textContent)).toEqual(['Tanks push deeper', 'Most read']);
  });

  it('tells document order across parents', () => {
    const doc = parseHtml(page);
    const story = doc.getElementById('story')!;
    expect(precedes(doc.querySelector('header h2')!, story)).toBe(true);
    expect(precedes(doc.querySelector('aside h2')!, story)).toBe(false);
  });
});

describe('reading part of the page gives what reading the whole page gives', () => {
  it('the same paragraphs from the container as from the whole page', () => {
    const doc = parseHtml(site({ body: 10, rail: 2 }));
    const container = articleContainer(doc);
    expect(container?.id).toBe('story');
    const part = readabilityParagraphs(doc, container);
    expect(part).not.toBeNull();
    expect(part).toEqual(readabilityParagraphs(doc));
    expect(readMainText(doc, 100_000).paragraphs).toEqual(part);
  });

  it('gives nothing from the part when Readability takes the container whole, so the whole page is read', () => {
    // The container's own children are the paragraphs: Readability's best candidate is the container itself.
    const doc = parseHtml(`<html><head><title>T</title></head><body>${filler(300)}<div id="outer"><div id="story">${paras(10)}</div></div></body></html>`);
    const story = doc.getElementById('story')!;
    expect(readabilityParagraphs(doc, story)).toBeNull();
    expect(readMainText(doc, 100_000).paragraphs.length).toBeGreaterThanOrEqual(10);
  });

  it('gives nothing from the part when Readability needs a second attempt there', () => {
    // Under 500 characters in the container: Readability retries with looser rules.
    const doc = parseHtml(`<html><head><title>T</title></head><body>${filler(300)}<div id="outer"><div id="story"><div><p>${plain(1)}</p><p>${plain(2)}</p></div></div></div></body></html>`);
    expect(readabilityParagraphs(doc, doc.getElementById('story'))).toBeNull();
  });
});

describe('removedByReadability: what Readability\'s first attempt drops whole', () => {
  const el = (attrs: string): Element => parseHtml(`<html><body><div ${attrs}>x</div></body></html>`).body.firstElementChild!;
  it('an unlikely class or id, unless it also names content', () => {
    expect(removedByReadability(el('class="sidebar"'))).toBe(true);
    expect(removedByReadability(el('id="comments"'))).toBe(true);
    expect(removedByReadability(el('class="sidebar article"'))).toBe(false);
    expect(removedByReadability(el('class="story"'))).toBe(false);
  });
  it('an unlikely role, and a modal dialog', () => {
    expect(removedByReadability(el('role="navigation"'))).toBe(true);
    expect(removedByReadability(el('role="main"'))).toBe(false);
    expect(removedByReadability(el('role="dialog" aria-modal="true"'))).toBe(true);
  });
});
