/**
 * The article's header on a page: its headline element, and the date that belongs to the article
 * (its byline's or the one marked as published), never one of the other stories around it.
 */
import { normalizeDate } from '../base/dates';
import { PAGE_CHROME } from './article-root';
import { classWordPattern } from './block-text';
import { collapseSpaces } from './whitespace';

/** Longest headline accepted from an `<h1>`: longer ones are paragraphs styled as headings. */
const MAX_HEADLINE = 300;
/** Shortest: a one-word h1 is a logo or a section name ("World"). */
const MIN_HEADLINE = 10;

/** Where other stories are listed: their dates are never the page's. */
const OTHER_STORIES = `${PAGE_CHROME}, a, li`;
/**
 * Class words of rails and lists of other stories, matched as whole words of an element's class
 * below the body ("related-stories", "rail", "card"), never as substrings: Yahoo's root element
 * carries "ShowNavrail" on every page, articles included.
 */
const OTHER_STORIES_CLASS = classWordPattern(['related', 'rail', 'sidebar', 'promo', 'recommended', 'recommendations', 'trending', 'popular', 'more', 'teaser', 'card', 'cards']);

/** True when `el` stands in navigation, a footer, a link, a list, or a rail of other stories. */
function inOtherStories(el: Element): boolean {
  if (el.closest(OTHER_STORIES)) return true;
  for (let e: Element | null = el; e && e.tagName.toLowerCase() !== 'body'; e = e.parentElement) {
    const cls = e.getAttribute('class');
    if (cls && OTHER_STORIES_CLASS.test(cls)) return true;
  }
  return false;
}

/** A date element: `<time>`, one marked as the publication date, or a byline's date stamp ("datestamp", "date-line"). */
const DATE_ELEMENT = 'time, [itemprop="datePublished"], [class*="date" i]';
/** Levels climbed from the headline looking for its byline's date: a header block is a few levels deep. */
const HEADER_LEVELS = 4;
/** A paragraph of the story's body, not a kicker or a credit line. */
const MIN_BODY_PARAGRAPH = 80;
/** A byline's date comes before the story's second paragraph; a date further on belongs to something else. */
const BYLINE_BEFORE_PARAGRAPHS = 2;

/**
 * The date element that belongs to the article: marked `itemprop=datePublished`, or near the
 * headline (in the elements around the `<h1>`, where bylines stand), never in a rail or list of
 * other stories, a link, navigation or a footer. Null when no date can be trusted to be the
 * article's: the page is then undated rather than dated by another story's timestamp.
 */
export function articleTime(doc: Document): Element | null {
  const usable = (el: Element): boolean => !inOtherStories(el) && dateOf(el) !== null;
  for (const el of Array.from(doc.querySelectorAll('[itemprop="datePublished"]'))) if (usable(el)) return el;
  const h1 = headlineElement(doc);
  if (!h1) return null;
  let scope: Element | null = h1.parentElement;
  for (let level = 0; scope && scope !== doc.body && level < HEADER_LEVELS; level++, scope = scope.parentElement) {
    const found = Array.from(scope.querySelectorAll(DATE_ELEMENT)).find(usable);
    if (found) return found;
    // An article element or the main area is the whole story: its own dates end the search.
    if (scope.matches('article, main, [role="main"]')) break;
  }
  // A byline set apart from the headline's block (a side column, a separate section): the first
  // date after the headline, before the story's paragraphs have begun.
  let afterHeadline = false;
  let paragraphs = 0;
  for (const el of Array.from(doc.querySelectorAll(`h1, p, ${DATE_ELEMENT}`))) {
    if (el === h1) afterHeadline = true;
    else if (!afterHeadline) continue;
    else if (el.tagName.toLowerCase() === 'p') {
      if ((el.textContent ?? '').trim().length >= MIN_BODY_PARAGRAPH && ++paragraphs >= BYLINE_BEFORE_PARAGRAPHS) return null;
    } else if (el.tagName.toLowerCase() !== 'h1' && usable(el)) return el;
  }
  return null;
}

/** The headline's element: the first `<h1>` in the article or main area, else on the page, that is long enough to be a headline (not a logo). */
export function headlineElement(doc: Document): Element | null {
  for (const sel of ['article h1', 'main h1', '[role="main"] h1', 'h1']) {
    for (const el of Array.from(doc.querySelectorAll(sel))) {
      const t = collapseSpaces(el.textContent ?? '').trim();
      if (t.length >= MIN_HEADLINE && t.length <= MAX_HEADLINE) return el;
    }
  }
  return null;
}

/** The date an element gives: its `datetime`, its `content`, else its text. */
export function dateOf(el: Element | null): string | null {
  if (!el) return null;
  return normalizeDate(el.getAttribute('datetime')) ?? normalizeDate(el.getAttribute('content')) ?? normalizeDate(el.textContent);
}

/** The headline as the article's `<h1>` gives it ({@link headlineElement}), or null. */
export function headlineText(doc: Document): string | null {
  const el = headlineElement(doc);
  return el ? collapseSpaces(el.textContent ?? '').trim() : null;
}
