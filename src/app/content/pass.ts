/**
 * One pass of Crosscheck over a page: sample the text, the quick check, read the article, ask the
 * background, place the badges. The scheduler (scheduler.ts) decides when a pass runs; a pass
 * never throws into the page.
 *
 * Performance marks (read by the e2e suites and `npm run bench`; Chromium shares one timeline
 * between the isolated and main worlds): crosscheck:start, then crosscheck:skipped, or
 * crosscheck:read (article read), crosscheck:analysed (background answered), crosscheck:badges;
 * and, when the answer said a second one follows (the reader's library's comparisons, from a
 * worker that was just woken), crosscheck:follows, then crosscheck:updated once its badges replaced
 * the first.
 */
import { articleRoot } from '../../article/article-root';
import { sampleText } from '../../article/page-sample';
import { readArticle } from '../../article/read-article';
// The cheap check alone: detect-topic would bring the whole lexicon scanner into the content script.
import { QUICK_SAMPLE_CHARS, quickCheck } from '../../topic/quick-check';
import type { PageVerdict } from '../../platform/messages';
import { isSiteEnabled, type Settings } from '../../platform/settings';
import { placeBadges, prepareBadges, type MountedBadges } from '../../ui/badges/mount-badges';
import type { Article } from '../../types';

/** The marks of one pass, cleared before the next so they do not pile up in the page's timeline. */
const MARKS = ['start', 'skipped', 'read', 'analysed', 'follows', 'badges', 'updated'] as const;
const mark = (name: (typeof MARKS)[number]): void => void performance.mark(`crosscheck:${name}`);

/** What a pass needs from the world around it. */
export interface PassContext {
  doc: Document;
  url: string;
  settings: Settings;
  /**
   * Opens the way to the background. Called before the article is read, so the connection opens
   * while it is (the content script uses a port: openChannel).
   */
  connect(): BackgroundLink;
  /** Opens a bundled report's page (the badge card's links). */
  openReport(id: string): void;
  /** False once the extension reloaded or went away: the pass then leaves the page alone. */
  isValid(): boolean;
  /** Called just before badges go in, so the caller can stop watching the page for changes. */
  beforeMount(): void;
}

/** A page's connection to the background, for one pass. */
export interface BackgroundLink {
  /** Sends the article; resolves to the page's verdict. */
  analyze(article: Article, readMs: number): Promise<PageVerdict>;
  /** Fetches the answer that follows a verdict with `followUp`. */
  update(id: number): Promise<PageVerdict | null>;
  close(): void;
}

/** Puts the badges of a later answer in place of the pass's (the previous ones are taken away); null: nothing to change. */
export type Remount = (previous: MountedBadges | null) => MountedBadges | null;

/** How a pass ended: the site is off, the page is not a Gaza-war article, or it was analysed. */
export type PassOutcome =
  | { kind: 'off' }
  | { kind: 'skipped' }
  | {
    kind: 'analysed';
    verdict: PageVerdict;
    badges: MountedBadges | null;
    /** When the verdict said more follows: resolves to how to put the later badges in (null when nothing came). */
    later: Promise<Remount | null> | null;
  }
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
  const link = ctx.connect();
  const t0 = performance.now();
  const article = readArticle(doc, { url: ctx.url }); // never throws
  mark('read');
  const answer = link.analyze(article, performance.now() - t0);
  answer.catch(() => undefined); // awaited below; this only keeps an early throw from leaving it unhandled
  // While the background works: take old badges away and index the page's text for the new ones.
  previous?.destroy();
  const root = articleRoot(doc, article.text);
  const prepared = root && settings.badges ? prepareBadges(root) : undefined;
  let verdict: PageVerdict;
  try {
    verdict = await answer;
  } catch (err) {
    link.close();
    throw err;
  }
  mark('analysed');
  if (verdict.followUp !== undefined) mark('follows');
  if (!ctx.isValid()) {
    link.close();
    return { kind: 'stale' };
  }
  ctx.beforeMount();
  const place = (v: PageVerdict, index?: ReturnType<typeof prepareBadges>): MountedBadges | null =>
    root && settings.badges && v.gaza && v.badges.length > 0 ? placeBadges(root, v.badges, { openReport: ctx.openReport }, index) : null;
  const badges = place(verdict, prepared);
  mark('badges');
  const later = verdict.followUp === undefined ? null : link.update(verdict.followUp).then(
    (next): Remount | null => next && ctx.isValid() ? (old) => {
      old?.destroy();
      const placed = place(next);
      mark('updated');
      return placed;
    } : null,
    () => null,
  ).finally(() => link.close());
  if (!later) link.close();
  return { kind: 'analysed', verdict, badges, later };
}
