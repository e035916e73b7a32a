import { describe, expect, it } from 'vitest';
import { articleRoot } from '../../../src/article/article-root';
import { readArticle } from '../../../src/article/read-article';
import { parseHtml } from '../../../scripts/lib/dom';
import { STORY } from './pages';

const paras = STORY.map((p) => `<p>${p}</p>`).join('\n');
const card = (headline: string): string => `<article class="card"><h3><a href="/x">${headline}</a></h3><p>Teaser for another story about floods and elections in the north, with 3,000 displaced.</p></article>`;

/** A page shaped like the big news sites: story cards in the navigation and a rail, the story in a plain div. */
function siteLike(opts: { railQuotesLede?: boolean } = {}): string {
  return `<!doctype html><html><head><title>Tanks push deeper into Khan Younis</title></head><body>
<header><nav class="flyout">${card('Markets slide on rate fears')}${card('Storm warning for the coast')}</nav></header>
<div id="page"><div class="layout">
  <aside class="rail">${card('Election results live')}${opts.railQuotesLede ? `<p>${STORY[0]}</p>` : ''}</aside>
  <div class="story" id="story"><h1>Tanks push deeper into Khan Younis</h1>
    <div class="body">${paras}</div>
  </div>
</div></div>
<footer>${card('Sign up for our newsletter')}</footer></body></html>`;
}

describe('articleRoot: the element that holds the article the reader extracted', () => {
  it('is the story, not the first <article> card in the navigation', () => {
    const doc = parseHtml(siteLike());
    const root = articleRoot(doc, readArticle(doc).text);
    expect(root?.closest('#story')).not.toBeNull();
    expect(root?.closest('nav, aside, footer')).toBeNull();
    for (const p of STORY) expect(root?.textContent).toContain(p.slice(0, 80));
  });

  it('a rail teaser that quotes the lede does not widen the root to the whole page', () => {
    const doc = parseHtml(siteLike({ railQuotesLede: true }));
    const root = articleRoot(doc, STORY.join('\n\n'));
    expect(root?.closest('#story')).not.toBeNull();
  });

  it('takes in every paragraph, the headline\'s block included, when the text spans several blocks', () => {
    const doc = parseHtml(`<html><body><nav>${card('Other news')}</nav><main><div class="lede"><p>${STORY[0]}</p></div><div class="rest">${STORY.slice(1).map((p) => `<p>${p}</p>`).join('')}</div></main></body></html>`);
    const root = articleRoot(doc, STORY.join('\n\n'));
    expect(root?.tagName.toLowerCase()).toBe('main');
  });

  it('finds paragraphs a site sets as bare <div>s', () => {
    const doc = parseHtml(`<html><body><nav>${card('Other news')}</nav><section id="s">${STORY.map((p) => `<div class="para">${p}</div>`).join('')}</section></body></html>`);
    expect(articleRoot(doc, STORY.join('\n\n'))?.id).toBe('s');
  });

  it('without text it can find, falls back to the largest <article> outside navigation, then main, then body', () => {
    const doc = parseHtml(siteLike());
    expect(articleRoot(doc, '')?.closest('nav, aside, footer')).toBeNull();
    const bare = parseHtml('<html><body><p>Hello</p></body></html>');
    expect(articleRoot(bare, 'Nothing of this text is on the page at all, not one word of it.')?.tagName.toLowerCase()).toBe('body');
  });
});
