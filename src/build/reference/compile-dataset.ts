/**
 * One vendored dataset into the series it feeds: the rows are checked (schema, known sources,
 * dates in order with no unlisted duplicate) and each series takes only the values its publisher
 * published, never an `ext_` field. A cumulative or release series that falls below an earlier
 * value without a correction listed in data/reference/series.json is a problem naming the row.
 */
import { dayNumber } from '../../base/dates';
import { deltaEncode, type CompiledSeries } from '../../reference/format';
import type { Problem } from '../data/problems';
import type { CorrectionSpec, DatasetSpec, ReferenceSeriesData, SeriesSpec } from '../data/reference-series';
import { FORMATS, rowName, type DatasetRow } from './formats';

/** Where series.json lives, for messages. */
export const SERIES_FILE = 'data/reference/series.json';

/** A published value of a series, with the row it comes from. */
export interface SeriesPoint {
  date: string;
  value: number;
  /** Hours covered (period series), else null. */
  period: number | null;
  row: DatasetRow;
}

/** What compiling one dataset gives. */
export interface CompiledDataset {
  dataset: DatasetSpec;
  /** The series this dataset feeds, in series.json order (empty when there are problems). */
  series: CompiledSeries[];
  /** Each series' points by id, as dates (for the import's report of what changed). */
  points: Map<string, SeriesPoint[]>;
  problems: Problem[];
  /** Data rows in the file. */
  rows: number;
  /** First and last date of the file's rows, or null when it has none. */
  coverage: [string, string] | null;
}

const fmt = (n: number): string => n.toLocaleString('en-GB');

function passes(row: DatasetRow, s: SeriesSpec): boolean {
  const value = (f: string): string => String(row.fields[f] ?? '');
  for (const [f, allowed] of Object.entries(s.include ?? {})) if (!allowed.includes(value(f))) return false;
  for (const [f, banned] of Object.entries(s.exclude ?? {})) if (banned.includes(value(f))) return false;
  return true;
}

const num = (row: DatasetRow, field: string | undefined): number | undefined => {
  const x = field === undefined ? undefined : row.fields[field];
  return typeof x === 'number' ? x : undefined;
};

/** The points of one series from checked rows, the later row winning on a listed duplicate date. */
function seriesPoints(rows: readonly DatasetRow[], s: SeriesSpec, periodField: string | null): SeriesPoint[] {
  const points: SeriesPoint[] = [];
  for (const row of rows) {
    const raw = num(row, s.field);
    if (raw === undefined || !passes(row, s)) continue;
    let period: number | null = null;
    let value = raw;
    if (s.kind === 'period') {
      // A period count belongs to a bulletin: rows with no period (0: no bulletin that day) have none.
      period = periodField === null ? null : num(row, periodField) ?? 0;
      if (period === null || period <= 0) continue;
      const preferred = num(row, s.prefer);
      value = preferred ?? (s.minus ?? []).reduce((acc, f) => acc - (num(row, f) ?? 0), raw);
    }
    const point = { date: row.date, value, period, row };
    if (points.at(-1)?.date === row.date) points[points.length - 1] = point;
    else points.push(point);
  }
  return points;
}

function rowProblem(file: string, row: DatasetRow, field: string | null, message: string): Problem {
  return { file, entry: rowName(row.index, row.date, row.line), field, message };
}

