/**
 * One pass of Crosscheck over a page: sample the text, the quick check, read the article, ask the
 * background, place the badges. The scheduler (scheduler.ts) decides when a pass runs; a pass
 * never throws into the page.
 *
 * Performance marks (read by the e2e suites and `npm run bench`; Chromium shares one timeline
 * between the isolated and main worlds): crosscheck:start, then crosscheck:skipped, or
 * crosscheck:read (article read), crosscheck:analysed (background answered), crosscheck:badges.
 */
import { articleRoot } from '../../article/article-root';
import { sampleText } from '../../article/page-sample';
import { readArticle } from '../../article/read-article';
// The cheap check alone: detect-topic would bring the whole lexicon scanner into the content script.
import { QUICK_SAMPLE_CHARS, quickCheck } from '../../topic/quick-check';
import type { PageVerdict } from '../../platform/messages';
import { isSiteEnabled, type Settings } from '../../platform/settings';
import { mountBadges, prepareBadges, type MountedBadges } from '../../ui/badges/mount-badges';
import type { Article } from '../../types';

/** The marks of one pass, cleared before the next so they do not pile up in the page's timeline. */
const MARKS = ['start', 'skipped', 'read', 'analysed', 'badges'] as const;
const mark = (name: (typeof MARKS)[number]): void => void performance.mark(`crosscheck:${name}`);

/** What a pass needs from the world around it. */
export interface PassContext {
  doc: Document;
  url: string;
  settings: Settings;
  /**
   * Asks the background for the page's verdict. Called before the article is read, so the
   * connection opens while it is (the content script uses a port: openChannel); the returned
   * function sends the article once it is.
   */
  connect(): (article: Article, readMs: number) => Promise<PageVerdict>;
  /** Opens a bundled report's page (the badge card's links). */
  openReport(id: string): void;
  /** False once the extension reloaded or went away: the pass then leaves the page alone. */
  isValid(): boolean;
  /** Called just before badges go in, so the caller can stop watching the page for changes. */
  beforeMount(): void;
}

/** How a pass ended: the site is off, the page is not a Gaza-war article, or it was analysed. */
export type PassOutcome =
  | { kind: 'off' }
  | { kind: 'skipped' }
  | { kind: 'analysed'; verdict: PageVerdict; badges: MountedBadges | null }
  | { kind: 'stale' };

/**
 * Runs one pass. `previous` are the badges of the last pass; they are taken away before new ones
 * go in. Throws only what the background's answer threw: the caller catches.
 */
export async function runPass(ctx: PassContext, previous: MountedBadges | null): Promise<PassOutcome> {
  const { doc, settings } = ctx;
  if (!isSiteEnabled(settings, new URL(ctx.url).hostname)) {
    previous?.destroy();
    return { kind: 'off' };
  }
  for (const name of MARKS) performance.clearMarks(`crosscheck:${name}`);
  mark('start');
  if (!quickCheck(doc.title, sampleText(doc, QUICK_SAMPLE_CHARS))) {
    mark('skipped');
    previous?.destroy();
    return { kind: 'skipped' };
  }
  const ask = ctx.connect();
  const t0 = performance.now();
  const article = readArticle(doc, { url: ctx.url }); // never throws
  mark('read');
  const answer = ask(article, performance.now() - t0);
  answer.catch(() => undefined); // awaited below; this only keeps an early throw from leaving it unhandled
  // While the background works: take old badges away and index the page's text for the new ones.
  previous?.destroy();
  const root = articleRoot(doc, article.text);
  const prepared = root && settings.badges ? prepareBadges(root) : undefined;
  const verdict = await answer;
  mark('analysed');
  if (!ctx.isValid()) return { kind: 'stale' };
  ctx.beforeMount();
  const checked = verdict.checks ?? [];
  const badges = root && settings.badges && verdict.gaza && (verdict.alignments.length > 0 || checked.length > 0)
    ? mountBadges(root, verdict.alignments, { openReport: ctx.openReport }, prepared, {
      figures: checked,
      text: article.text,
      series: (id) => verdict.series.find((s) => s.id === id),
    })
    : null;
  mark('badges');
  return { kind: 'analysed', verdict, badges };
}
