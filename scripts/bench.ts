/**
 * `npm run bench [-- --sizes 1000,10000,100000 --reps 5 --baseline-pages N]`: builds synthetic
 * corpora (scripts/bench/synthetic.ts), and prints for each size the index build time, the
 * serialized index size, the load time (JSON.parse of the index + loadCorpus), match time p50/p95
 * over many pages and repetitions, heap used, and P@1 against ground truth by construction. The
 * naive baseline (fuse.js over full texts) runs in the same process on a sample of the same pages.
 * It also writes a 1,000-report corpus folder without reports.json, to exercise the lenient
 * `npm run analyze -- --corpus DIR` path. Timings are medians printed, never asserted.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import { buildIndex } from '../src/corpus/build-index';
import { compileReports, type CompiledCorpus } from '../src/corpus/corpus-index';
import { loadCorpus, matchReports, type PageForMatching } from '../src/corpus/match-reports';
import { extractFigures } from '../src/figures/extract-figures';
import { detectTopic } from '../src/topic/detect-topic';
import type { Article } from '../src/types';
import { naiveBaseline } from './bench/baseline';
import { browserSection } from './bench/browser';
import { mb, ms, quantile, table } from './bench/stats';
import { seedSentences, syntheticCorpus, type SyntheticPage, type SyntheticReport } from './bench/synthetic';
import { loadReportsFromDir } from './lib/read-seeds';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;
const heap = (): number => {
  gc();
  return process.memoryUsage().heapUsed;
};

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] ?? fallback : fallback;
}
const SIZES = arg('sizes', '1000,10000,100000').split(',').map(Number);
const REPS = Number(arg('reps', '5'));
const PAGES = Number(arg('pages', '60'));
/** Baseline queries per size: full-text fuse.js costs seconds per query at 100,000 reports, so it gets a sample. */
const BASELINE_PAGES = (size: number): number => Number(arg('baseline-pages', String(size >= 100_000 ? 3 : size >= 10_000 ? 10 : 30)));

function articleOf(p: SyntheticPage): Article {
  return { title: p.title, text: p.text, date: p.date, publisher: null, url: null, pageType: 'article', lang: 'en', truncated: false, fullLength: p.text.length, updates: [] };
}

function writeLenientFolder(reports: readonly SyntheticReport[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'crosscheck-bench-corpus-'));
  for (const r of reports) writeFileSync(join(dir, `${r.id}.txt`), ` date ${r.date} ${r.text}\n`);
  return dir;
}

async function main(): Promise<void> {
  const seeds = loadReportsFromDir(resolve(import.meta.dirname, '..', 'seeds'));
  const lines = seedSentences(seeds);
  const rows: string[][] = [];
  const notes: string[] = [];
  for (const size of SIZES) {
    const { reports, pages } = syntheticCorpus(size, PAGES, lines, 42 + size);
    const eventOf = new Map(reports.map((r) => [r.id, r.event]));
    let t = performance.now();
    const compiledReports = compileReports(reports.map(({ event: _e, ...r }) => r));
    const compileMs = performance.now() - t;
    t = performance.now();
    const index = buildIndex(compiledReports);
    const buildMs = performance.now() - t;
    const indexJson = JSON.stringify(index);
    const before = heap();
    t = performance.now();
    const corpus = loadCorpus({ version: 1, reports: compiledReports, index: JSON.parse(indexJson) } satisfies CompiledCorpus);
    const loadMs = performance.now() - t;
    const indexHeap = heap() - before;
    const inputs: PageForMatching[] = pages.map((p) => {
      const article = articleOf(p);
      return { article, topic: { ...detectTopic(article), gaza: true }, figures: extractFigures(article.text) };
    });
    let hits = 0;
    inputs.forEach((page, i) => {
      const top = matchReports(page, corpus, 5)[0];
      if (top && eventOf.get(top.id) === pages[i]?.event) hits++;
    });
    const times: number[] = [];
    for (let rep = 0; rep < REPS; rep++) {
      for (const page of inputs) {
        const t0 = performance.now();
        matchReports(page, corpus, 5);
        times.push(performance.now() - t0);
      }
    }
    const totalHeap = heap();
    const sample = Math.min(BASELINE_PAGES(size), pages.length);
    t = performance.now();
    const baseline = naiveBaseline(compiledReports);
    const baselineIndexMs = performance.now() - t;
    const baseTimes: number[] = [];
    const engineTimes: number[] = [];
    let baseHits = 0;
    let engineSampleHits = 0;
    for (let i = 0; i < sample; i++) {
      const page = pages[i] as SyntheticPage;
      let t0 = performance.now();
      const id = baseline(page.title);
      baseTimes.push(performance.now() - t0);
      if (id && eventOf.get(id) === page.event) baseHits++;
      t0 = performance.now();
      const top = matchReports(inputs[i] as PageForMatching, corpus, 5)[0];
      engineTimes.push(performance.now() - t0);
      if (top && eventOf.get(top.id) === page.event) engineSampleHits++;
    }
    const p50 = quantile(times, 0.5);
    rows.push([
      size.toLocaleString('en-US'), ms(compileMs), ms(buildMs), mb(indexJson.length), ms(loadMs), ms(p50), ms(quantile(times, 0.95)),
      mb(indexHeap), mb(totalHeap), `${hits}/${pages.length}`,
      ms(quantile(baseTimes, 0.5)), `${(quantile(baseTimes, 0.5) / quantile(engineTimes, 0.5)).toFixed(0)}×`,
      `${engineSampleHits}/${sample} vs ${baseHits}/${sample}`,
    ]);
    notes.push(`${size}: baseline fuse.js index ${ms(baselineIndexMs)}, ${sample} baseline queries (page titles); engine p50 on the same sample ${ms(quantile(engineTimes, 0.5))}`);
    if (size === SIZES[0]) {
      const dir = writeLenientFolder(reports.slice(0, 1000));
      t = performance.now();
      const read = loadReportsFromDir(dir);
      notes.push(`lenient corpus folder (no reports.json): ${read.length} reports read in ${ms(performance.now() - t)} from ${dir}; try: npm run analyze -- --corpus ${dir} FILE`);
    }
    process.stderr.write(`done ${size}\n`);
  }
  console.log(`Node ${process.version}, ${PAGES} pages × ${REPS} repetitions per size; P@1 = top report tells the page's event.\n`);
  console.log(table(['reports', 'compile (figures+terms)', 'index build', 'index JSON', 'load', 'match p50', 'match p95', 'index heap', 'heap used', 'P@1', 'baseline p50', 'speed-up', 'P@1 engine vs baseline (sample)'], rows));
  console.log(`\n${notes.join('\n')}`);
  console.log('\n## In-browser timings (issue 5)\n');
  console.log((await browserSection()) ?? 'Not measured yet: scripts/bench/browser.ts is the hook.');
}

await main();
