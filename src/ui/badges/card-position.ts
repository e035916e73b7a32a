/**
 * Where a badge's card goes so that it is always inside the viewport: below the badge when it fits,
 * above when only that fits, else on the side with more room, clamped to the viewport's edges (and
 * made scrollable when it is taller than the viewport). Pure: the maths is tested on both sides of
 * every edge without a layout engine.
 */

/** A rectangle in viewport coordinates (a DOMRect's fields). */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The viewport's size. */
export interface Size {
  width: number;
  height: number;
}

/** Where the card goes, in viewport coordinates, and the height it may take. */
export interface CardPlacement {
  left: number;
  top: number;
  /** True when the card opens above the badge. */
  above: boolean;
  /** The most the card may be tall here (it scrolls past that). */
  maxHeight: number;
}

/** Space kept between the card and the viewport's edges, in CSS pixels. */
export const EDGE_MARGIN = 8;
/** Space between the badge and its card. */
export const CARD_GAP = 4;

/**
 * Places a `card`-sized box next to `anchor` inside `viewport`. Horizontally the card starts at the
 * anchor's start edge: left to right (`dir` "ltr"), at its left edge, pushed left when it would
 * cross the right edge, then right when it would cross the left edge (a card wider than the
 * viewport starts at the left margin); right to left, mirrored: its right edge at the anchor's
 * right edge, pushed right at the left edge, then left at the right edge (a card wider than the
 * viewport starts at the right margin, where a right-to-left reader starts reading).
 */
export function placeCard(anchor: Box, card: Size, viewport: Size, margin = EDGE_MARGIN, gap = CARD_GAP, dir: 'ltr' | 'rtl' = 'ltr'): CardPlacement {
  const room = Math.max(0, viewport.height - 2 * margin);
  const height = Math.min(card.height, room);
  let left: number;
  if (dir === 'rtl') {
    left = anchor.left + anchor.width - card.width;
    if (left < margin) left = margin;
    if (left + card.width > viewport.width - margin) left = viewport.width - margin - card.width;
  } else {
    left = anchor.left;
    if (left + card.width > viewport.width - margin) left = viewport.width - margin - card.width;
    if (left < margin) left = margin;
  }
  const below = anchor.top + anchor.height + gap;
  const aboveTop = anchor.top - gap - height;
  const fitsBelow = below >= margin && below + height <= viewport.height - margin;
  const fitsAbove = aboveTop >= margin && aboveTop + height <= viewport.height - margin;
  let top: number;
  let above: boolean;
  if (fitsBelow) [top, above] = [below, false];
  else if (fitsAbove) [top, above] = [aboveTop, true];
  else {
    // Neither side holds it: take the side with more room and clamp into the viewport.
    above = anchor.top - margin > viewport.height - margin - (anchor.top + anchor.height);
    top = above ? aboveTop : below;
    top = Math.min(Math.max(top, margin), Math.max(margin, viewport.height - margin - height));
  }
  return { left, top, above, maxHeight: room };
}
