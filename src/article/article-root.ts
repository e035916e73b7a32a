/**
 * Where on a page the article stands: the element that holds the text the reader extracted, which
 * is where badges go. Real news pages carry dozens of `<article>` cards in navigation and rails
 * (39–46 on a New York Times page), so "the first `<article>`" is often a teaser; the element that
 * holds the extracted paragraphs never is.
 */

import { largestArticle } from './main-text';
import { collapseSpaces } from './whitespace';

/** Ancestors that are never the article: site navigation, rails, footers (by tag or ARIA role). */
export const PAGE_CHROME = 'nav, aside, footer, [role="navigation"], [role="complementary"], [role="contentinfo"]';
/** Block elements that carry a paragraph of an article's text. */
const BLOCKS = 'p, h1, h2, h3, h4, li, blockquote, figcaption, pre, td';
/** The same with `<div>`: some sites set paragraphs as bare divs. Looked at only when needed, since a div's text is all of its subtree's. */
const BLOCKS_AND_DIVS = `${BLOCKS}, div`;
/** Characters of a paragraph compared: enough to be distinctive, short enough to stay inside one block. */
const PROBE_CHARS = 60;
/** Paragraphs shorter than this say too little to be found reliably ("Advertisement", "Share"). */
const MIN_PROBE = 30;
/** Paragraphs looked for: the article's spread is clear long before this many. */
const MAX_PROBES = 40;
/** Blocks read at most: bounds the work on a page of thousands of list items. */
const MAX_BLOCKS = 4_000;
/**
 * Share of the found paragraphs the root must hold when they do not all share an element below
 * the body: a stray match in a rail (a teaser quoting the lede) must not widen the root to the body.
 */
const MAJORITY = 0.8;

const squash = (s: string): string => collapseSpaces(s).trim();

/** Raw characters looked at first for a block's head: its start, not all of a long block's text. */
const HEAD_WINDOW = 4 * PROBE_CHARS;

/**
 * `squash(s).slice(0, PROBE_CHARS)`, without collapsing all of a long text: collapsing a prefix of
 * `s` gives a prefix of collapsing all of it (the run at the cut becomes the same one space), so
 * when the squashed window already holds {@link PROBE_CHARS} characters its start is the answer.
 * A block's text can be most of the page (a wrapper `<td>` or `<div>`), read for every block.
 */
function headOf(s: string): string {
  if (s.length > HEAD_WINDOW) {
    const head = squash(s.slice(0, HEAD_WINDOW));
    if (head.length >= PROBE_CHARS) return head.slice(0, PROBE_CHARS);
  }
  return squash(s).slice(0, PROBE_CHARS);
}

/** The start of each long-enough paragraph of `text`, up to {@link MAX_PROBES}. */
function probesOf(text: string): string[] {
  const out: string[] = [];
  for (const p of text.split(/\n\s*\n/)) {
    const t = squash(p);
    if (t.length >= MIN_PROBE) out.push(t.slice(0, PROBE_CHARS));
    if (out.length >= MAX_PROBES) break;
  }
  return out;
}

/** The deepest element holding at least `need` of `hits`, or null. */
function deepestHolding(hits: readonly Element[], need: number): Element | null {
  const counts = new Map<Element, number>();
  let best: Element | null = null;
  let bestDepth = -1;
  for (const hit of hits) {
    let depth = 0;
    for (let e: Element | null = hit; e; e = e.parentElement) depth++;
    for (let e: Element | null = hit; e; e = e.parentElement, depth--) {
      const n = (counts.get(e) ?? 0) + 1;
      counts.set(e, n);
      if (n >= need && depth > bestDepth) {
        best = e;
        bestDepth = depth;
      }
    }
  }
  return best;
}

/**
 * The element holding the article's text: the deepest element that contains every block where a
 * paragraph of `text` starts (outside navigation, rails and footers), or, when those only meet at
 * the body, the deepest holding most of them. Without a text that can be found on the page, the
 * largest `<article>`, else the main area, else the body.
 */
export function articleRoot(doc: Document, text = ''): Element | null {
  const body = doc.body;
  if (!body) return null;
  const probes = probesOf(text);
  if (probes.length > 0) {
    let hits = findBlocks(body, probes, BLOCKS);
    if (hits.length < probes.length / 2) hits = findBlocks(body, probes, BLOCKS_AND_DIVS);
    if (hits.length > 0) {
      const all = deepestHolding(hits, hits.length);
      if (all && all !== body && all !== doc.documentElement) return all;
      const most = deepestHolding(hits, Math.ceil(hits.length * MAJORITY));
      if (most) return most;
    }
  }
  return largestArticle(doc, PAGE_CHROME) ?? doc.querySelector('main, [role="main"]') ?? body;
}

/** The innermost blocks (of `selector`) where each probe's paragraph starts, outside page chrome. */
function findBlocks(body: Element, probes: readonly string[], selector: string): Element[] {
  const hits: Element[] = [];
  const wanted = new Set(probes);
  const blocks = body.querySelectorAll(selector);
  for (let i = 0; i < blocks.length && i < MAX_BLOCKS && wanted.size > 0; i++) {
    const el = blocks[i] as Element;
    const head = headOf(el.textContent ?? '');
    if (head.length < MIN_PROBE || !wanted.has(head) || el.closest(PAGE_CHROME)) continue;
    // The innermost block that starts with the paragraph: a wrapper is met first in document
    // order, so look inside it.
    const inner = el.querySelector(selector);
    if (inner && headOf(inner.textContent ?? '') === head) continue;
    wanted.delete(head);
    hits.push(el);
  }
  return hits;
}
