/**
 * A cheap guess at the element that holds a page's article, so that Readability can be given that
 * part of the page instead of all of it (on real news pages the article is a fifth to a half of
 * the DOM; Readability's time, and the copy it works on, grow with the DOM). The guess scores
 * paragraphs as Readability does (a point, a point per comma, a point per 100 characters up to 3,
 * shared with five ancestors, less the higher they are), takes the best-scored element and widens
 * it to hold the headline. Where the guess is unsure it gives null and the whole page is read:
 * nothing here may change the text read, only the time taken to read it.
 */
import { hiddenToReadability } from './container-copy';
import { elementCount } from './element-count';

/** Paragraphs shorter than this are not scored (Readability's own cut-off, `_grabArticle`). */
const MIN_PARAGRAPH = 25;
/** Ancestors a paragraph's score is shared with (Readability: `_getNodeAncestors(node, 5)`). */
const SCORED_ANCESTORS = 5;
/** Paragraphs scored at most: bounds the work on a page of thousands of them. */
const MAX_PARAGRAPHS = 3_000;
/**
 * Share of the best score above which an element outside the container makes the guess unsure: in
 * Readability, a candidate at 0.75 of the best may move the choice up the tree (its "alternative
 * candidates"), and these scores leave out link density and the `<div>`s Readability turns into
 * paragraphs, so the margin is wide. Measured on the 130 Readability test pages and the 15
 * transplanted news structures (see main-text.ts).
 */
export const RIVAL_SHARE = 0.5;
/**
 * Share of the page's elements the container may hold at most: above it the saving is small and
 * the whole page is read, as before.
 */
export const MAX_CONTAINER_SHARE = 0.6;
/** Levels from the best-scored element up to where the headline is looked for. */
const MAX_HEADLINE_LEVELS = 4;

/**
 * True when an ancestor above `el` would change what Readability does inside it on the whole page:
 * a `table` or `code` ancestor (its `_hasAncestorTag` checks keep unlikely-looking nodes there),
 * a hidden one, or one `dropped` says Readability removes with all it holds.
 */
function unsafeAncestor(el: Element, dropped: (el: Element) => boolean): boolean {
  for (let e = el.parentElement; e; e = e.parentElement) {
    const tag = e.tagName.toUpperCase();
    if (tag === 'TABLE' || tag === 'CODE' || hiddenToReadability(e) || dropped(e)) return true;
  }
  return false;
}

/** The paragraph score Readability gives a text (without its link-density and class-name terms). */
function paragraphScore(text: string): number {
  return 1 + text.split(',').length + Math.min(Math.floor(text.length / 100), 3);
}

/**
 * The element to give Readability instead of the whole page, or null when the guess is unsure:
 * no paragraphs, the best element is the body, another part of the page scores close to it, the
 * container is most of the page anyway, or it sits under a table, under code, under a hidden
 * element, or under one `dropped` says Readability removes whole (named like a sidebar).
 */
export function articleContainer(doc: Document, dropped: (el: Element) => boolean = () => false): Element | null {
  const body = doc.body;
  if (!body) return null;
  const paragraphs = body.getElementsByTagName('p');
  const scores = new Map<Element, number>();
  const n = Math.min(paragraphs.length, MAX_PARAGRAPHS);
  for (let i = 0; i < n; i++) {
    const p = paragraphs[i] as Element;
    const text = (p.textContent ?? '').trim();
    if (text.length < MIN_PARAGRAPH) continue;
    const score = paragraphScore(text);
    let e = p.parentElement;
    for (let level = 0; e && e !== body && level < SCORED_ANCESTORS; level++, e = e.parentElement) {
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      scores.set(e, (scores.get(e) ?? 0) + score / divider);
    }
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, s] of scores) {
    if (s > bestScore) {
      best = el;
      bestScore = s;
    }
  }
  if (!best || !best.parentElement || best.parentElement === body) return null;
  // Widen to the headline's ancestor, when it is near; else one level up, so the best element's
  // siblings (which Readability may join to it) are inside.
  let container: Element = best.parentElement;
  const h1 = body.getElementsByTagName('h1')[0];
  if (h1 && !container.contains(h1)) {
    let e: Element | null = container;
    for (let level = 0; e && e !== body && level < MAX_HEADLINE_LEVELS; level++, e = e.parentElement) {
      if (e.contains(h1)) {
        container = e;
        break;
      }
    }
  }
  if (container === body || unsafeAncestor(container, dropped)) return null;
  for (const [el, s] of scores) {
    if (s >= bestScore * RIVAL_SHARE && !container.contains(el)) return null;
  }
  return smallEnough(body, container) ? container : null;
}

/** True when `container` holds at most {@link MAX_CONTAINER_SHARE} of the body's elements. */
function smallEnough(body: Element, container: Element): boolean {
  return elementCount(container) <= elementCount(body) * MAX_CONTAINER_SHARE;
}

/**
 * The container's parent, to read when Readability took the container whole (its article may
 * then take in the container's siblings), or null when that parent is the body or too much of
 * the page. Its ancestors were checked with the container's.
 */
export function widerContainer(doc: Document, container: Element): Element | null {
  const parent = container.parentElement;
  const body = doc.body;
  if (!parent || !body || parent === body || parent === doc.documentElement) return null;
  return smallEnough(body, parent) ? parent : null;
}
