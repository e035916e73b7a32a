/**
 * Real news-site structures with our own stories in them (support/transplant.ts), in Chromium and
 * Firefox with the built extension: the 15 structures of Readability's test pages, each carrying a
 * Gaza-war story whose figures differ from the seeds', and 3 negatives (a war elsewhere, Lebanon's
 * banks, a band called Gaza). Every page is served over HTTPS under its site's own hostname (three
 * of them are HSTS-preloaded) from a throwaway certificate behind a CONNECT proxy (support/tls-site.ts).
 *
 * Per page and browser:
 *  - the page is analysed as a Gaza-war article (negatives: it is not, and gets no badge);
 *  - (a) every figure the engine aligned (the tab result the extension keeps for the popup) has
 *    its badge, inside the article's own paragraphs;
 *  - (b) no badge stands outside the article's paragraphs (nav, rails, captions, footers);
 *  - (d) the analysis's date is the story's date (rails keep their own, older dates).
 * The run waits on the content script's performance marks (both browsers show them to the page)
 * and on the kept result, never on a fixed delay. Hosts missing from src/sites/news-sites.json fail
 * a check of their own (the content script never runs there), and their structures are checked
 * under a listed stand-in host instead.
 *
 * Run alone (after `npm run build`): npx vitest run --config vitest.e2e.config.ts tests/e2e/transplant.e2e.ts A summary per browser is printed and written to
 * tests/e2e/artifacts/transplant-BROWSER.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GECKO_ID } from '../../scripts/lib/gecko-id';
import { NEWS_DOMAINS } from '../../src/sites/news-sites';
import type { TabResult } from '../../src/platform/messages';
import { builtExtension, findBrowser } from './support/browsers';
import { launchBuiltChromium } from './support/chromium';
import { eventually, type ExtensionBrowser, type Tab } from './support/driver';
import { launchFirefox } from './support/firefox';
import { firstRun, type Mark } from './support/page-watch';
import { openTabResults, type TabResults } from './support/tab-result';
import { startTlsSite, type TlsSite } from './support/tls-site';
import { haveReadabilityPages, READABILITY_PAGES, transplantPages, type TransplantPage } from './support/transplant';

const ARTIFACTS = join(import.meta.dirname, 'artifacts');

/** True when the content script runs on `host` without the optional all-sites grant. */
const listed = (host: string): boolean => NEWS_DOMAINS.some((d) => host === d || host.endsWith(`.${d}`));

/**
 * Where a structure whose own host is not in the site list is served for its other checks, so
 * they still say something about the structure: a listed news host that is not HSTS-preloaded.
 */
const STAND_IN = 'www.reuters.com';

/** The host a page is served under: its site's own, or the stand-in when the extension would not run there. */
const servedHost = (page: TransplantPage): string => (listed(page.structure.host) ? page.structure.host : STAND_IN);

/** How long one page may take to be analysed (2 shared cores, pages up to 800 kB). */
const SETTLE_MS = 45_000;

/** A badge as found on the page, with where it stands. */
interface PlacedBadge {
  value: number;
  kind: string;
  /** Inside one of the story's paragraphs (found by text: badges add none). */
  inBody: boolean;
  /** The nearest nav/aside/footer/header/figure around it, if any. */
  landmark: string | null;
  /** Its ancestors, nearest first, as tag.class#id (five of them). */
  path: string;
  /** The start of the text of the element it stands in. */
  text: string;
}

/** What one page gave in one browser. */
interface Visit {
  outcome: 'badges' | 'skipped' | 'none';
  result: TabResult | null;
  badges: PlacedBadge[];
  /** The page's first <article> (where the content script looks first), for the report. */
  firstArticle: string | null;
  /** What the browser made of the built page: its <title>, <h1>s, and the story's paragraphs it holds as <p>. */
  served: { title: string; h1s: string[]; paragraphs: number };
}

