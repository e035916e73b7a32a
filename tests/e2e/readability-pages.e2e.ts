/**
 * Real pages: the 130 pages of Mozilla Readability's test set in
 * ../shared/readability-pages (read at test time, never copied here), served from 127.0.0.1 under
 * www.reuters.com so the content script runs on them. In one Chromium with the extension: no page
 * error caused by Crosscheck, no badge on any page (none is about the Gaza war), and the content
 * script's time per page from its performance marks (readable from the main world in Chromium: the
 * isolated world shares the page's performance timeline). Two tabs at a time on this 2-core machine.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBuiltChromium } from './support/chromium';
import { eventually } from './support/driver';
import { firstRun, summarize, type Mark } from './support/page-watch';
import { startServer, type FixtureServer } from './support/server';
import { closeEach } from './support/teardown';

const PAGES_DIR = resolve(import.meta.dirname, '..', '..', '..', 'shared', 'readability-pages');
const HOST = 'www.reuters.com';
const TABS = 2;

/** What one page gave. */
interface PageOutcome {
  name: string;
  outcome: 'badges' | 'skipped' | 'none';
  ms: number | null;
  badges: number;
  problems: string[];
}

function pageNames(): string[] | null {
  if (!existsSync(PAGES_DIR)) {
    const message = `\n!!! ${PAGES_DIR} is missing: the real-pages suite cannot run (it needs ../shared/readability-pages beside the project).\n`;
    if (process.env.CI === 'true') throw new Error(message);
    process.stderr.write(message);
    return null;
  }
  return readdirSync(PAGES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(PAGES_DIR, d.name, 'source.html')))
    .map((d) => d.name)
    .sort();
}

describe('Crosscheck on the 130 Readability test pages (Chromium)', () => {
  const names = pageNames();
  let server: FixtureServer | null = null;
  let browser: Awaited<ReturnType<typeof launchBuiltChromium>> = null;

  beforeAll(async () => {
    if (!names) return;
    server = await startServer(undefined, { rp: PAGES_DIR });
    browser = await launchBuiltChromium(server.port);
  }, 150_000);

  afterAll(async () => {
    // Each guarded: a browser that failed to launch or to close does not leave the server open.
    await closeEach([['browser', browser && (() => browser!.close())], ['server', server && (() => server!.close())]]);
  });

  /**
   * Visits one page in `page` (a reused tab) and reads what the content script did. Crosscheck's
   * problems are those that name it or come from its own origin (wikipedia-4 was saved with another
   * extension's stylesheet links, chrome-extension://hokif…, which fail to load: not ours).
   */
  async function visit(page: Page, name: string, problems: string[]): Promise<PageOutcome> {
    problems.length = 0;
    try {
      await page.goto(server!.url(HOST, `rp/${name}/source.html`), { waitUntil: 'load', timeout: 15_000 });
    } catch (err) {
      // A page whose subresources hang still has its document: go on with what loaded.
      problems.push(`navigation: ${(err as Error).message.split('\n')[0]}`);
    }
    const marks = await eventually(async () => {
      const m = await page.evaluate(() => performance.getEntriesByType('mark').filter((e) => e.name.startsWith('crosscheck:')).map((e) => ({ name: e.name, t: e.startTime }))).catch(() => [] as Mark[]);
      return firstRun(m) ? m : null;
    }, 30_000, 50);
    const run = marks ? firstRun(marks) : null;
    const badges = await page.evaluate(() => document.querySelectorAll('crosscheck-badge').length).catch(() => -1);
    return { name, outcome: run?.outcome ?? 'none', ms: run?.ms ?? null, badges, problems: problems.filter((p) => /crosscheck/i.test(p) || p.includes(browser!.extensionOrigin)) };
  }

  it('runs on every page with no error from Crosscheck and no badge, and reports the time per page', async (ctx) => {
    if (!names || !browser) return ctx.skip();
    expect(names.length).toBeGreaterThanOrEqual(130);
    const queue = [...names];
    const results: PageOutcome[] = [];
    const started = Date.now();
    await Promise.all(Array.from({ length: TABS }, async () => {
      const page = await browser!.context.newPage();
      const problems: string[] = [];
      page.on('pageerror', (e) => void problems.push(`pageerror: ${e.message}\n${e.stack ?? ''}`));
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()} @ ${m.location().url}`);
      });
      for (let name = queue.shift(); name !== undefined; name = queue.shift()) results.push(await visit(page, name, problems));
      await page.close();
    }));
    const wall = (Date.now() - started) / 1000;
    results.sort((a, b) => a.name.localeCompare(b.name));

    const timed = results.filter((r) => r.ms !== null);
    const stat = (xs: number[]) => summarize(xs);
    const all = stat(timed.map((r) => r.ms!));
    const skipped = stat(timed.filter((r) => r.outcome === 'skipped').map((r) => r.ms!));
    const analysed = timed.filter((r) => r.outcome === 'badges');
    const f = (x: number) => (Number.isNaN(x) ? '-' : `${x.toFixed(1)} ms`);
    console.log([
      `${results.length} pages in ${wall.toFixed(0)} s (${TABS} tabs). Content script time per page, from its marks (start → skipped or → badges):`,
      `  all ${all.n} pages: median ${f(all.median)}, p95 ${f(all.p95)}, max ${f(all.max)}`,
      `  cheap check said no (${skipped.n}): median ${f(skipped.median)}, p95 ${f(skipped.p95)}, max ${f(skipped.max)}`,
      `  read and analysed (${analysed.length}): ${analysed.map((r) => `${r.name} ${f(r.ms!)}`).join(', ') || 'none'}`,
      `  slowest: ${[...timed].sort((a, b) => b.ms! - a.ms!).slice(0, 5).map((r) => `${r.name} ${f(r.ms!)}`).join(', ')}`,
      `  no finished run: ${results.filter((r) => r.outcome === 'none').map((r) => r.name).join(', ') || 'none'}`,
    ].join('\n'));

    expect(results.filter((r) => r.problems.length > 0).map((r) => `${r.name}: ${r.problems.join(' | ')}`)).toEqual([]);
    expect(results.filter((r) => r.badges !== 0).map((r) => `${r.name}: ${r.badges} badges`)).toEqual([]);
    // Every page got a finished run of the content script (else its time could not be read).
    expect(results.filter((r) => r.outcome === 'none').map((r) => r.name)).toEqual([]);
  }, 600_000);
});