/** Problems of a series' points: falls without a listed correction (cumulative, release), negative counts (period). */
function pointProblems(file: string, s: SeriesSpec, points: readonly SeriesPoint[], corrections: readonly CorrectionSpec[]): Problem[] {
  const problems: Problem[] = [];
  if (points.length === 0) problems.push({ file, entry: null, field: s.field, message: `no row gives a value for series "${s.id}"` });
  points.forEach((p, i) => {
    if (s.kind === 'period') {
      if (p.value < 0) problems.push(rowProblem(file, p.row, s.field, `series "${s.id}": ${fmt(p.value)} after taking out ${(s.minus ?? []).join(', ')}: a count cannot be negative`));
      return;
    }
    const prev = points[i - 1];
    if (!prev || p.value >= prev.value) return;
    const listed = corrections.some((c) => c.series === s.id && c.date === p.date && c.from === prev.value && c.to === p.value);
    if (!listed) {
      problems.push(rowProblem(file, p.row, s.field,
        `falls from ${fmt(prev.value)} (${prev.date}) to ${fmt(p.value)} in series "${s.id}", and no correction in ${SERIES_FILE} says so`));
    }
  });
  return problems;
}

/** Problems of the rows as a whole: unknown sources, dates out of order, unlisted duplicate dates. */
function rowOrderProblems(file: string, d: DatasetSpec, rows: readonly DatasetRow[], sourceField: string | null): Problem[] {
  const problems: Problem[] = [];
  const duplicates = new Set(d.duplicateDates ?? []);
  rows.forEach((row, i) => {
    if (sourceField !== null && d.sources) {
      const src = String(row.fields[sourceField]);
      if (!d.sources.includes(src)) problems.push(rowProblem(file, row, sourceField, `unknown source "${src}" (known: ${d.sources.join(', ')}; a new one is added to ${SERIES_FILE} after review)`));
    }
    const prev = rows[i - 1];
    if (!prev) return;
    if (row.date < prev.date) problems.push(rowProblem(file, row, 'date', `out of order: comes after ${prev.date} (${rowName(prev.index, prev.date, prev.line)})`));
    else if (row.date === prev.date && !duplicates.has(row.date)) {
      problems.push(rowProblem(file, row, 'date', `date given twice (also ${rowName(prev.index, prev.date, prev.line)}), and ${SERIES_FILE} lists no duplicate for it`));
    }
  });
  return problems;
}

/**
 * Compiles the dataset `key` of `spec` from its text. `file` names it in messages (its path under
 * the repository, or the path given to the import).
 */
export function compileDataset(spec: ReferenceSeriesData, key: string, text: string, file: string): CompiledDataset {
  const dataset = spec.datasets.find((d) => d.key === key);
  if (!dataset) throw new Error(`${SERIES_FILE}: no dataset "${key}"`);
  const format = FORMATS[dataset.format];
  const parsed = format.parse(text, file);
  const { rows } = parsed;
  // A file that could not be read into rows at all (not JSON, wrong header) has that one problem.
  if (parsed.total === 0 && parsed.problems.length > 0) return { dataset, series: [], points: new Map(), problems: parsed.problems, rows: 0, coverage: null };
  const problems = [...parsed.problems, ...rowOrderProblems(file, dataset, rows, format.sourceField)];
  const first = rows[0];
  const last = rows.at(-1);
  const coverage: [string, string] | null = first && last ? [first.date, last.date] : null;
  if (!coverage) problems.push({ file, entry: null, field: null, message: 'has no rows' });
  const points = new Map<string, SeriesPoint[]>();
  const series: CompiledSeries[] = [];
  for (const s of spec.series.filter((x) => x.dataset === key)) {
    const pts = seriesPoints(rows, s, format.periodField);
    points.set(s.id, pts);
    problems.push(...pointProblems(file, s, pts, spec.corrections));
    if (!coverage) continue;
    series.push({
      id: s.id,
      measure: s.measure,
      kind: s.kind,
      publisher: s.publisher,
      counters: [...s.counters],
      dataset: dataset.name,
      licence: dataset.licence,
      credit: dataset.credit,
      coverage,
      days: deltaEncode(pts.map((p) => dayNumber(p.date))),
      values: deltaEncode(pts.map((p) => p.value)),
      ...(s.kind === 'period' ? { periods: pts.map((p) => p.period ?? 0) } : {}),
    });
  }
  return { dataset, series: problems.length === 0 ? series : [], points, problems, rows: parsed.total, coverage };
}
