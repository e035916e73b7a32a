/**
 * Finding a page's main text: Mozilla Readability on a clone of the document (the live page is
 * never touched), falling back to the largest `<article>`, then `<main>`, then `<body>` when
 * Readability finds nothing, fails, or the DOM (or its text) is too large to give it.
 */
import { Readability } from '@mozilla/readability';
import { articleContainer, widerContainer } from './article-container';
import { blockParagraphs, isSecondary, SECONDARY_SELECTOR } from './block-text';
import { CONTAINER_MARK, containerCopy, removedByReadability } from './container-copy';
import { elementCount } from './element-count';

/**
 * Elements beyond which Readability is not run at all. Readability scores every node several
 * times; measured on the 130 real pages of Mozilla Readability's test set under linkedom, the largest
 * (a 1.6 MB Yahoo page) parses in under 100 ms, and pages ten times larger are not articles but
 * feeds or dumps, for which the plain fallback is good enough and bounded.
 */
export const MAX_READABILITY_ELEMENTS = 40_000;
/**
 * Deepest DOM given to Readability. Its scoring walks ancestors and re-walks subtrees, so its time
 * grows much faster than the depth: measured under linkedom, 250 nested divs take 0.15 s, 500 take
 * 0.4 s, 1,000 take 2.2 s and 5,000 take minutes. The deepest of those 130 real pages (many
 * from news sites) is 38 levels; 120 leaves three times that margin.
 */
export const MAX_READABILITY_DEPTH = 120;
/**
 * Most text, in characters, given to Readability. Its scoring is linear or worse in the text, and
 * in Chromium it took 455 ms on a 5 MB page (tests/e2e/hostile.e2e.ts); 1,000,000 characters is
 * ten times the analysis cap, so every real article still gets Readability, and larger pages are
 * read by the bounded fallback.
 */
export const MAX_READABILITY_CHARS = 1_000_000;

/**
 * Readability's own minimum article length (its default is 500): below it, Readability retries
 * with looser rules. Kept at the default, which its test pages were tuned for.
 */
const CHAR_THRESHOLD = 500;
/**
 * Shortest Readability result trusted, in characters: Readability's `isProbablyReaderable` uses
 * 140 as the least content worth reading; anything shorter is a fragment it picked by mistake.
 */
const MIN_READABLE = 140;

/**
 * A line that points to another story ("Read more: …", "Related: …", "Watch: …"): not the
 * article's own text. Only short lines: a paragraph that opens so and runs on is prose.
 */
const TEASER_LINE = /^(?:read more|read also|related|more on this story|see also|watch|listen|recommended)\b\s*[:|–—-]/i;
const MAX_TEASER_LINE = 200;

/** The paragraphs without lines that point to other stories. */
const withoutTeasers = (paragraphs: string[]): string[] => paragraphs.filter((p) => p.length > MAX_TEASER_LINE || !TEASER_LINE.test(p));

/** Where the main text came from, for tests and diagnostics. */
export type TextSource = 'readability' | 'article' | 'main' | 'body' | 'none';

/** The main text as paragraphs, and where it came from. */
export interface MainText {
  paragraphs: string[];
  source: TextSource;
}

/** Matches an element nested deeper than {@link MAX_READABILITY_DEPTH} (the root is depth 1). */
const TOO_DEEP = `:root${' > *'.repeat(MAX_READABILITY_DEPTH)}`;

/**
 * True when the document's structure may be given to Readability: at most
 * {@link MAX_READABILITY_ELEMENTS} elements and {@link MAX_READABILITY_DEPTH} levels, each checked
 * by the DOM itself (an element count, one child-combinator query), not by walking the tree in
 * script. Never throws; a DOM that fails a check is "too large".
 */
export function structureFits(doc: Document): boolean {
  try {
    const root = doc.documentElement;
    if (!root) return false;
    if (elementCount(doc) > MAX_READABILITY_ELEMENTS) return false;
    return doc.querySelector(TOO_DEEP) === null;
  } catch {
    return false;
  }
}

/**
 * True when the text under `part` (the part of the page Readability is given) is at most
 * {@link MAX_READABILITY_CHARS} characters. Checked on that part only: the whole page's text
 * counts its inline scripts and data too, and building it took up to 20 ms on real news pages
 * (the Guardian's 650,000 characters, most of them script) where the article's part takes well
 * under one.
 */
