// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startBackground } from '../../../src/app/background/service';
import { runPass, type PassContext } from '../../../src/app/content/pass';
import { openChannel } from '../../../src/platform/messages';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/platform/settings';
import { BADGE_TAG } from '../../../src/ui/badges/badge-element';
import { installFakePorts } from '../support/fake-ports';
import { ARTICLE_HTML, RECIPE_HTML, noAllSitesGrant, referenceBundle, seedBundle } from './controllers-fixtures';

const URL_ = 'https://www.reuters.com/world/middle-east/khan-younis-2024-01-23/';

/** Puts `html` into happy-dom's document, as a page load would. */
function load(html: string): Document {
  document.documentElement.innerHTML = html.replace(/^<!doctype html><html>|<\/html>$/g, '');
  return document;
}

/** A pass over the current document, talking to the real background over (fake) ports. */
function context(settings: Partial<Settings> = {}, connect?: PassContext['connect']): PassContext & { mounts: number } {
  const ctx = {
    doc: document,
    url: URL_,
    settings: { ...DEFAULT_SETTINGS, disabledSites: [], ...settings },
    connect: connect ?? (() => {
      const channel = openChannel();
      return (article, readMs) => channel.request('analyze-page', { article, url: URL_, readMs }).finally(() => channel.close());
    }),
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
    fakeBrowser.reset();
    noAllSitesGrant();
    installFakePorts({ id: 3, url: URL_ });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    startBackground(seedBundle(), referenceBundle());
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
    expect(outcome.verdict.alignments).toEqual([]);
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
    expect(outcome.kind === 'analysed' && outcome.verdict.alignments.length).toBeGreaterThan(0);
    expect(badges()).toEqual([]);
  });

  it('leaves the page alone when the extension went away while the background worked', async () => {
    load(ARTICLE_HTML);
    const ctx = { ...context(), isValid: () => false };
    expect((await runPass(ctx, null)).kind).toBe('stale');
    expect(badges()).toEqual([]);
  });
});
