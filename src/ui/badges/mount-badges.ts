/**
 * Puts badges beside the page's figures that corpus reports also give or an official series checks,
 * and takes them away again.
 * Idempotent: a second mount first removes what the first one added, so SPA navigations and
 * mutations never leave duplicates. Badges add no text to the page: their content lives in shadow
 * roots, so the article's textContent (and a copy of it) stays the same.
 */
import type { VerdictBadge } from '../../platform/messages';
import type { Alignment } from '../../types';
import { BADGE_TAG, badgeElement, type BadgeActions } from './badge-element';
import { verdictBadges, type ReferenceBadges } from './badge-model';
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

/** Where each item's figure stands in `index`, for those found. */
function locateAll(index: TextIndex, items: readonly VerdictBadge[]): { item: VerdictBadge; spot: FigureSpot }[] {
  const taken = new Set<number>();
  return items
    .map((item) => ({ item, spot: locateFigure(index, item.text, item.sentence, taken) }))
    .filter((x): x is { item: VerdictBadge; spot: FigureSpot } => x.spot !== null);
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
 * Places one badge per alignment after its figure's text under `root`, and, given `reference`, one
 * beside each figure with an official check that no alignment covers (see {@link verdictBadges}).
 * `prepared` is an index made earlier by {@link prepareBadges}.
 */
export function mountBadges(root: Element, alignments: readonly Alignment[], actions: BadgeActions, prepared?: TextIndex, reference?: ReferenceBadges): MountedBadges {
  return placeBadges(root, verdictBadges(alignments, reference), actions, prepared);
}

/**
 * Places the badges of a verdict, each after its figure's text under `root`. `prepared` is an index
 * made earlier by {@link prepareBadges}; it is used only if the figures are still where it says,
 * else the text is indexed again.
 */
export function placeBadges(root: Element, badges: readonly VerdictBadge[], actions: BadgeActions, prepared?: TextIndex): MountedBadges {
  removeBadges(root);
  const doc = root.ownerDocument;
  let spots = prepared ? locateAll(prepared, badges) : null;
  if (!spots || !stillThere(root, spots)) spots = locateAll(indexText(root), badges);
  const placed: HTMLElement[] = [];
  // Place from the last position backwards so splitting a text node never shifts a later spot.
  spots.sort((x, y) => {
    if (x.spot.node === y.spot.node) return y.spot.offset - x.spot.offset;
    return x.spot.node.compareDocumentPosition(y.spot.node) & 4 /* FOLLOWING */ ? 1 : -1;
  });
  for (const { item, spot } of spots) {
    const badge = badgeElement(doc, item, actions);
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
