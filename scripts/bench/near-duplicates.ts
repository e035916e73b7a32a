/**
 * The near-duplicate section of `npm run bench`: corpora of wire copies (near-duplicate-corpus.ts)
 * at 20,000 and 100,000 reports (`--near-dup-sizes`, `none` to skip), match p50/p95 and P@1
 * against ground truth by construction. With `--baseline-src DIR` (a checkout of an earlier commit
 * with its node_modules reachable, e.g. `git archive main | tar -x -C DIR`), that commit's index
 * builder and matcher run in the same process on the same compiled reports and the same pages, so
 * the two are measured side by side. Timings are printed, never asserted.
 */
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { compileReports, packCorpus } from '../../src/build/corpus/corpus-index';
import type { CompiledCorpus } from '../../src/corpus/format';
import { loadCorpus, matchReports, type PageForMatching } from '../../src/corpus/match-reports';
import { extractFigures } from '../../src/figures/extract-figures';
import { detectTopic } from '../../src/topic/detect-topic';
import type { Article, CompiledReport, RelatedReport } from '../../src/types';
import { nearDuplicateCorpus, type WirePage } from './near-duplicate-corpus';
import { ms, quantile, table } from './stats';

type Match = (page: PageForMatching, limit: number) => RelatedReport[];
interface Matcher {
  name: string;
  /** Packs and loads the corpus; returns the matcher and the build time. */
  prepare(compiled: readonly CompiledReport[]): Promise<{ match: Match; buildMs: number; groups: string }>;
}

const current: Matcher = {
  name: 'this commit',
  prepare(compiled) {
    const t = performance.now();
    const packed = JSON.parse(JSON.stringify(packCorpus(compiled))) as CompiledCorpus;
    const buildMs = performance.now() - t;
    const corpus = loadCorpus(packed);
    const groups = (packed.index as { groups?: { count: number } }).groups?.count;
    return Promise.resolve({ match: (p, l) => matchReports(p, corpus, l), buildMs, groups: groups === undefined ? '-' : groups.toLocaleString('en-US') });
  },
};

/** The index builder and matcher of another checkout, imported from its sources. */
async function baselineMatcher(dir: string): Promise<Matcher> {
  const root = resolve(dir);
  const build = (await import(pathToFileURL(join(root, 'src/build/corpus/corpus-index.ts')).href)) as { packCorpus(c: readonly CompiledReport[]): unknown };
  const matcher = (await import(pathToFileURL(join(root, 'src/corpus/match-reports.ts')).href)) as {
    loadCorpus(c: unknown): unknown;
    matchReports(p: PageForMatching, c: unknown, l: number): RelatedReport[];
  };
  let commit = 'unknown commit';
  try {
    commit = execFileSync('git', ['-C', root, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    commit = root;
  }
  return {
    name: `baseline (${commit})`,
    prepare(compiled) {
      const t = performance.now();
      const packed = JSON.parse(JSON.stringify(build.packCorpus(compiled))) as unknown;
      const buildMs = performance.now() - t;
      const corpus = matcher.loadCorpus(packed);
      return Promise.resolve({ match: (p, l) => matcher.matchReports(p, corpus, l), buildMs, groups: '-' });
    },
  };
}

function pageInput(p: WirePage): PageForMatching {
  const article: Article = { title: p.title, text: p.text, date: p.date, publisher: null, url: null, pageType: 'article', lang: 'en', truncated: false, fullLength: p.text.length, updates: [] };
  return { article, topic: { ...detectTopic(article), gaza: true }, figures: extractFigures(article.text) };
}

/** Options of {@link nearDuplicateSection}. */
export interface NearDuplicateOptions {
  sizes: readonly number[];
  pages: number;
  reps: number;
  seedLines: readonly string[];
  /** A checkout whose matcher is the baseline, or null. */
  baselineSrc: string | null;
}

/** Measures each matcher on near-duplicate corpora; returns the section's Markdown. */
export async function nearDuplicateSection(o: NearDuplicateOptions): Promise<string> {
  if (o.sizes.length === 0) return 'Not measured (--near-dup-sizes none).';
  const matchers = [current, ...(o.baselineSrc ? [await baselineMatcher(o.baselineSrc)] : [])];
  const rows: string[][] = [];
  for (const size of o.sizes) {
    const { reports, pages, editions } = nearDuplicateCorpus(size, o.pages, o.seedLines, 7 + size);
    const editionOf = new Map(reports.map((r) => [r.id, r.edition]));
    const compiled = compileReports(reports.map(({ edition: _e, ...r }) => r));
    const inputs = pages.map(pageInput);
    const prepared = [];
    for (const m of matchers) prepared.push({ m, ...(await m.prepare(compiled)) });
    const storyOf = (edition: number | undefined): number => Math.floor((edition ?? -1) / 4);
    // Timed in turns, page by page, so a change in the machine's load falls on every matcher alike.
    const times = prepared.map(() => [] as number[]);
    for (let rep = 0; rep < o.reps; rep++) {
      for (const page of inputs) {
        prepared.forEach(({ match }, k) => {
          const t0 = performance.now();
          match(page, 5);
          times[k]?.push(performance.now() - t0);
        });
      }
    }
    prepared.forEach(({ m, match, buildMs, groups }, k) => {
      let hits = 0;
      let storyHits = 0;
      inputs.forEach((page, i) => {
        const top = match(page, 5)[0];
        const want = pages[i]?.edition;
        if (top && editionOf.get(top.id) === want) hits++;
        if (top && storyOf(editionOf.get(top.id)) === storyOf(want)) storyHits++;
      });
      const t = times[k] ?? [];
      const row = [size.toLocaleString('en-US'), `${editions} × ~${Math.round(size / editions)}`, m.name, groups, ms(buildMs), ms(quantile(t, 0.5)), ms(quantile(t, 0.95)), `${hits}/${pages.length}`, `${storyHits}/${pages.length}`];
      rows.push(row);
      process.stderr.write(`${row.join(' | ')}\n`);
    });
    process.stderr.write(`done near-duplicates ${size}\n`);
  }
  return [
    table(['reports', 'editions × copies', 'matcher', 'groups', 'bundle build', 'match p50', 'match p95', 'P@1 (edition)', 'top is the story'], rows),
    '',
    `${o.pages} pages × ${o.reps} repetitions per size, the matchers timed in turns on each page. P@1: the top report is a copy of the page's edition (the same wire story`,
    'on another day is another event); "top is the story": a copy of any edition of the story. Both matchers index the same',
    'compiled reports (figures and terms extracted once, by this commit) and match the same pages.',
  ].join('\n');
}
