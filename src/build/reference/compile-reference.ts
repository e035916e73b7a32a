/**
 * The vendored datasets (data/reference/) into the {@link CompiledReference} the extension
 * bundles: the Node entry point of the build plugin (scripts/lib/reference-plugin.ts), the analyze
 * CLI, the import and the tests, so all of them see the same series. A problem in any file fails
 * the whole compile with one line per problem, each naming the file, row and field.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as v from 'valibot';
import type { CompiledReference } from '../../reference/format';
import type { DataContext } from '../data/data-file';
import { issueProblem, problemText, type Problem } from '../data/problems';
import { checkReferenceSeries, REFERENCE_SERIES, ReferenceSeriesSchema, type ReferenceSeriesData } from '../data/reference-series';
import { compileDataset, SERIES_FILE, type CompiledDataset } from './compile-dataset';

/** The repository root. */
const ROOT = resolve(import.meta.dirname, '..', '..', '..');

/** The vendored reference data: data/reference/ of the repository. */
export const REFERENCE_DIR = join(ROOT, 'data', 'reference');

/** An error listing problems, one per line. */
export class ReferenceDataError extends Error {
  constructor(readonly problems: readonly Problem[]) {
    super(`Reference data failed validation:\n${problems.map((p) => `  ${problemText(p)}`).join('\n')}`);
    this.name = 'ReferenceDataError';
  }
}

/** measures.json and sources.json of the repository, for series.json's cross-file checks. */
function repoContext(): DataContext {
  const read = (p: string): unknown => JSON.parse(readFileSync(join(ROOT, p), 'utf8'));
  return { parsed: new Map([['src/figures/measures.json', read('src/figures/measures.json')], ['src/figures/sources.json', read('src/figures/sources.json')]]), seedNames: [] };
}

/** Reads and validates `dir`/series.json (its schema, and its measures and counters against the repository's). */
export function readSeriesSpec(dir: string = REFERENCE_DIR): ReferenceSeriesData {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(join(dir, 'series.json'), 'utf8'));
  } catch (err) {
    throw new ReferenceDataError([{ file: SERIES_FILE, entry: null, field: null, message: (err as Error).message }]);
  }
  const result = v.safeParse(ReferenceSeriesSchema, data, { abortEarly: false, abortPipeEarly: true });
  if (!result.success) throw new ReferenceDataError(result.issues.map((i) => issueProblem(SERIES_FILE, i, REFERENCE_SERIES.nouns)));
  const problems = checkReferenceSeries(result.output, repoContext());
  if (problems.length > 0) throw new ReferenceDataError(problems);
  return result.output;
}

/** A dataset's text to use instead of the vendored file (the import's candidates). */
export interface DatasetOverride {
  text: string;
  /** How messages name the file (the path given to the import). */
  file: string;
}

/** Compiles every dataset of `spec` under `dir`, or from `overrides` by dataset key. */
export function compileDatasets(dir: string, spec: ReferenceSeriesData, overrides: ReadonlyMap<string, DatasetOverride> = new Map()): CompiledDataset[] {
  return spec.datasets.map((d) => {
    const o = overrides.get(d.key);
    return o ? compileDataset(spec, d.key, o.text, o.file) : compileDataset(spec, d.key, readFileSync(join(dir, d.file), 'utf8'), `data/reference/${d.file}`);
  });
}

/** The series in series.json order, from compiled datasets. */
export function assemble(spec: ReferenceSeriesData, datasets: readonly CompiledDataset[]): CompiledReference {
  const byId = new Map(datasets.flatMap((d) => d.series).map((s) => [s.id, s]));
  return { version: 1, series: spec.series.map((s) => byId.get(s.id)).filter((s) => s !== undefined) };
}

/**
 * Compiles the reference data in `dir` (data/reference/ by default): series.json and the
 * datasets it names. Throws a {@link ReferenceDataError} listing every problem.
 */
export function compileReferenceFromDir(dir: string = REFERENCE_DIR): CompiledReference {
  const spec = readSeriesSpec(dir);
  const datasets = compileDatasets(dir, spec);
  const problems = datasets.flatMap((d) => d.problems);
  if (problems.length > 0) throw new ReferenceDataError(problems);
  return assemble(spec, datasets);
}