export function textFits(part: Node): boolean {
  try {
    return (part.textContent ?? '').length <= MAX_READABILITY_CHARS;
  } catch {
    return false;
  }
}

/**
 * A copy of `doc` for Readability to change: an inert document (no browsing context, so nothing in
 * it loads or runs) of the same kind and mode, holding a deep copy of the page without its
 * `<style>` elements. Readability removes those first thing anyway, but a copied document parses
 * every stylesheet it holds: on pages with 200–500 kB of inline CSS that was 10–30 ms in Chromium,
 * more than copying the rest. The tree is copied while detached (no style is parsed then) and the
 * styles are dropped before it goes into the document.
 */
export function inertCopy(doc: Document): Document {
  const copy = doc.cloneNode(false) as Document;
  const root = doc.documentElement;
  if (!root) return copy;
  const tree = copy.importNode(root, true);
  for (const style of Array.from(tree.querySelectorAll('style'))) style.remove();
  copy.appendChild(tree);
  return copy;
}

/** Readability's options here. */
const READABILITY_OPTIONS = {
  maxElemsToParse: MAX_READABILITY_ELEMENTS,
  charThreshold: CHAR_THRESHOLD,
  // Class names do not matter to text: skip Readability's pass that strips them.
  keepClasses: true,
  // Return the article element itself: paragraphs come from its structure, not from HTML text.
  serializer: (node: Node) => node,
};

/**
 * Readability's own steps before its first attempt (Readability 0.6), and the hook the extension's
 * build adds (scripts/lib/no-inner-html-plugin.ts): with `_freshPage` set, Readability restores
 * the body between attempts from it instead of copying the whole body up front.
 */
interface ReadabilityInternals {
  _freshPage?: () => Node[];
  /** Makes the article's links and media addresses absolute: nothing the text needs. */
  _fixRelativeUris(content: Element): void;
  /** The attempts that came out too short (each retry pushes one). */
  _attempts: unknown[];
  _unwrapNoscriptImages(doc: Document): void;
  _removeScripts(doc: Document): void;
  _prepDocument(): void;
}

/** A copy of `doc` (or of its `container` part) as Readability gets it: captions and teasers removed. */
function preparedCopy(doc: Document, container: Element | null): Document {
  const copy = container ? containerCopy(doc, container, removedByReadability) : inertCopy(doc);
  // Captions and teasers go before Readability runs: it rewrites their elements and drops the
  // class names that mark them.
  for (const el of Array.from(copy.querySelectorAll(SECONDARY_SELECTOR))) if (isSecondary(el)) el.remove();
  return copy;
}

/**
 * The body's children as Readability has them when its first attempt starts: a new copy of the
 * page put through the same steps (Readability's parse() runs these, in this order, before it).
 * Made only when Readability needs a second attempt, which few articles do.
 */
function bodyBeforeFirstAttempt(doc: Document, container: Element | null): Node[] {
  const copy = preparedCopy(doc, container);
  const steps = new Readability<Node>(copy, READABILITY_OPTIONS) as unknown as ReadabilityInternals;
  steps._unwrapNoscriptImages(copy);
  steps._removeScripts(copy);
  steps._prepDocument();
  return Array.from(copy.body?.childNodes ?? []);
}

/** What Readability gave on a copy of the page or of its container part. */
interface ReadabilityAnswer {
  /** The article's paragraphs, or null for none or too short. */
  paragraphs: string[] | null;
  /** On a container part: Readability chose the container whole (or the body), so the article may reach beyond it. */
  tookContainer: boolean;
  /** On a container part: Readability needed a second attempt, which on the whole page may find more. */
  retried: boolean;
}