/** The page as the browser parsed it (the builder's DOM library is not a browser's parser). */
function readServed(tab: Tab, bodyTexts: string[]): Promise<Visit['served']> {
  return tab.evaluate((texts: string[]) => {
    const n = (s: string): string => s.replace(/\s+/g, ' ').trim();
    const ps = new Set(Array.from(document.querySelectorAll('p'), (p) => n(p.textContent ?? '')));
    return { title: document.title, h1s: Array.from(document.querySelectorAll('h1'), (h) => n(h.textContent ?? '')), paragraphs: texts.filter((t) => ps.has(t)).length };
  }, bodyTexts);
}

/** The page's first <article>: its path, start of text, and whether it holds the story. */
function readFirstArticle(tab: Tab, firstParagraph: string): Promise<string | null> {
  return tab.evaluate((para: string) => {
    const a = document.querySelector('article');
    if (!a) return null;
    const n = (s: string): string => s.replace(/\s+/g, ' ').trim();
    const name = (e: Element): string => {
      const cls = (e.getAttribute('class') ?? '').trim().split(/\s+/).slice(0, 2).join('.');
      return `${e.tagName.toLowerCase()}${cls ? `.${cls}` : ''}${e.id ? `#${e.id}` : ''}`;
    };
    const holds = n(a.textContent ?? '').includes(para);
    return `${name(a)} ${holds ? 'holding the story' : `not holding the story: "${n(a.textContent ?? '').slice(0, 70)}"`}`;
  }, firstParagraph);
}

/** Reads the page's badges and where each stands (runs in the page; self-contained). */
function readPlacedBadges(tab: Tab, bodyTexts: string[]): Promise<PlacedBadge[]> {
  return tab.evaluate((texts: string[]) => {
    const n = (s: string): string => s.replace(/\s+/g, ' ').trim();
    const body = new Set(texts);
    const name = (e: Element): string => {
      const cls = (e.getAttribute('class') ?? '').trim().split(/\s+/).slice(0, 2).join('.');
      return `${e.tagName.toLowerCase()}${cls ? `.${cls}` : ''}${e.id ? `#${e.id}` : ''}`;
    };
    return Array.from(document.querySelectorAll('crosscheck-badge'), (b) => {
      const ancestors: Element[] = [];
      for (let e = b.parentElement; e && e !== document.body; e = e.parentElement) ancestors.push(e);
      const block = ancestors.find((e) => /^(P|LI|FIGCAPTION|H[1-6]|TD|DIV|SPAN|A)$/.test(e.tagName));
      const para = ancestors.find((e) => body.has(n(e.textContent ?? '')));
      const landmark = b.closest('nav, aside, footer, header, figure, figcaption');
      return {
        value: Number(b.getAttribute('data-value')),
        kind: b.getAttribute('data-kind') ?? '',
        inBody: !!para && para.tagName === 'P',
        landmark: landmark ? name(landmark) : null,
        path: ancestors.slice(0, 5).map(name).join(' < '),
        text: n(block?.textContent ?? '').slice(0, 80),
      };
    });
  }, bodyTexts);
}

/** The content script's marks on the page. */
const readMarks = (tab: Tab): Promise<Mark[]> => tab.evaluate(() => performance.getEntriesByType('mark')
  .filter((m) => m.name.startsWith('crosscheck:')).map((m) => ({ name: m.name, t: m.startTime }))).catch(() => []);

/** Opens a page, waits for the content script's run and the kept result, reads it all, closes the tab. */
async function visitPage(b: ExtensionBrowser, results: TabResults, site: TlsSite, page: TransplantPage): Promise<Visit> {
  const url = site.url(servedHost(page), page.path);
  const tab = await b.openPage(url);
  try {
    const tabId = await b.tabIdOf(url);
    // Done when the run has finished, and (when it analysed) the background has kept its result.
    const done = await eventually(async () => {
      const run = firstRun(await readMarks(tab));
      if (!run) return null;
      const result = run.outcome === 'badges' ? await results.get(tabId) : null;
      return run.outcome === 'skipped' || result ? { outcome: run.outcome, result } : null;
    }, SETTLE_MS, 200);
    const firstArticle = await readFirstArticle(tab, page.bodyTexts[0] ?? '');
    const badges = await readPlacedBadges(tab, page.bodyTexts);
    const served = await readServed(tab, page.bodyTexts);
    if (!done) return { outcome: 'none', result: await results.get(tabId), badges, firstArticle, served };
    return { ...done, badges, firstArticle, served };
  } finally {
    await tab.close();
  }
}

