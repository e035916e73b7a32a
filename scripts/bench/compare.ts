/**
 * A/B timings of built extensions in the same run: `npx tsx scripts/bench/compare.ts DIR [DIR…]`
 * (each DIR a built chrome-mv3 folder, e.g. a copy of .output/chrome-mv3 made at a baseline
 * commit). One Chromium per build, all open at once; the loads alternate between them page by
 * page, so the machine's load (shared, noisy) falls on every build alike. Pages: the 15 real
 * news-site structures and the 10,000-word bench article, over HTTPS under their own hosts.
 * Prints medians of start → badges and of the time between consecutive crosscheck marks.
 *
 * `--profile` also records a CPU profile (CDP Profiler, 100 µs sampling) of every load of the
 * last build and prints the self time of its content script's functions, summed over the loads.
 * Env: COMPARE_ROUNDS (recorded loads per page and build, default 4), COMPARE_ONLY (a substring
 * of the page ids to keep), COMPARE_WAIT_MS (how long a load may take to finish its run, default
 * 20,000). A load that never finishes a run (an old build that skips a structure) is counted and
 * left out of that build's medians. Printed, never asserted.
 */
import { existsSync } from 'node:fs';
import type { BrowserContext, CDPSession } from 'playwright-core';
import { findBrowser } from '../../tests/e2e/support/browsers';
import { launchChromium } from '../../tests/e2e/support/chromium';
import { eventually } from '../../tests/e2e/support/driver';
import { longArticle } from '../../tests/e2e/support/generated-pages';
import { firstRun, type Mark } from '../../tests/e2e/support/page-watch';
import { closeEach } from '../../tests/e2e/support/teardown';
import { startTlsSite } from '../../tests/e2e/support/tls-site';
import { haveReadabilityPages, transplantPages } from '../../tests/e2e/support/transplant';
import { ms, quantile, table } from './stats';

const READ_MARKS = "JSON.stringify(performance.getEntriesByType('mark').filter((e) => e.name.startsWith('crosscheck:')).map((e) => ({ name: e.name, t: e.startTime })))";
const HANDS_OFF_MS = 400;
const ROUNDS = Number(process.env.COMPARE_ROUNDS ?? 4);
const WARMUP = 2;
const WAIT_MS = Number(process.env.COMPARE_WAIT_MS ?? 20_000);

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; children?: number[] }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

async function load(context: BrowserContext, url: string, profile: Map<string, number> | null): Promise<Mark[] | null> {
  const page = await context.newPage();
  try {
    const cdp: CDPSession = await context.newCDPSession(page);
    if (profile) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
    }
    await page.goto(url, { waitUntil: 'load' });
    await new Promise((resolve) => setTimeout(resolve, HANDS_OFF_MS));
    const read = async (): Promise<Mark[]> => JSON.parse(((await cdp.send('Runtime.evaluate', { expression: READ_MARKS, returnByValue: true })) as { result: { value?: string } }).result.value ?? '[]') as Mark[];
    const marks = await eventually(async () => {
      const m = await read();
      return firstRun(m) ? m : null;
    }, WAIT_MS, 50);
    if (!marks) return null;
    if (profile) {
      const { profile: p } = (await cdp.send('Profiler.stop')) as { profile: Profile };
      const byId = new Map(p.nodes.map((n) => [n.id, n]));
      const parent = new Map<number, number>();
      for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
      const name = (n: ProfileNode): string | null => {
        const f = n.callFrame;
        return f.url.includes('chrome-extension') ? `${f.functionName || '(anon)'} ${f.url.replace(/^.*\//, '')}:${f.lineNumber + 1}` : f.url ? null : f.functionName;
      };
      p.samples.forEach((id, i) => {
        const dt = (p.timeDeltas[i + 1] ?? 0) / 1000;
        const n = byId.get(id);
        if (!n) return;
        const self = name(n);
        if (self) profile.set(`self ${self}`, (profile.get(`self ${self}`) ?? 0) + dt);
        const seen = new Set<string>();
        for (let a: number | undefined = id; a !== undefined; a = parent.get(a)) {
          const node = byId.get(a);
          const w = node && node.callFrame.url.includes('chrome-extension') ? name(node) : null;
          if (w && !seen.has(w)) {
            seen.add(w);
            profile.set(`total ${w}`, (profile.get(`total ${w}`) ?? 0) + dt);
          }
        }
      });
    }
    return marks;
  } finally {
    await page.close();
  }
}

