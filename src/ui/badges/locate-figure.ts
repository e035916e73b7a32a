/**
 * Finds where a figure of the analysed article stands in the live page, to put a badge after it.
 * The analysed text comes from Readability on a clone, so its offsets do not index the live DOM:
 * each figure is found again by its own text, choosing among occurrences the one whose preceding
 * words best match the words that precede it in its sentence.
 */
import { BADGE_TAG } from './badge-element';

/** A place in the live DOM: the text node and the offset just after the figure. */
export interface FigureSpot {
  node: Text;
  offset: number;
  /** The node's text when it was indexed: a spot is stale once the page has changed it. */
  indexed: string;
}

interface Chunk {
  node: Text;
  start: number;
  /** The node's text as indexed. */
  data: string;
}

/** The text of a root's visible-in-principle text nodes, and where each node starts in it. */
export interface TextIndex {
  text: string;
  chunks: Chunk[];
}

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'OPTION', 'CODE', 'PRE', BADGE_TAG.toUpperCase()]);

/** Indexes the text under `root`, skipping scripts, styles, form fields and our own badges; stops at `maxChars`. */
export function indexText(root: Node, maxChars = 2_000_000): TextIndex {
  const doc = root.ownerDocument ?? (root as Document);
  // Elements and text: rejecting a skipped element skips its whole subtree, with no ancestor walks.
  const walker = doc.createTreeWalker(root, 1 | 4 /* SHOW_ELEMENT | SHOW_TEXT */, {
    acceptNode(n) {
      if (n.nodeType === 1) return SKIP.has((n as Element).tagName.toUpperCase()) ? 2 /* REJECT */ : 3; /* SKIP: descend */
      return 1; // FILTER_ACCEPT
    },
  });
  const chunks: Chunk[] = [];
  const parts: string[] = [];
  let length = 0;
  for (let n = walker.nextNode(); n && length < maxChars; n = walker.nextNode()) {
    const t = n as Text;
    chunks.push({ node: t, start: length, data: t.data });
    parts.push(t.data);
    length += t.data.length;
  }
  return { text: parts.join(''), chunks };
}

const words = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** How many of the last words before an occurrence match the last words before the figure in its sentence. */
function contextScore(before: string, expected: string[]): number {
  const got = words(before);
  let score = 0;
  for (let i = 1; i <= Math.min(expected.length, 8); i++) {
    if (got[got.length - i] === expected[expected.length - i]) score += 1;
  }
  const set = new Set(got);
  return score + expected.filter((w) => set.has(w)).length / 10;
}

/** The chunk holding text position `pos` (binary search). */
function chunkAt(index: TextIndex, pos: number): Chunk | undefined {
  let lo = 0;
  let hi = index.chunks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((index.chunks[mid]?.start ?? 0) <= pos) lo = mid;
    else hi = mid - 1;
  }
  return index.chunks[lo];
}

/**
 * Where `figureText` stands in the page, best matching its sentence, skipping positions in `taken`
 * (figures already placed). Null when the figure's text is not on the page.
 */
export function locateFigure(index: TextIndex, figureText: string, sentence: string, taken: Set<number>): FigureSpot | null {
  if (!figureText) return null;
  const at = sentence.indexOf(figureText);
  const expected = words(at >= 0 ? sentence.slice(0, at) : sentence);
  let best = -1;
  let bestScore = -1;
  for (let i = index.text.indexOf(figureText); i >= 0; i = index.text.indexOf(figureText, i + 1)) {
    const end = i + figureText.length;
    // A figure must stand alone: "25,490" is not inside "125,4901".
    if (/[\p{N}]/u.test(index.text[i - 1] ?? '') || /[\p{N}]/u.test(index.text[end] ?? '')) continue;
    // A badge goes after the whole word: "30-day[badge]", not "30[badge]-day".
    const stop = end + (/^-\p{L}+/u.exec(index.text.slice(end, end + 24))?.[0].length ?? 0);
    if (taken.has(stop)) continue;
    const s = contextScore(index.text.slice(Math.max(0, i - 160), i), expected);
    if (s > bestScore) {
      best = stop;
      bestScore = s;
    }
  }
  if (best < 0) return null;
  const chunk = chunkAt(index, best - 1);
  if (!chunk) return null;
  taken.add(best);
  return { node: chunk.node, offset: best - chunk.start, indexed: chunk.data };
}