/** One line per page for the summary. */
function summaryOf(page: TransplantPage, v: Visit): Record<string, unknown> {
  const a = v.result?.analysis;
  return {
    page: page.id,
    host: page.structure.host,
    servedAs: servedHost(page),
    firstArticle: v.firstArticle,
    outcome: v.outcome,
    gaza: a?.topic.gaza ?? null,
    isArticle: a?.topic.isArticle ?? null,
    pageType: a?.article.pageType ?? null,
    topic: a ? `${a.topic.score.toFixed(2)} ${a.topic.reason}` : null,
    title: a?.article.title ?? null,
    date: a?.article.date ?? null,
    wantDate: page.story.date,
    dateCarriers: page.dateCarriers,
    aligned: a?.alignments.map((x) => `${x.page.text}=${x.page.value}:${x.kind}`) ?? [],
    badges: v.badges,
  };
}

type Launch = (site: TlsSite) => Promise<ExtensionBrowser | null>;

const PAGES: TransplantPage[] = haveReadabilityPages() ? transplantPages() : [];
if (PAGES.length === 0) {
  const message = `\n!!! ${READABILITY_PAGES} is missing: the transplant suite cannot run.\n`;
  if (process.env.CI === 'true') throw new Error(message);
  process.stderr.write(message);
}

