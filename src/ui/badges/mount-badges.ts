/**
 * Puts badges beside the page's figures that corpus reports also give, and takes them away again.
 * Idempotent: a second mount first removes what the first one added, so SPA navigations and
 * mutations never leave duplicates. Badges add no text to the page: their content lives in shadow
 * roots, so the article's textContent (and a copy of it) stays the same.
 */
import type { Alignment } from '../../types';
import { BADGE_TAG, createBadge, type BadgeActions } from './badge-element';
import { indexText, locateFigure, type FigureSpot, type TextIndex } from './locate-figure';

/** What a mount leaves behind: how many badges it placed, and how to take them away. */
export interface MountedBadges {
  count: number;
  destroy(): void;
}

/** Removes every Crosscheck badge under `root`, merging back the text nodes that placing them split. */
export function removeBadges(root: ParentNode): void {
  for (const badge of Array.from(root.querySelectorAll(BADGE_TAG))) {
    const prev = badge.previousSibling;
    const next = badge.nextSibling;
    badge.remove();
    if (prev?.nodeType === 3 && next?.nodeType === 3 && (badge as HTMLElement).dataset.split === '1') {
      (prev as Text).appendData((next as Text).data);
      next.remove();
    }
  }
}

/** Where each alignment's figure stands in `index`, for those found. */
function locateAll(index: TextIndex, alignments: readonly Alignment[]): { a: Alignment; spot: FigureSpot }[] {
  const taken = new Set<number>();
  return alignments
    .map((a) => ({ a, spot: locateFigure(index, a.page.text, a.page.sentence, taken) }))
    .filter((x): x is { a: Alignment; spot: FigureSpot } => x.spot !== null);
}

/** True when every spot's text node is still under `root` with the text it had when indexed. */
function stillThere(root: Element, spots: readonly { spot: FigureSpot }[]): boolean {
  return spots.every(({ spot }) => root.contains(spot.node) && spot.node.data === spot.indexed);
}

/**
 * Indexes the text under `root` ahead of {@link mountBadges}, so the content script can do it
 * while the background works. Call it after old badges are gone: removing them merges text nodes.
 */
export function prepareBadges(root: Element): TextIndex {
  return indexText(root);
}

/**
 * Places one badge per alignment after its figure's text under `root`. `prepared` is an index made
 * earlier by {@link prepareBadges}; it is used only if the figures are still where it says, else the
 * text is indexed again.
 */
export function mountBadges(root: Element, alignments: readonly Alignment[], actions: BadgeActions, prepared?: TextIndex): MountedBadges {
  removeBadges(root);
  const doc = root.ownerDocument;
  let spots = prepared ? locateAll(prepared, alignments) : null;
  if (!spots || !stillThere(root, spots)) spots = locateAll(indexText(root), alignments);
  const placed: HTMLElement[] = [];
  // Place from the last position backwards so splitting a text node never shifts a later spot.
  spots.sort((x, y) => {
    if (x.spot.node === y.spot.node) return y.spot.offset - x.spot.offset;
    return x.spot.node.compareDocumentPosition(y.spot.node) & 4 /* FOLLOWING */ ? 1 : -1;
  });
  for (const { a, spot } of spots) {
    const badge = createBadge(doc, a, actions);
    const { node, offset } = spot;
    if (offset < node.data.length) {
      node.splitText(offset);
      badge.dataset.split = '1';
    }
    node.parentNode?.insertBefore(badge, node.nextSibling);
    placed.push(badge);
  }
  return {
    count: placed.length,
    destroy: () => removeBadges(root),
  };
}
