/**
 * Page objects for the end-to-end scenarios: what a test reads off a news page (the badges) and off
 * the popup, and axe-core run inside a page. Browser-neutral: they use only the Tab interface.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { eventually, type ExtensionBrowser, type Tab } from './driver';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Badges on a page: value, kind, and the text just before each (which must end with the figure). */
export const readBadges = (page: Tab) => page.evaluate(() => Array.from(document.querySelectorAll('crosscheck-badge'), (b) => ({
  value: Number(b.getAttribute('data-value')),
  kind: b.getAttribute('data-kind') ?? '',
  reference: b.getAttribute('data-reference') ?? '',
  before: b.previousSibling?.textContent ?? '',
})));

/**
 * Waits until the page shows `n` badges (or more; or the time runs out) and returns the very read
 * that showed them: reading again could land while a later run of the content script has taken
 * its badges away to place them anew.
 */
export async function badgesSettled(page: Tab, n: number) {
  const seen = await eventually(async () => {
    const badges = await readBadges(page);
    return badges.length >= n ? badges : null;
  }, 30_000, 200);
  return seen ?? readBadges(page);
}

/**
 * Starts counting, in the page, the most badges it ever holds at once (a MutationObserver on the
 * document): a duplicate placed at any moment shows in {@link mostBadges}, however briefly.
 */
export const countBadges = (page: Tab): Promise<void> => page.evaluate(() => {
  const w = window as unknown as { __crosscheckMostBadges?: number };
  if (w.__crosscheckMostBadges !== undefined) return;
  w.__crosscheckMostBadges = document.querySelectorAll('crosscheck-badge').length;
  new MutationObserver(() => {
    w.__crosscheckMostBadges = Math.max(w.__crosscheckMostBadges ?? 0, document.querySelectorAll('crosscheck-badge').length);
  }).observe(document, { childList: true, subtree: true });
});

/** The most badges the page held at once since {@link countBadges}. */
export const mostBadges = (page: Tab): Promise<number> =>
  page.evaluate(() => (window as unknown as { __crosscheckMostBadges?: number }).__crosscheckMostBadges ?? -1);

/** axe-core's violations on a page, or on one element of it (shadow roots included). */
export async function axeViolations(tab: Tab, selector?: string): Promise<string[]> {
  await tab.evaluateScript(AXE_SOURCE);
  return tab.evaluate(async (sel) => {
    const axe = (globalThis as unknown as { axe: { run(ctx: unknown, opts: object): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe;
    const result = await axe.run(sel ? document.querySelector(sel) : document, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  }, selector ?? null);
}
/** The popup for the tab showing `url`, once it has settled out of its loading state. */
export async function popupFor(b: ExtensionBrowser, url: string): Promise<Tab> {
  const tabId = await b.tabIdOf(url);
  const popup = await b.openExtensionPage(`popup.html?tab=${tabId}`, '[data-testid="popup-state"]');
  await eventually(() => popup.evaluate(() => document.querySelector('[data-testid="popup-state"]')?.getAttribute('data-state') !== 'loading'), 30_000);
  return popup;
}

/**
 * The popup for the tab showing `url` once it shows that tab's result (state `ready`), opened again
 * until it does (the content script has run when the background holds a result); null after a minute.
 */
export async function readyPopup(b: ExtensionBrowser, url: string): Promise<Tab | null> {
  return eventually(async () => {
    const p = await popupFor(b, url);
    if ((await popupState(p)) === 'ready') return p;
    await p.close();
    return null;
  }, 60_000, 500);
}

/** The popup's state: loading, empty, not-gaza, ready or error. */
export const popupState = (popup: Tab): Promise<string | null> =>
  popup.evaluate(() => document.querySelector('[data-testid="popup-state"]')?.getAttribute('data-state') ?? null);