function defineTransplants(name: 'chromium' | 'firefox', launch: Launch): void {
  describe(`Transplanted news-site structures in ${name}`, () => {
    let site: TlsSite | null = null;
    let browser: ExtensionBrowser | null = null;
    let results: TabResults | null = null;
    const visits = new Map<string, Promise<Visit>>();
    const summary: Record<string, unknown>[] = [];

    beforeAll(async () => {
      if (PAGES.length === 0) return;
      site = await startTlsSite();
      for (const p of PAGES) site.route(p.path, p.html);
      browser = await launch(site);
      if (browser) results = await openTabResults(browser);
    }, 120_000);

    afterAll(async () => {
      // Each step on its own: a failed close must not leave the others running.
      await results?.close().catch(() => undefined);
      await browser?.close().catch(() => undefined);
      await site?.close().catch(() => undefined);
      if (summary.length > 0) {
        mkdirSync(ARTIFACTS, { recursive: true });
        writeFileSync(join(ARTIFACTS, `transplant-${name}.json`), `${JSON.stringify(summary, null, 2)}\n`);
        console.log(`${name}:\n${summary.map((s) => `${s.page}: ${s.outcome} gaza=${s.gaza} article=${s.isArticle} date=${s.date} (want ${s.wantDate}) aligned=${(s.aligned as string[]).length} badges=${(s.badges as PlacedBadge[]).length} outside=${(s.badges as PlacedBadge[]).filter((b) => !b.inBody).map((b) => `${b.value}@${b.path}`).join(' | ') || '-'} first-article=${s.firstArticle ?? '-'}`).join('\n')}`);
      }
    }, 60_000);

    /** The page's visit, made once and shared by its checks. */
    function visit(page: TransplantPage): Promise<Visit> {
      let v = visits.get(page.id);
      if (!v) {
        v = visitPage(browser!, results!, site!, page).then((x) => {
          summary.push(summaryOf(page, x));
          return x;
        });
        visits.set(page.id, v);
      }
      return v;
    }

    for (const page of PAGES) {
      const via = servedHost(page) === page.structure.host ? '' : `, checked under ${STAND_IN}`;
      describe(`${page.id} (${page.structure.host}${via})`, () => {
        it('runs on its site: the host is in the extension\'s site list', () => {
          expect(listed(page.structure.host), `${page.structure.host} is not in src/sites/news-sites.json: without the all-sites grant the content script never runs there`).toBe(true);
        });

        it('carries the story as built: headline in <h1> and <title>, every paragraph a <p>', async (ctx) => {
          if (!browser) return ctx.skip();
          const { served } = await visit(page);
          expect(served.h1s).toContain(page.story.headline);
          expect(served.title).toContain(page.story.headline);
          expect(served.paragraphs).toBe(page.bodyTexts.length);
        }, 90_000);

        if (page.story.gaza) {
          it('is analysed as a Gaza-war article', async (ctx) => {
            if (!browser) return ctx.skip();
            const v = await visit(page);
            expect(v.outcome, 'the content script read and analysed the page').toBe('badges');
            const topic = v.result?.analysis.topic;
            expect({ gaza: topic?.gaza, isArticle: topic?.isArticle }, `topic: ${topic?.reason} (page type ${v.result?.analysis.article.pageType})`).toEqual({ gaza: true, isArticle: true });
          }, 90_000);

          it('(a) every aligned figure has its badge, inside the article text', async (ctx) => {
            if (!browser) return ctx.skip();
            const v = await visit(page);
            const aligned = v.result?.analysis.alignments ?? [];
            expect(aligned.length, 'the engine aligned some of the story\'s figures').toBeGreaterThan(0);
            const inBody = v.badges.filter((b) => b.inBody).map((b) => b.value);
            const missing = aligned.filter((x) => {
              const i = inBody.indexOf(x.page.value);
              if (i < 0) return true;
              inBody.splice(i, 1);
              return false;
            }).map((x) => `${x.page.text} (${x.kind})`);
            const where = v.badges.map((b) => `${b.value}@${b.path}`).join(' | ') || `no badge at all; first <article>: ${v.firstArticle ?? 'none'}`;
            expect(missing, `aligned figures without a badge in the article's paragraphs; badges: ${where}`).toEqual([]);
          }, 90_000);

          it('(b) puts no badge outside the article text', async (ctx) => {
            if (!browser) return ctx.skip();
            const v = await visit(page);
            expect(v.badges.filter((b) => !b.inBody).map((b) => `${b.value} in ${b.landmark ?? '-'}: ${b.path} "${b.text}"`)).toEqual([]);
          }, 90_000);
        } else {
          it('(c) gets no badge and is not taken for a Gaza-war article', async (ctx) => {
            if (!browser) return ctx.skip();
            const v = await visit(page);
            expect(v.outcome, 'the content script finished its run').not.toBe('none');
            const topic = v.result?.analysis.topic;
            expect(topic?.gaza ?? false, `topic: ${topic?.reason} (terms: ${topic?.terms.join(', ')})`).toBe(false);
            expect(v.badges.map((b) => `${b.value}@${b.path}`)).toEqual([]);
          }, 90_000);
        }

        it('(d) takes the article\'s own date', async (ctx) => {
          if (!browser) return ctx.skip();
          const v = await visit(page);
          // A negative the cheap check turned away has no analysis, so no date to check.
          if (!page.story.gaza && v.outcome === 'skipped') return ctx.skip();
          expect(v.result, 'the extension kept a result for the tab').not.toBeNull();
          expect(v.result?.analysis.article.date, `date set in: ${page.dateCarriers.join(', ')}`).toBe(page.story.date);
        }, 90_000);
      });
    }
  });
}

defineTransplants('chromium', (site) => launchBuiltChromium(site.proxyPort, { ignoreHTTPSErrors: true }));

defineTransplants('firefox', async (site) => {
  const exe = findBrowser('firefox');
  return exe ? launchFirefox(exe, builtExtension('.output/firefox-mv2'), GECKO_ID, site.proxyPort, () => site.requests, { https: true }) : null;
});