/** Durations between consecutive marks of the first run, named "a→b". */
function steps(marks: readonly Mark[]): Map<string, number> {
  const run = firstRun(marks);
  const out = new Map<string, number>();
  if (!run) return out;
  const end = run.startedAt + run.ms;
  const inRun = marks.filter((m) => m.t >= run.startedAt && m.t <= end).sort((a, b) => a.t - b.t);
  for (let i = 1; i < inRun.length; i++) {
    const a = inRun[i - 1] as Mark;
    const b = inRun[i] as Mark;
    out.set(`${a.name.replace('crosscheck:', '')}→${b.name.replace('crosscheck:', '')}`, b.t - a.t);
  }
  out.set('total', run.ms);
  return out;
}

async function main(): Promise<void> {
  const dirs = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const profiling = process.argv.includes('--profile');
  if (dirs.length === 0 || dirs.some((d) => !existsSync(`${d}/manifest.json`))) throw new Error('usage: compare.ts BUILD_DIR [BUILD_DIR…] [--profile]');
  if (!haveReadabilityPages()) throw new Error('../shared/readability-pages is missing');
  const exe = findBrowser('chromium');
  if (!exe) throw new Error('no Chromium');
  const only = process.env.COMPARE_ONLY ?? '';
  const pages = [
    ...transplantPages().filter((p) => !p.id.includes('~')).map((p) => ({ id: p.id, host: p.structure.host, path: p.path, html: p.html })),
    { id: 'bench-article', host: 'www.reuters.com', path: '/bench/long-article.html', html: longArticle(10_000) },
  ].filter((p) => p.id.includes(only));
  const site = await startTlsSite();
  for (const p of pages) site.route(p.path, p.html);
  const browsers: Awaited<ReturnType<typeof launchChromium>>[] = [];
  try {
    for (const d of dirs) browsers.push(await launchChromium(exe, d, site.proxyPort, { ignoreHTTPSErrors: true }));
    // times[build][page] = list of step maps
    const results = dirs.map(() => new Map<string, Map<string, number>[]>());
    const profile = profiling ? new Map<string, number>() : null;
    const unfinished: string[][] = dirs.map(() => []);
    for (let round = 0; round < WARMUP + ROUNDS; round++) {
      for (const p of pages) {
        const order = dirs.map((_, i) => i);
        if (round % 2) order.reverse();
        for (const b of order) {
          const marks = await load((browsers[b] as (typeof browsers)[number]).context, site.url(p.host, `${p.path}?run=${round}`), round >= WARMUP && b === dirs.length - 1 ? profile : null);
          if (round < WARMUP) continue;
          if (!marks) {
            unfinished[b]!.push(p.id);
            continue;
          }
          const list = results[b]?.get(p.id) ?? [];
          list.push(steps(marks));
          results[b]?.set(p.id, list);
        }
      }
      process.stderr.write(`round ${round + 1}/${WARMUP + ROUNDS}\n`);
    }
    const rows = pages.map((p) => [p.id, ...dirs.map((_, b) => ms(quantile((results[b]?.get(p.id) ?? []).map((s) => s.get('total') ?? NaN), 0.5)))]);
    const realTotals = (b: number): number[] => pages.filter((p) => p.id !== 'bench-article').flatMap((p) => (results[b]?.get(p.id) ?? []).map((s) => s.get('total') ?? NaN));
    rows.push(['ALL real structures', ...dirs.map((_, b) => ms(quantile(realTotals(b), 0.5)))]);
    console.log(`${ROUNDS} recorded loads per page and build after ${WARMUP} warm-ups, alternating builds.\n`);
    console.log(table(['page', ...dirs], rows));
    for (const [b, d] of dirs.entries()) {
      if (unfinished[b]!.length > 0) console.log(`\n${d}: ${unfinished[b]!.length} loads finished no run (left out): ${[...new Set(unfinished[b])].join(', ')}`);
      const keys = new Map<string, number[]>();
      for (const list of results[b]?.values() ?? []) for (const s of list) for (const [k, v] of s) keys.set(k, [...(keys.get(k) ?? []), v]);
      console.log(`\n${d}: median by step over all pages: ${[...keys].map(([k, v]) => `${k} ${ms(quantile(v, 0.5))}`).join(', ')}`);
    }
    if (profile) {
      const loads = ROUNDS * pages.length;
      console.log(`\nCPU self time in ${dirs[dirs.length - 1]}, ms per load (top 80):`);
      for (const [k, v] of [...profile].sort((a, b) => b[1] - a[1]).slice(0, 80)) console.log(`${(v / loads).toFixed(2).padStart(7)}  ${k}`);
    }
  } finally {
    await closeEach([...browsers.map((b, i) => [`Chromium ${i}`, () => b.close()] as [string, () => Promise<void>]), ['TLS site', () => site.close()]]);
  }
}

await main();
