import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CARD_GAP, EDGE_MARGIN, placeCard } from '../../../src/ui/badges/card-position';

const VIEW = { width: 1000, height: 800 };
const CARD = { width: 300, height: 200 };
const badge = (left: number, top: number) => ({ left, top, width: 60, height: 16 });

describe('placeCard', () => {
  it('opens below the badge, at its left edge, when it fits', () => {
    expect(placeCard(badge(100, 100), CARD, VIEW)).toEqual({ left: 100, top: 100 + 16 + CARD_GAP, above: false, maxHeight: 800 - 2 * EDGE_MARGIN });
  });

  it('stays below while its bottom is inside the margin, flips above one pixel later', () => {
    // Bottom of the card = top + 16 + 4 + 200; the limit is 800 - 8 = 792.
    const lastBelow = 792 - 220;
    expect(placeCard(badge(100, lastBelow), CARD, VIEW).above).toBe(false);
    const flipped = placeCard(badge(100, lastBelow + 1), CARD, VIEW);
    expect(flipped.above).toBe(true);
    expect(flipped.top).toBe(lastBelow + 1 - CARD_GAP - 200);
  });

  it('keeps the right edge inside: at the anchor until it would cross, pushed left one pixel later', () => {
    const lastAtAnchor = 1000 - 8 - 300;
    expect(placeCard(badge(lastAtAnchor, 100), CARD, VIEW).left).toBe(lastAtAnchor);
    expect(placeCard(badge(lastAtAnchor + 1, 100), CARD, VIEW).left).toBe(lastAtAnchor);
    expect(placeCard(badge(990, 100), CARD, VIEW).left).toBe(lastAtAnchor);
  });

  it('keeps the left edge inside the margin', () => {
    expect(placeCard(badge(EDGE_MARGIN, 100), CARD, VIEW).left).toBe(EDGE_MARGIN);
    expect(placeCard(badge(EDGE_MARGIN - 1, 100), CARD, VIEW).left).toBe(EDGE_MARGIN);
    expect(placeCard(badge(-50, 100), CARD, VIEW).left).toBe(EDGE_MARGIN);
    // Wider than the viewport: starts at the left margin (it scrolls sideways inside max-width).
    expect(placeCard(badge(300, 100), { width: 2000, height: 100 }, VIEW).left).toBe(EDGE_MARGIN);
  });

  it('flips above near the bottom only while the top stays inside; else takes the roomier side, clamped', () => {
    const tall = { width: 300, height: 500 };
    // Room above = 600 - 4 - 8 = 588 ≥ 500: above.
    expect(placeCard(badge(100, 600), tall, VIEW)).toMatchObject({ above: true, top: 96 });
    // At 300 neither fits (below: 300 + 20 + 500 > 792; above: 300 - 504 < 8): more room below, clamped.
    const p = placeCard(badge(100, 300), tall, VIEW);
    expect(p.above).toBe(false);
    expect(p.top).toBe(792 - 500);
    // At 512 there is more room above than below: above, clamped at the top margin.
    const q = placeCard(badge(100, 510), tall, VIEW);
    expect(q.above).toBe(true);
    expect(q.top).toBe(EDGE_MARGIN);
  });

  it('a card taller than the viewport gets the viewport less its margins, from the top margin', () => {
    const p = placeCard(badge(100, 400), { width: 300, height: 5000 }, VIEW);
    expect(p.top).toBe(EDGE_MARGIN);
    expect(p.maxHeight).toBe(784);
  });

  it('keeps the card inside the viewport wherever the badge is, even scrolled off screen (property)', () => {
    fc.assert(fc.property(
      fc.integer({ min: -2000, max: 3000 }), fc.integer({ min: -2000, max: 3000 }),
      fc.integer({ min: 50, max: 600 }), fc.integer({ min: 20, max: 2000 }),
      fc.integer({ min: 320, max: 2000 }), fc.integer({ min: 200, max: 1400 }),
      (x, y, w, h, vw, vh) => {
        const p = placeCard(badge(x, y), { width: w, height: h }, { width: vw, height: vh });
        const height = Math.min(h, p.maxHeight);
        expect(p.top).toBeGreaterThanOrEqual(EDGE_MARGIN);
        expect(p.top + height).toBeLessThanOrEqual(vh - EDGE_MARGIN);
        expect(p.left).toBeGreaterThanOrEqual(EDGE_MARGIN);
        if (w <= vw - 2 * EDGE_MARGIN) expect(p.left + w).toBeLessThanOrEqual(vw - EDGE_MARGIN);
      }), { numRuns: 500 });
  });
});

describe('placeCard on a right-to-left page', () => {
  const rtl = (anchor: ReturnType<typeof badge>, card = CARD) => placeCard(anchor, card, VIEW, EDGE_MARGIN, CARD_GAP, 'rtl');

  it("opens with its right edge at the badge's right edge, below it, as left to right mirrored", () => {
    // Badge 600–660: the card spans 360–660.
    expect(rtl(badge(600, 100))).toEqual({ left: 660 - 300, top: 100 + 16 + CARD_GAP, above: false, maxHeight: 800 - 2 * EDGE_MARGIN });
  });

  it('keeps the left edge inside: at the badge until it would cross, pushed right one pixel later', () => {
    // The card's left = badge right - 300; the last badge right edge that fits is 8 + 300.
    const lastAtAnchor = EDGE_MARGIN + 300 - 60;
    expect(rtl(badge(lastAtAnchor, 100)).left).toBe(EDGE_MARGIN);
    expect(rtl(badge(lastAtAnchor + 1, 100)).left).toBe(EDGE_MARGIN + 1);
    expect(rtl(badge(lastAtAnchor - 1, 100)).left).toBe(EDGE_MARGIN);
    expect(rtl(badge(-40, 100)).left).toBe(EDGE_MARGIN);
  });

  it('keeps the right edge inside the margin, and a card wider than the viewport starts at the right margin', () => {
    expect(rtl(badge(1000 - 60, 100)).left).toBe(1000 - EDGE_MARGIN - 300);
    expect(rtl(badge(990, 100)).left).toBe(1000 - EDGE_MARGIN - 300);
    expect(rtl(badge(300, 100), { width: 2000, height: 100 }).left).toBe(1000 - EDGE_MARGIN - 2000);
  });

  it('places vertically exactly as left to right', () => {
    for (const top of [0, 100, 560, 700, 790]) {
      const l = placeCard(badge(500, top), CARD, VIEW);
      const r = rtl(badge(500, top));
      expect([r.top, r.above, r.maxHeight]).toEqual([l.top, l.above, l.maxHeight]);
    }
  });

  it('is inside the viewport for any badge inside it and any card that fits (property)', () => {
    fc.assert(fc.property(
      fc.integer({ min: 0, max: 940 }), fc.integer({ min: 0, max: 780 }), fc.integer({ min: 50, max: 984 }), fc.integer({ min: 20, max: 600 }),
      (left, top, width, height) => {
        const p = rtl(badge(left, top), { width, height });
        expect(p.left).toBeGreaterThanOrEqual(EDGE_MARGIN);
        expect(p.left + width).toBeLessThanOrEqual(1000 - EDGE_MARGIN);
        expect(p.top).toBeGreaterThanOrEqual(EDGE_MARGIN);
        expect(p.top + Math.min(height, p.maxHeight)).toBeLessThanOrEqual(800 - EDGE_MARGIN);
      },
    ));
  });
});
