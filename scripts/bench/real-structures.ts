/**
 * In-browser timings on the page structures of real news sites: the 15 structures of the
 * transplant suite (Mozilla Readability's test pages of BBC, CNN, the Guardian, the New York
 * Times, the Washington Post, the Telegraph, the Seattle Times, the Herald Sun, Yahoo, MSN, Salon
 * and Breitbart, with their navigation, rails, captions and footers kept and our own Gaza-war
 * stories in their article bodies), each served over HTTPS under its own hostname. Time from the
 * content script's start to its badges, as in browser.ts. Printed, never asserted.
 */
import { existsSync } from 'node:fs';
import { findBrowser } from '../../tests/e2e/support/browsers';
import { launchChromium } from '../../tests/e2e/support/chromium';
import { closeEach } from '../../tests/e2e/support/teardown';
import { startTlsSite } from '../../tests/e2e/support/tls-site';
import { haveReadabilityPages, transplantPages } from '../../tests/e2e/support/transplant';
import { EXTENSION, once } from './browser';
import { ms, quantile, table } from './stats';

/** Recorded loads per structure; the median is taken over all of them. */
const RUNS = Number(process.env.BENCH_STRUCTURE_RUNS ?? 8);
/** Unrecorded loads per structure first: each site's first load compiles its own page scripts' absence, styles and fonts. */
const WARMUP = 2;
/** The median the content script must keep on real structures, as on the bench's own article. */
const TARGET_MS = 30;

/** Prints the section, or says why it could not be measured. */
export async function realStructuresSection(): Promise<string> {
  if (!existsSync(`${EXTENSION}/manifest.json`)) return `Not measured: ${EXTENSION} is not built (run npm run build first).`;
  if (!haveReadabilityPages()) return 'Not measured: ../shared/readability-pages is not beside the project.';
  const exe = findBrowser('chromium');
  if (!exe) return 'Not measured: no Chromium on this machine.';
  const pages = transplantPages().filter((p) => !p.id.includes('~'));
  const site = await startTlsSite();
  for (const p of pages) site.route(p.path, p.html);
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  try {
    browser = await launchChromium(exe, EXTENSION, site.proxyPort, { ignoreHTTPSErrors: true });
  } catch (err) {
    await site.close();
    throw err;
  }
  const rows: string[][] = [];
  const all: number[] = [];
  try {
    for (const p of pages) {
      const times: number[] = [];
      let badges = 0;
      for (let i = 0; i < WARMUP + RUNS; i++) {
        const r = await once(browser.context, site.url(p.structure.host, `${p.path}?run=${i}`));
        if (r.outcome !== 'badges') throw new Error(`${p.id}: expected badges, the run ended in ${r.outcome}`);
        if (i >= WARMUP) times.push(r.ms);
        badges = r.badges;
      }
      all.push(...times);
      rows.push([p.id, p.structure.host, String(badges), ms(quantile(times, 0.5)), ms(Math.max(...times))]);
    }
  } finally {
    await closeEach([['Chromium', () => browser.close()], ['TLS site', () => site.close()]]);
  }
  const median = quantile(all, 0.5);
  return [
    `Chromium with ${EXTENSION}; ${pages.length} real news-site structures with our own Gaza-war stories, over HTTPS under their own hosts; ${WARMUP} warm-up loads, then ${RUNS} recorded loads each, in fresh tabs.`,
    '',
    table(['structure', 'host', 'badges', 'median', 'max'], rows),
    '',
    `All ${all.length} loads: median ${ms(median)}, p95 ${ms(quantile(all, 0.95))}, max ${ms(Math.max(...all))} (target median ≤ ${TARGET_MS} ms: ${median <= TARGET_MS ? 'met' : `NOT met, by ${ms(median - TARGET_MS)}`}).`,
  ].join('\n');
}
