/**
 * Turning a DOM subtree into paragraphs of plain text: block elements (p, h1–h6, li, blockquote,
 * td, div…) end a paragraph, inline elements do not, whitespace collapses to single spaces, and
 * page furniture (scripts, styles, navigation, forms, hidden elements) is skipped. Iterative and
 * bounded, so a hostile or enormous DOM cannot overflow the stack or run without end.
 */
import { collapseSpaces } from './whitespace';

/** Elements whose text never belongs to the story. */
const SKIP = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'CANVAS', 'IFRAME', 'OBJECT', 'EMBED',
  'FORM', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT', 'NAV', 'ASIDE', 'DIALOG', 'HEAD', 'TITLE', 'LINK', 'META',
]);
/**
 * What stands beside a story rather than in it: photo captions, embedded players and teasers for
 * other stories ("Read more", related links). A caption about another country or a teaser for
 * another story must not make a page about the Gaza war, or unmake one; the seed text format drops
 * captions for the same reason. Matched on the tag, and on class names for sites that mark their
 * captions and teasers with classes only.
 */
const SECONDARY_TAGS = new Set(['FIGCAPTION']);
const SECONDARY_WORDS = ['caption', 'credit', 'related', 'readmore', 'read-more', 'more-stories', 'teaser', 'promo', 'embed', 'video-player', 'videoplayer', 'newsletter'];
/**
 * Matches a class attribute naming one of `words` as a whole word ("media-caption", "caption
 * large"), never inside another word ("captionless", Yahoo's "ShowNavrail").
 */
export const classWordPattern = (words: readonly string[]): RegExp => new RegExp(`(?:^|[\\s_-])(?:${words.join('|')})(?:$|[\\s_-])`, 'i');
const SECONDARY_CLASS = classWordPattern(SECONDARY_WORDS);
/**
 * A selector for the elements that may be secondary, so the DOM finds the candidates natively
 * before {@link isSecondary} decides (a class word must stand alone: "caption", "media-caption",
 * but not "captionless").
 */
export const SECONDARY_SELECTOR = ['figcaption', ...SECONDARY_WORDS.map((w) => `[class*="${w}" i]`)].join(', ');

/** True for a caption, embed or teaser of another story (see {@link SECONDARY_CLASS}). */
export function isSecondary(el: Element): boolean {
  if (SECONDARY_TAGS.has((el.tagName ?? '').toUpperCase())) return true;
  const cls = el.getAttribute('class');
  return cls !== null && cls !== '' && SECONDARY_CLASS.test(cls);
}

/** Skipped too when reading a whole page (not an `<article>`): site header and footer. */
const PAGE_CHROME = new Set(['HEADER', 'FOOTER']);

/** Elements that start and end a paragraph. */
const BLOCK = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'LI', 'UL', 'OL', 'DL', 'DT', 'DD', 'BLOCKQUOTE', 'PRE', 'TABLE', 'THEAD', 'TBODY', 'TFOOT', 'TR',
  'TD', 'TH', 'CAPTION', 'FIGURE', 'FIGCAPTION', 'ADDRESS', 'HR', 'BR', 'BODY', 'HTML', 'CENTER', 'DETAILS', 'SUMMARY',
]);

/** Options of {@link blockParagraphs}. */
export interface BlockTextOptions {
  /** Skip `<header>` and `<footer>` (reading a whole page rather than an article element). */
  skipChrome?: boolean;
  /** Stop after this many characters of text: the caller caps the text anyway. */
  maxChars?: number;
  /** Stop after visiting this many nodes. */
  maxNodes?: number;
}

/** Nodes visited at most: about ten times the element count of a heavy news page. */
export const DEFAULT_MAX_NODES = 300_000;

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** True for elements a reader cannot see (`hidden`, `aria-hidden`, inline `display:none`). */
function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** The paragraphs of a subtree's visible text, in document order. Never throws on odd DOMs. */
export function blockParagraphs(root: Node, options: BlockTextOptions = {}): string[] {
  const maxChars = options.maxChars ?? Infinity;
  const maxNodes = options.maxNodes ?? DEFAULT_MAX_NODES;
  const paragraphs: string[] = [];
  let current = '';
  let total = 0;
  const flush = (): void => {
    const p = collapseSpaces(current).trim();
    if (p) {
      paragraphs.push(p);
      total += p.length + 2;
    }
    current = '';
  };
  // A stack of nodes to visit; the marker `null` after a block's children ends its paragraph.
  const stack: (Node | null)[] = [root];
  let visited = 0;
  while (stack.length > 0 && visited < maxNodes && total < maxChars) {
    const node = stack.pop();
    visited++;
    if (node === null) {
      flush();
      continue;
    }
    if (node === undefined) continue;
    if (node.nodeType === TEXT_NODE) {
      current += node.nodeValue ?? '';
      // A block with huge inline text still ends: flush long runs as their own paragraph.
      if (current.length > 20_000) flush();
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE && node !== root) continue;
    const el = node as Element;
    const tag = (el.tagName ?? '').toUpperCase();
    if (node !== root && node.nodeType === ELEMENT_NODE) {
      if (SKIP.has(tag) || (options.skipChrome && PAGE_CHROME.has(tag)) || isHidden(el) || isSecondary(el)) continue;
    }
    const block = BLOCK.has(tag);
    if (block) {
      flush();
      stack.push(null);
    }
    const kids = node.childNodes;
    for (let i = (kids?.length ?? 0) - 1; i >= 0; i--) {
      const kid = kids[i];
      if (kid) stack.push(kid);
    }
  }
  flush();
  return paragraphs;
}
