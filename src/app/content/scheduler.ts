/**
 * When Crosscheck looks at a page: on first load, after single-page-app navigations, after the
 * page's own changes have settled (late-loading articles), and when the settings change. It runs
 * one pass at a time (pass.ts); a change seen during a pass triggers one more. It stops cleanly
 * when the extension reloads or goes away (WXT's ContentScriptContext): no timer, observer,
 * listener or badge is left behind.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { openChannel, send } from '../../platform/messages';
import { loadSettings, watchSettings, type Settings } from '../../platform/settings';
import { startInterfaceLanguage } from '../../ui/common/interface-language';
import { BADGE_TAG } from '../../ui/badges/badge-element';
import { removeBadges, type MountedBadges } from '../../ui/badges/mount-badges';
import { runPass, type PassContext } from './pass';

/** Quiet time before a DOM change triggers a new pass: late-loading articles settle within this. */
export const MUTATION_DEBOUNCE_MS = 700;

/** True when every node a mutation added or removed is text or one of our badges: our own work. */
function onlyOurs(records: readonly MutationRecord[]): boolean {
  return records.every((r) =>
    [...Array.from(r.addedNodes), ...Array.from(r.removedNodes)].every((n) => n.nodeType === 3 || n.nodeName.toLowerCase() === BADGE_TAG));
}

/** Runs Crosscheck in a page. Call once from the content script's main(). */
export function startContent(ctx: ContentScriptContext): void {
  // Badges speak the browser's language; their messages come from the browser, not the bundle.
  startInterfaceLanguage();
  let settings: Settings | null = null;
  let mounted: MountedBadges | null = null;
  let running = false;
  let pending = false;
  let timer: number | undefined;
  /** Counts passes, so a later answer for an earlier pass never replaces a newer pass's badges. */
  let passes = 0;

  const observer = new MutationObserver((records) => {
    if (!onlyOurs(records)) schedule();
  });
  const watch = (): void => {
    if (ctx.isValid && document.body) observer.observe(document.body, { childList: true, subtree: true });
  };

  const passContext = (current: Settings): PassContext => ({
    doc: document,
    url: location.href,
    settings: current,
    connect: () => {
      // The port opens while the article is read, so the article crosses in one message.
      const channel = openChannel();
      return {
        analyze: (article, readMs) => channel.request('analyze-page', { article, url: location.href, readMs }),
        update: (followUp) => channel.request('page-update', { followUp }),
        close: () => channel.close(),
      };
    },
    openReport: (id) => void send('open-report', { id }).catch(() => undefined),
    isValid: () => ctx.isValid,
    // The observer stays on while the background works (it ignores our own badges), so a page
    // change meanwhile is still seen; it stops only while the badges go in.
    beforeMount: () => observer.disconnect(),
  });

  async function run(): Promise<void> {
    if (!ctx.isValid) return;
    if (running) {
      pending = true; // the page changed while we worked: look again once this pass is done
      return;
    }
    running = true;
    try {
      settings ??= (await loadSettings()).settings;
      const pass = ++passes;
      const outcome = await runPass(passContext(settings), mounted);
      mounted = outcome.kind === 'analysed' ? outcome.badges : null;
      if (outcome.kind === 'analysed' && outcome.later) {
        void outcome.later.then((remount) => {
          if (!remount || pass !== passes || running || !ctx.isValid) return;
          observer.disconnect();
          try {
            mounted = remount(mounted);
          } catch (err) {
            console.warn('Crosscheck:', err);
          } finally {
            watch();
          }
        });
      }
      if (outcome.kind === 'off' || outcome.kind === 'skipped') {
        const reason = outcome.kind === 'off' ? 'Crosscheck is off on this site' : 'not about the Gaza war';
        void send('page-cleared', { url: location.href, reason }).catch(() => undefined);
      }
    } catch (err) {
      // A page must never break because of Crosscheck: report and carry on.
      if (ctx.isValid) console.warn('Crosscheck:', err);
    } finally {
      running = false;
      watch();
      if (pending && ctx.isValid) {
        pending = false;
        schedule();
      }
    }
  }

  function schedule(): void {
    if (timer !== undefined) clearTimeout(timer);
    // Not ctx.setTimeout: WXT adds an abort listener per call and never removes it, so every page mutation leaked one (run() checks ctx.isValid itself).
    timer = window.setTimeout(() => {
      timer = undefined;
      void run();
    }, MUTATION_DEBOUNCE_MS);
  }

  ctx.addEventListener(window, 'wxt:locationchange', schedule);
  const unwatch = watchSettings((next) => {
    settings = next;
    void run();
  });
  ctx.onInvalidated(() => {
    if (timer !== undefined) clearTimeout(timer);
    observer.disconnect();
    unwatch();
    if (document.body) removeBadges(document.body);
  });
  // Watch from the start, so an article that arrives while the first pass is still working is seen.
  watch();
  void run();
}
