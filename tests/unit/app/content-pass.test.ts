// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { runPass, type BackgroundLink, type PassContext } from '../../../src/app/content/pass';
import type { PageVerdict } from '../../../src/platform/messages';
import type { Article } from '../../../src/types';
import { openChannel } from '../../../src/platform/messages';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/platform/settings';
import { BADGE_TAG } from '../../../src/ui/badges/badge-element';
import { ARTICLE_HTML, RECIPE_HTML, freshBackground } from './controllers-fixtures';

const URL_ = 'https://www.reuters.com/world/middle-east/khan-younis-2024-01-23/';

/** Puts `html` into happy-dom's document, as a page load would. */
function load(html: string): Document {
  document.documentElement.innerHTML = html.replace(/^<!doctype html><html>|<\/html>$/g, '');
  return document;
}

/** The content script's link to the background over a real (fake-port) channel; `close` counts its closes. */
function link(): BackgroundLink & { closed: number } {
  const channel = openChannel();
  const l = {
    closed: 0,
    analyze: (article: Article, readMs: number) => channel.request('analyze-page', { article, url: URL_, readMs }),
    update: (followUp: number) => channel.request('page-update', { followUp }),
    close: () => {
      l.closed++;
      channel.close();
    },
  };
  return l;
}

/** A pass over the current document, talking to the real background over (fake) ports. */
function context(settings: Partial<Settings> = {}, connect?: PassContext['connect']): PassContext & { mounts: number } {
  const ctx = {
    doc: document,
    url: URL_,
    settings: { ...DEFAULT_SETTINGS, disabledSites: [], ...settings },
    connect: connect ?? (() => link()),
    openReport: () => undefined,
    isValid: () => true,
    beforeMount: () => void ctx.mounts++,
    mounts: 0,
  } satisfies PassContext & { mounts: number };
  return ctx;
}

const badges = (): Element[] => [...document.querySelectorAll(BADGE_TAG)];

