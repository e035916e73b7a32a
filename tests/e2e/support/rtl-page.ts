/**
 * What the right-to-left suite reads off a news page: each badge with the figure it follows (its
 * text before it, and where both are drawn), the page's text without the badges against the text
 * as served, and each badge's card opened at the top and at the bottom of the window. Browser-
 * neutral: only the Tab interface. The functions passed to `evaluate` run in the page, so they are
 * self-contained.
 */
import type { Tab } from './driver';

/** A rectangle in viewport coordinates. */
export interface Rect {
  left: number;
  right: number;
  top: number;
  bottom: number;
  width: number;
  height: number;
}

/** A badge on the page, in document order. */
export interface PlacedBadge {
  value: number;
  /** The text just before the badge (its figure's text node). */
  before: string;
  /** The badge's `dir` (the interface's direction). */
  dir: string;
  /** The computed direction of the line the badge sits in. */
  lineDirection: string;
  badge: Rect;
  /**
   * The figure's box on the badge's line (the figure is `before`'s tail of `figureLength`
   * characters): when no part of it shares the badge's line, the whole figure's box.
   */
  figure: Rect;
}

/** Every badge on the page with its figure, whose text is the tail of `figureLength[i]` characters before badge i. */
export const placedBadges = (page: Tab, figureLength: readonly number[] = []): Promise<PlacedBadge[]> => page.evaluate((lengths) => {
  const box = (rects: DOMRect[]): Rect => {
    const left = Math.min(...rects.map((r) => r.left));
    const right = Math.max(...rects.map((r) => r.right));
    const top = Math.min(...rects.map((r) => r.top));
    const bottom = Math.max(...rects.map((r) => r.bottom));
    return { left, right, top, bottom, width: right - left, height: bottom - top };
  };
  return Array.from(document.querySelectorAll('crosscheck-badge'), (host, i) => {
    const b = host.getBoundingClientRect();
    const prev = host.previousSibling;
    const before = prev?.textContent ?? '';
    let figure = box([b]);
    if (prev?.nodeType === Node.TEXT_NODE) {
      // Without a length given, the figure is taken as the run of digits, separators and words
      // glued to the badge: enough for a box, the caller checks the exact text on `before`.
      const n = lengths[i] ?? (/[\d٠-٩,.\u066B\u066C]+$/.exec(before)?.[0].length ?? 1);
      const range = document.createRange();
      range.setStart(prev, Math.max(0, before.length - n));
      range.setEnd(prev, before.length);
      const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0);
      const onLine = rects.filter((r) => r.top < b.bottom && r.bottom > b.top);
      if (rects.length) figure = box(onLine.length ? onLine : rects);
    }
    return {
      value: Number(host.getAttribute('data-value')),
      before,
      dir: host.getAttribute('dir') ?? '',
      lineDirection: host.parentElement ? getComputedStyle(host.parentElement).direction : '',
      badge: box([b]),
      figure,
    };
  });
}, [...figureLength]);

/**
 * The page's text now, without Crosscheck's elements (badges and anything else named crosscheck-*),
 * and the text of the page as the server sends it. Equal when the extension changed no text.
 */
export const textWithoutBadges = (page: Tab): Promise<{ live: string; served: string }> => page.evaluate(async () => {
  const served = new DOMParser().parseFromString(await (await fetch(location.href)).text(), 'text/html');
  const live = document.body.cloneNode(true) as HTMLElement;
  for (const el of Array.from(live.querySelectorAll('*'))) if (el.localName.startsWith('crosscheck-')) el.remove();
  return { live: live.textContent ?? '', served: served.body.textContent ?? '' };
});

/** One badge's card, opened with the badge scrolled to the top or the bottom of the window. */
export interface OpenedCard {
  index: number;
  value: number;
  scrolled: 'top' | 'bottom';
  badge: Rect;
  card: Rect;
  /** Where the card says it opened: below or above the badge. */
  side: string;
  /** The visible area (the viewport less any scrollbar). */
  viewport: { width: number; height: number };
}

/**
 * Opens each badge's card (a click on its button) with the badge scrolled near the top of the
 * window, then near the bottom, reads where the card is, and closes it again. The page gets a window's height of room above and below its text first (body
 * padding, taken away after), so that every badge can be scrolled to either place.
 */
export const openCardsEverywhere = (page: Tab): Promise<OpenedCard[]> => page.evaluate(async () => {
  const rect = (r: DOMRect): Rect => ({ left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width, height: r.height });
  const frame = (): Promise<void> => new Promise((r) => requestAnimationFrame(() => r()));
  const padding = document.body.style.paddingBlock;
  document.body.style.paddingBlock = '100vh';
  const out: OpenedCard[] = [];
  const hosts = Array.from(document.querySelectorAll('crosscheck-badge'));
  for (const [index, host] of hosts.entries()) {
    for (const scrolled of ['top', 'bottom'] as const) {
      // A line's height of room from the edge: the badge is near it, not under it.
      host.scrollIntoView({ block: scrolled === 'top' ? 'start' : 'end', inline: 'nearest' });
      window.scrollBy(0, scrolled === 'top' ? -24 : 24);
      await frame();
      const button = host.shadowRoot?.querySelector('button');
      button?.click();
      await frame();
      const card = host.shadowRoot?.querySelector<HTMLElement>('.card');
      out.push({
        index,
        value: Number(host.getAttribute('data-value')),
        scrolled,
        badge: rect(host.getBoundingClientRect()),
        card: card && !card.hidden ? rect(card.getBoundingClientRect()) : { left: 0, right: 0, top: 0, bottom: 0, width: 0, height: 0 },
        side: card?.dataset.side ?? '',
        viewport: { width: document.documentElement.clientWidth, height: document.documentElement.clientHeight },
      });
      button?.click();
    }
  }
  document.body.style.paddingBlock = padding;
  return out;
});

/** Opens the card of the badge `index` (in document order), as a click on it would. */
export const openCard = (page: Tab, index: number): Promise<boolean> => page.evaluate((i) => {
  const host = document.querySelectorAll('crosscheck-badge')[i];
  const card = (): HTMLElement | null | undefined => host?.shadowRoot?.querySelector<HTMLElement>('.card');
  if (card()?.hidden === false) return true;
  host?.shadowRoot?.querySelector('button')?.click();
  return card()?.hidden === false;
}, index);
