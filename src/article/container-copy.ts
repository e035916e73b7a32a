/**
 * The document Readability is given when the article's container is known (article-container.ts):
 * the page's head and the container alone in its body, with the few things from the rest of the
 * page that change what Readability does inside the container. Readability (0.6) reads the whole
 * document in three places besides the article itself:
 *
 * - metadata from `<meta>` and JSON-LD anywhere in the page: the body's own are moved to the head;
 * - the title, from `<title>` and every `<h1>`/`<h2>` of the page (`_getArticleTitle`): copies of
 *   the headings outside the container are kept, in a hidden element it never walks into;
 * - on its walk through the page in document order, the first heading that repeats the title is
 *   taken out (`_grabArticle`): a heading before the container, where the walk reaches, would be
 *   met first, so copies of those stand before the container (h1s, then h2s: their order does not
 *   matter, since whichever of them is taken out, none inside the container is).
 *
 * Not carried over: the first byline the walk meets is taken out too. A byline before the
 * container would be met first; without it Readability takes out a byline inside the container
 * instead, a line under 100 characters that its class or id names a byline. Finding bylines
 * before the container cost up to 7 ms in Chromium (case-insensitive class tests on every element)
 * for no difference on the 130 Readability test pages and the 15 transplanted structures.
 */
import { Readability } from '@mozilla/readability';

const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

/**
 * True when `el` (neither inside nor around `container`) comes before it in document order. Not
 * `compareDocumentPosition`: linkedom (the CLI's DOM) answers it wrongly for elements under
 * different parents.
 */
export function precedes(el: Element, container: Element): boolean {
  const chain = new Set<Node>();
  for (let e: Node | null = el; e; e = e.parentNode) chain.add(e);
  let child: Node = container;
  let common = container.parentNode;
  while (common && !chain.has(common)) {
    child = common;
    common = common.parentNode;
  }
  if (!common) return false;
  let side: Node = el;
  while (side.parentNode && side.parentNode !== common) side = side.parentNode;
  for (let s = child.previousSibling; s; s = s.previousSibling) if (s === side) return true;
  return false;
}

/** True for an element Readability drops whole as hidden (`_isProbablyVisible`, inline style read as text). */
export function hiddenToReadability(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true' && !(el.getAttribute('class') ?? '').includes('fallback-image')) return true;
  const style = el.getAttribute('style');
  return style !== null && HIDDEN_STYLE.test(style);
}

/** Readability's patterns for what it removes on its first attempt (0.6: `_grabArticle`). */
interface ReadabilityPatterns {
  REGEXPS: { unlikelyCandidates: RegExp; okMaybeItsACandidate: RegExp };
  UNLIKELY_ROLES: string[];
}
const PATTERNS = Readability.prototype as unknown as ReadabilityPatterns;

/** True for an element Readability's first attempt removes with all it holds (an unlikely class or id, role, or a modal dialog). */
export function removedByReadability(el: Element): boolean {
  const match = `${el.getAttribute('class') ?? ''} ${el.id ?? ''}`;
  if (PATTERNS.REGEXPS.unlikelyCandidates.test(match) && !PATTERNS.REGEXPS.okMaybeItsACandidate.test(match) && el.tagName.toUpperCase() !== 'BODY') return true;
  const role = el.getAttribute('role');
  return (role !== null && PATTERNS.UNLIKELY_ROLES.includes(role)) || (el.getAttribute('aria-modal') === 'true' && role === 'dialog');
}

/** True when Readability's walk reaches `el`: no ancestor below the body is dropped whole. */
function reached(el: Element, body: Element, removed: (el: Element) => boolean): boolean {
  for (let e = el.parentElement; e && e !== body; e = e.parentElement) if (hiddenToReadability(e) || removed(e)) return false;
  return true;
}

/**
 * What Readability reads in a page's head: its title, `<meta>` tags, JSON-LD and base URL. The
 * rest (scripts, styles, links) it removes or never looks at; heads of 200–600 kB of inline CSS
 * are common on news sites, and copying them cost more than the container.
 */
const HEAD_READ = 'title, meta, script[type="application/ld+json"], base';

/** A copy of the head with only what Readability reads in it ({@link HEAD_READ}), in order. */
function headCopy(copy: Document, head: HTMLHeadElement): Element {
  const out = copy.importNode(head, false);
  for (const el of Array.from(head.querySelectorAll(HEAD_READ))) out.appendChild(copy.importNode(el, true));
  return out;
}

/** Marks the container in the copy, to tell afterwards whether Readability chose it whole. */
export const CONTAINER_MARK = 'data-crosscheck-container';

/**
 * A copy of `doc` for Readability with only `container` (marked with {@link CONTAINER_MARK}) in
 * its body, and what it needs from the rest of the page (see the module's header). `removed` says
 * which elements Readability's first attempt drops whole (its class, id and role tests). Styles
 * are left out, as in main-text.ts' `inertCopy`.
 */
export function containerCopy(doc: Document, container: Element, removed: (el: Element) => boolean): Document {
  const copy = doc.cloneNode(false) as Document;
  const root = doc.documentElement;
  const page = doc.body;
  if (!root || !page) return copy;
  const html = copy.importNode(root, false);
  const head = doc.head ? headCopy(copy, doc.head) : copy.createElement('head');
  const body = copy.importNode(page, false);
  const outside = (el: Element): boolean => !container.contains(el) && !el.contains(container);
  for (const el of Array.from(page.querySelectorAll('script[type="application/ld+json"], meta'))) {
    if (outside(el)) head.appendChild(copy.importNode(el, true));
  }
  const titles = copy.createElement('div');
  titles.setAttribute('hidden', '');
  // getElementsByTagName, not one selector list: each tag's own list is kept by the DOM, a
  // selector list is matched against every element (the byline's class tests took up to 7 ms).
  const headings = [...Array.from(page.getElementsByTagName('h1')), ...Array.from(page.getElementsByTagName('h2'))];
  for (const el of headings) {
    if (!outside(el)) continue;
    if (precedes(el, container) && reached(el, page, removed)) body.appendChild(copy.importNode(el, true));
    else titles.appendChild(copy.importNode(el, true));
  }
  const tree = copy.importNode(container, true) as Element;
  tree.setAttribute(CONTAINER_MARK, '');
  body.appendChild(tree);
  if (titles.firstChild) body.appendChild(titles);
  for (const style of Array.from(tree.querySelectorAll('style'))) style.remove();
  html.appendChild(head);
  html.appendChild(body);
  copy.appendChild(html);
  return copy;
}
