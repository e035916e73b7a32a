/**
 * The official-series check in the bench: the bundled series' size (JSON and gzip), the time to
 * load them, and the cost of checking a figure, per figure, on a page of our own carrying figures
 * of every measure a series covers, dated and undated. Medians of many repetitions; the baseline in
 * the same process is extracting the same figures (what every page pays already).
 */
import { gzipSync } from 'node:zlib';
import { compileReferenceFromDir } from '../../src/build/reference/compile-reference';
import { extractFigures } from '../../src/figures/extract-figures';
import { checkFigures } from '../../src/reference/check';
import { loadReference } from '../../src/reference/format';
import { ms, quantile, table } from './stats';

/** The check's budget per figure (issue 13). */
const TARGET_MS_PER_FIGURE = 0.05;

const PAGE = [
  'Gaza\'s health ministry said 25,490 Palestinians had been killed since October 7, including 195 in the past 24 hours, and 63,354 wounded.',
  'The media office said the dead included 11,000 children and 7,500 women, as well as 337 medical staff, 119 journalists and 45 civil defence workers.',
  'In the occupied West Bank, 360 Palestinians have been killed since October 7, the UN said.',
  'The army said 217 soldiers have been killed since the ground operation began in late October.',
  'Aid groups said more than 25,000 people had been killed, nearly 26,000 by some counts, and about 64,000 wounded.',
].join(' ');

export function referenceSection(reps = 2000): string {
  const compiled = compileReferenceFromDir();
  const json = JSON.stringify(compiled);
  const t0 = performance.now();
  const set = loadReference(JSON.parse(json));
  const loadMs = performance.now() - t0;
  const figures = extractFigures(PAGE);
  const checked = checkFigures(figures, { date: '2024-01-24' }, set).figures.filter((f) => f.reference).length;
  const time = (f: () => void): number[] => {
    const out: number[] = [];
    for (let i = 0; i < reps; i++) {
      const s = performance.now();
      f();
      out.push(performance.now() - s);
    }
    return out;
  };
  // Warm both paths first: the extension's background checks many pages with the same code.
  time(() => extractFigures(PAGE));
  const dated = time(() => checkFigures(figures, { date: '2024-01-24' }, set));
  const undated = time(() => checkFigures(figures, { date: null }, set));
  const extract = time(() => extractFigures(PAGE));
  const perFigure = (xs: number[]): number => quantile(xs, 0.5) / Math.max(1, checked);
  const verdict = (x: number): string => (x <= TARGET_MS_PER_FIGURE ? `met (${(TARGET_MS_PER_FIGURE / x).toFixed(0)}× under)` : `NOT met, by ${ms(x - TARGET_MS_PER_FIGURE)}`);
  return [
    `Official series: ${compiled.series.length} series, ${(json.length / 1024).toFixed(1)} KB JSON, ${(gzipSync(json).length / 1024).toFixed(1)} KB gzip; decoded in ${ms(loadMs)}.`,
    `A page of ${figures.length} figures, ${checked} of them covered by a series (${reps} repetitions, medians):`,
    table(['step', 'median (page)', 'p95 (page)', 'per checked figure', 'target ≤ 0.05 ms'], [
      ['extract figures (baseline)', ms(quantile(extract, 0.5)), ms(quantile(extract, 0.95)), '-', '-'],
      ['check, dated page', ms(quantile(dated, 0.5)), ms(quantile(dated, 0.95)), `${perFigure(dated).toFixed(4)} ms`, verdict(perFigure(dated))],
      ['check, undated page (dating it too)', ms(quantile(undated, 0.5)), ms(quantile(undated, 0.95)), `${perFigure(undated).toFixed(4)} ms`, verdict(perFigure(undated))],
    ]),
  ].join('\n');
}
