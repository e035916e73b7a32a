/**
 * Puts badges beside the page's figures that corpus reports also give or an official series checks,
 * and takes them away again.
 * Idempotent: a second mount first removes what the first one added, so SPA navigations and
 * mutations never leave duplicates. Badges add no text to the page: their content lives in shadow
 * roots, so the article's textContent (and a copy of it) stays the same.
 */
import type { Alignment, Figure } from '../../types';
import type { SeriesCredit } from '../common/reference-view';
import { BADGE_TAG, createFigureBadge, type BadgeActions } from './badge-element';
import type { BadgeInput } from './badge-model';
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

/** The page's figures with an official check, for badges beside figures no report gives too. */
export interface ReferenceBadges {
  /** The analysis' figures; those with `reference` get a badge. */
  figures: readonly Figure[];
  /** The analysed text, which the figures' offsets index: each figure's sentence is cut from it. */
  text: string;
  /** The series a check names (publisher, dataset, licence, credit), for the card's credit line. */
  series?: (id: string) => SeriesCredit | null | undefined;
}

/** One badge to place: what it shows, and the figure's words and sentence to find it by. */
export interface BadgeItem {
  input: BadgeInput;
  text: string;
  sentence: string;
  /** Offset of the figure in the analysed text, for a stable order. */
  start: number;
}

/**
 * The badges to place: one per alignment (with its figure's check when the figure has one) and one
 * per checked figure no alignment covers, in text order. A figure and an alignment are the same
 * figure when they start at the same offset with the same measure.
 */
export function badgeItems(alignments: readonly Alignment[], reference?: ReferenceBadges): BadgeItem[] {
  const checked = (reference?.figures ?? []).filter((f) => f.reference);
  const key = (measure: string | null, start: number): string => `${measure ?? ''}@${start}`;
  const byKey = new Map(checked.map((f) => [key(f.measure, f.start), f]));
  const seriesOf = (f: Figure | undefined): SeriesCredit | null => (f?.reference && reference?.series?.(f.reference.series)) || null;
  const items: BadgeItem[] = alignments.map((a) => {
    const figure = byKey.get(key(a.measure, a.page.start));
    if (figure) byKey.delete(key(a.measure, a.page.start));
    return { input: { alignment: a, figure, series: seriesOf(figure) }, text: a.page.text, sentence: a.page.sentence, start: a.page.start };
  });
  for (const f of byKey.values()) {
    items.push({ input: { figure: f, series: seriesOf(f) }, text: f.text, sentence: reference!.text.slice(f.sentenceStart, f.sentenceEnd), start: f.start });
  }
  return items.sort((x, y) => x.start - y.start);
}

/** Where each item's figure stands in `index`, for those found. */
function locateAll(index: TextIndex, items: readonly BadgeItem[]): { item: BadgeItem; spot: FigureSpot }[] {
  const taken = new Set<number>();
  return items
    .map((item) => ({ item, spot: locateFigure(index, item.text, item.sentence, taken) }))
    .filter((x): x is { item: BadgeItem; spot: FigureSpot } => x.spot !== null);
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
 * beside each figure with an official check that no alignment covers (see {@link badgeItems}).
 * `prepared` is an index made earlier by {@link prepareBadges}; it is used only if the figures are
 * still where it says, else the text is indexed again.
 */
export function mountBadges(root: Element, alignments: readonly Alignment[], actions: BadgeActions, prepared?: TextIndex, reference?: ReferenceBadges): MountedBadges {
  removeBadges(root);
  const doc = root.ownerDocument;
  const items = badgeItems(alignments, reference);
  let spots = prepared ? locateAll(prepared, items) : null;
  if (!spots || !stillThere(root, spots)) spots = locateAll(indexText(root), items);
  const placed: HTMLElement[] = [];
  // Place from the last position backwards so splitting a text node never shifts a later spot.
  spots.sort((x, y) => {
    if (x.spot.node === y.spot.node) return y.spot.offset - x.spot.offset;
    return x.spot.node.compareDocumentPosition(y.spot.node) & 4 /* FOLLOWING */ ? 1 : -1;
  });
  for (const { item, spot } of spots) {
    const badge = createFigureBadge(doc, item.input, actions);
    if (!badge) continue;
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