/** Runs Readability on a copy of the document, or of its `container` part. Never throws. */
export function runReadability(doc: Document, container: Element | null): ReadabilityAnswer {
  const none: ReadabilityAnswer = { paragraphs: null, tookContainer: false, retried: false };
  const part = container ?? doc.documentElement;
  if (!part || !textFits(part)) return none;
  try {
    const reader = new Readability<Node>(preparedCopy(doc, container), READABILITY_OPTIONS);
    const internals = reader as unknown as ReadabilityInternals;
    let before: Node[] | null = null;
    internals._freshPage = () => (before ??= bodyBeforeFirstAttempt(doc, container)).map((n) => n.cloneNode(true));
    // Only the text is read: links and images keep their addresses as they are (a URL parsed per link and image, for nothing).
    internals._fixRelativeUris = () => undefined;
    const result = reader.parse();
    if (!result?.content) return none;
    const content = result.content as Element;
    const tookContainer = container !== null && (content.querySelector(`[${CONTAINER_MARK}]`) !== null || content.hasAttribute?.(CONTAINER_MARK) === true);
    const paragraphs = blockParagraphs(content);
    const length = paragraphs.reduce((n, p) => n + p.length, 0);
    return { paragraphs: length >= MIN_READABLE ? paragraphs : null, tookContainer, retried: container !== null && internals._attempts.length > 0 };
  } catch {
    // Readability throws on some malformed or oversized DOMs: the fallback reads those.
    return none;
  }
}

/**
 * Runs Readability on a copy of the document (or of its `container` part) and returns the
 * paragraphs of its article, or null. With a container, null too when Readability took the
 * container whole or needed a second attempt: the article may then reach beyond it, so only a
 * wider part or the whole page can say.
 */
export function readabilityParagraphs(doc: Document, container: Element | null = null): string[] | null {
  const answer = runReadability(doc, container);
  return answer.tookContainer || answer.retried ? null : answer.paragraphs;
}

/**
 * Times a container is widened to its parent when Readability took it whole, before the whole
 * page is read: on the transplanted news structures (Salon, MSN, Breitbart, the Washington Post,
 * the New York Times) one level held the article.
 */
const MAX_WIDENINGS = 2;

/**
 * Readability's article: first on the part of the page that likely holds it
 * ({@link articleContainer}), which is faster; when Readability takes that part whole, on its
 * parent; when the part is unsure, or Readability found nothing there, on the whole page.
 */
function readableParagraphs(doc: Document): string[] | null {
  let container: Element | null = null;
  try {
    container = articleContainer(doc, removedByReadability);
  } catch {
    container = null;
  }
  for (let i = 0; container && i <= MAX_WIDENINGS; i++) {
    const answer = runReadability(doc, container);
    if (answer.paragraphs && !answer.tookContainer && !answer.retried) return answer.paragraphs;
    if (!answer.tookContainer) break;
    container = widerContainer(doc, container);
  }
  return runReadability(doc, null).paragraphs;
}

/** The element with the most text among the document's `<article>` elements, leaving out those inside `outside` (a selector), if given. */
export function largestArticle(doc: Document, outside?: string): Element | null {
  const articles = doc.getElementsByTagName('article');
  let best: Element | null = null;
  let bestLength = 0;
  // Listing pages carry dozens of <article> teasers; looking at 50 finds the story on real pages.
  for (let i = 0; i < Math.min(articles.length, 50); i++) {
    const a = articles[i];
    const n = a?.textContent?.length ?? 0;
    if (a && n > bestLength && !(outside && a.closest(outside))) {
      best = a;
      bestLength = n;
    }
  }
  return best;
}

/**
 * Reads the main text of a document. Never throws; an empty document gives no paragraphs. The
 * fallback stops reading about 1,000 characters past `maxChars`, so on that path the text length
 * is a lower bound of the page's.
 */
export function readMainText(doc: Document, maxChars: number): MainText {
  // Read a little beyond the cap so the caller knows whether text was cut.
  const budget = maxChars + 1_000;
  if (structureFits(doc)) {
    const paragraphs = readableParagraphs(doc);
    if (paragraphs) return { paragraphs: withoutTeasers(paragraphs), source: 'readability' };
  }
  try {
    const article = largestArticle(doc);
    if (article && (article.textContent ?? '').trim().length >= MIN_READABLE) {
      return { paragraphs: withoutTeasers(blockParagraphs(article, { maxChars: budget })), source: 'article' };
    }
    const main = doc.querySelector('main, [role="main"]');
    if (main && (main.textContent ?? '').trim().length >= MIN_READABLE) {
      return { paragraphs: withoutTeasers(blockParagraphs(main, { maxChars: budget })), source: 'main' };
    }
    const body = doc.body ?? doc.documentElement;
    if (body) return { paragraphs: withoutTeasers(blockParagraphs(body, { maxChars: budget, skipChrome: true })), source: 'body' };
  } catch {
    // Fall through: nothing readable.
  }
  return { paragraphs: [], source: 'none' };
}