describe('one content pass (sample → quick check → read → ask → badges)', () => {
  beforeEach(() => {
    freshBackground({ id: 3, url: URL_ });
  });

  it('places a badge beside each figure a report gives differently, inside the article', async () => {
    load(ARTICLE_HTML);
    const outcome = await runPass(context(), null);
    expect(outcome.kind).toBe('analysed');
    const placed = badges();
    expect(placed.length).toBeGreaterThan(0);
    for (const b of placed) expect(b.closest('article')).not.toBeNull();
    // The toll (25,490 against the seeds' 25,700 a day later) is badged as a later update.
    const toll = placed.find((b) => b.previousSibling?.textContent?.endsWith('25,490'));
    expect(toll?.getAttribute('data-kind')).toBe('update');
    expect(document.querySelector('nav')?.querySelector(BADGE_TAG)).toBeNull();
  });

  it('badges a toll no report gives with its official check: the bulletin it equals, and how old it is', async () => {
    load(`<!doctype html><html><head><title>Truce holds for a second day in Gaza</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="2023-11-24T09:00:00Z"></head>
<body><nav><a href="/">Home</a></nav><article><h1>Truce holds for a second day in Gaza</h1>
<p>The four-day truce between Israel and Hamas held on Friday as the first hostages were freed and aid trucks crossed into the Gaza Strip from Egypt at Rafah.</p>
<p>Gaza's health ministry says 13,000 Palestinians have been killed since October 7, many of them women and children. Israel says about 240 hostages were taken.</p>
<p>Families returned to what was left of their homes in Khan Younis and Gaza City, while Israeli troops held positions in the north of the Strip.</p>
</article></body></html>`);
    const outcome = await runPass(context(), null);
    expect(outcome.kind).toBe('analysed');
    if (outcome.kind !== 'analysed') return;
    expect(outcome.verdict.badges.map((b) => [b.face.value, b.face.reference, b.face.kind, !!b.alignment])).toEqual([[13_000, 'stale', null, false]]);
    const toll = badges().find((b) => b.previousSibling?.textContent?.endsWith('13,000'));
    expect(toll?.getAttribute('data-reference')).toBe('stale');
    expect(toll?.hasAttribute('data-kind')).toBe(false);
    expect(toll?.closest('article')).not.toBeNull();
  });

  it('a second pass replaces the first one\'s badges instead of adding to them', async () => {
    load(ARTICLE_HTML);
    const first = await runPass(context(), null);
    const count = badges().length;
    const second = await runPass(context(), first.kind === 'analysed' ? first.badges : null);
    expect(second.kind).toBe('analysed');
    expect(badges().length).toBe(count);
  });

  it('an answer without the library, then the one that follows: the later badges replace the first, and the port closes once', async () => {
    load(ARTICLE_HTML);
    const seen: { link?: ReturnType<typeof link> } = {};
    let full: PageVerdict | null = null;
    // The first answer as a woken worker gives it: the seeds' comparisons left out, more to follow.
    const connect = (): BackgroundLink => {
      const real = (seen.link = link());
      return {
        ...real,
        analyze: async (article, readMs) => {
          full = await real.analyze(article, readMs);
          return { ...full, badges: full.badges.filter((b) => !b.alignment), followUp: 5 };
        },
        update: async (id) => (id === 5 ? full : null),
      };
    };
    const outcome = await runPass(context({}, connect), null);
    expect(outcome.kind).toBe('analysed');
    if (outcome.kind !== 'analysed') return;
    const first = badges().length;
    expect(badges().some((b) => b.hasAttribute('data-kind'))).toBe(false);
    const remount = await outcome.later;
    expect(remount).not.toBeNull();
    const mounted = remount?.(outcome.badges);
    expect(badges().length).toBeGreaterThan(first);
    expect(mounted?.count).toBe(badges().length);
    expect(badges().find((b) => b.previousSibling?.textContent?.endsWith('25,490'))?.getAttribute('data-kind')).toBe('update');
    expect(performance.getEntriesByName('crosscheck:updated').length).toBe(1);
    expect(seen.link?.closed).toBe(1);
  });

  it('a complete first answer closes the port at once and has nothing to follow; a follow-up that never comes changes nothing', async () => {
    load(ARTICLE_HTML);
    const plain = await runPass(context(), null);
    expect(plain.kind === 'analysed' && plain.later).toBeNull();
    const count = badges().length;
    const seen: { link?: ReturnType<typeof link> } = {};
    const connect = (): BackgroundLink => {
      const real = (seen.link = link());
      return { ...real, analyze: async (a, ms) => ({ ...(await real.analyze(a, ms)), followUp: 9 }), update: async () => null };
    };
    const outcome = await runPass(context({}, connect), plain.kind === 'analysed' ? plain.badges : null);
    expect(await (outcome.kind === 'analysed' ? outcome.later : null)).toBeNull();
    expect(badges().length).toBe(count);
    expect(seen.link?.closed).toBe(1);
  });

  it('skips a page that is not about the war without reading it or asking the background', async () => {
    load(RECIPE_HTML);
    const connect = vi.fn();
    const outcome = await runPass(context({}, connect), null);
    expect(outcome.kind).toBe('skipped');
    expect(connect).not.toHaveBeenCalled();
    expect(badges()).toEqual([]);
  });

  it('does nothing on a site the user turned off, and takes the old badges away', async () => {
    load(ARTICLE_HTML);
    const first = await runPass(context(), null);
    expect(badges().length).toBeGreaterThan(0);
    const connect = vi.fn();
    const outcome = await runPass(context({ disabledSites: ['reuters.com'] }, connect), first.kind === 'analysed' ? first.badges : null);
    expect(outcome.kind).toBe('off');
    expect(connect).not.toHaveBeenCalled();
    expect(badges()).toEqual([]);
  });

  it('with badges turned off, asks the background (the popup still shows the result) but places none', async () => {
    load(ARTICLE_HTML);
    const ctx = context({ badges: false });
    const outcome = await runPass(ctx, null);
    expect(outcome.kind).toBe('analysed');
    expect(outcome.kind === 'analysed' && outcome.verdict.badges.length).toBeGreaterThan(0);
    expect(badges()).toEqual([]);
  });

  it('leaves the page alone when the extension went away while the background worked', async () => {
    load(ARTICLE_HTML);
    const ctx = { ...context(), isValid: () => false };
    expect((await runPass(ctx, null)).kind).toBe('stale');
    expect(badges()).toEqual([]);
  });
});
