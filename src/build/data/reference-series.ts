/**
 * data/reference/series.json: the official series Crosscheck bundles, read by src/build/reference/
 * (the compiler). Beyond shape: dataset keys and series ids are unique, every series names a
 * known dataset, a measure of src/figures/measures.json and counters of src/figures/sources.json,
 * period series name their retroactive fields once, no series reads an `ext_` field (carried or
 * interpolated values, never published), and every correction names a series.
 */
import * as v from 'valibot';
import { Comment, ordered, StringSet, Text, unknownRefs } from './common';
import type { DataContext, DataFileSpec } from './data-file';
import type { MeasuresData } from './measures';
import type { Problem } from './problems';
import type { SourcesData } from './sources';

const FILE = 'data/reference/series.json';

/** The dataset layouts the compiler reads (src/build/reference/formats.ts). */
export const DATASET_FORMATS = ['tfp-gaza-daily', 'tfp-west-bank-daily', '360info-soldiers-csv'] as const;
/** A dataset layout. */
export type DatasetFormat = (typeof DATASET_FORMATS)[number];

/** A calendar date YYYY-MM-DD. */
export const IsoDate = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD'),
  v.check((d) => {
    const t = Date.parse(`${d}T00:00:00Z`);
    return !Number.isNaN(t) && new Date(t).toISOString().startsWith(d);
  }, 'is not a calendar date'),
);

/** A field name of a dataset row; never an `ext_` field (the datasets' carried or interpolated values). */
const FieldName = v.pipe(
  Text,
  v.regex(/^[a-z][a-z0-9_]*$/, 'expected a field name (killed_cum)'),
  v.check((f) => !f.startsWith('ext_'), 'ext_ fields are carried or interpolated, never published values'),
);

/** Row conditions: a field and the string values it must (include) or must not (exclude) have. */
const RowFilter = v.record(FieldName, StringSet);

const Dataset = v.strictObject({
  key: v.pipe(Text, v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a kebab-case key')),
  file: v.pipe(Text, v.regex(/^[a-z0-9]+\/[A-Za-z0-9_.-]+\.(?:json|csv)$/, 'expected folder/name.json or .csv, under data/reference')),
  format: v.picklist(DATASET_FORMATS),
  name: Text,
  licence: Text,
  credit: v.nullable(Text),
  $sources: Comment,
  sources: v.optional(StringSet),
  $duplicateDates: Comment,
  duplicateDates: v.optional(v.pipe(v.array(IsoDate), v.checkItems((d, i, all) => all.indexOf(d) === i, 'listed twice'))),
});

const Series = v.strictObject({
  id: v.pipe(Text, v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a kebab-case id')),
  measure: Text,
  kind: v.picklist(['cumulative', 'period', 'release']),
  publisher: Text,
  counters: v.pipe(StringSet, v.minLength(1, 'needs at least one counter')),
  dataset: Text,
  $comment: Comment,
  field: FieldName,
  prefer: v.optional(FieldName),
  minus: v.optional(v.pipe(v.array(FieldName), v.checkItems((c, i, all) => all.indexOf(c) === i, 'listed twice'))),
  include: v.optional(RowFilter),
  exclude: v.optional(RowFilter),
});

const Correction = v.strictObject({
  series: Text,
  date: IsoDate,
  from: v.pipe(v.number(), v.integer('expected a whole number')),
  to: v.pipe(v.number(), v.integer('expected a whole number')),
  note: Text,
});

/** The schema of series.json. */
export const ReferenceSeriesSchema = v.strictObject({
  $comment: Comment,
  datasets: v.array(Dataset),
  series: v.array(Series),
  $corrections: Comment,
  corrections: v.array(Correction),
});

/** The file as the schema describes it. */
export type ReferenceSeriesData = v.InferOutput<typeof ReferenceSeriesSchema>;
/** One dataset entry. */
export type DatasetSpec = ReferenceSeriesData['datasets'][number];
/** One series entry. */
export type SeriesSpec = ReferenceSeriesData['series'][number];
/** One listed correction. */
export type CorrectionSpec = ReferenceSeriesData['corrections'][number];

function duplicates(values: readonly string[], entry: (value: string) => string, field: string, what: string): Problem[] {
  return values.filter((x, i) => values.indexOf(x) !== i).map((x) => ({ file: FILE, entry: entry(x), field, message: `duplicate ${what}` }));
}

/** Checks across entries, and against measures.json and sources.json (when they validated). */
export function checkReferenceSeries(s: ReferenceSeriesData, ctx: DataContext): Problem[] {
  const problems: Problem[] = [
    ...duplicates(s.datasets.map((d) => d.key), (k) => `dataset "${k}"`, 'key', 'dataset key'),
    ...duplicates(s.datasets.map((d) => d.file), (f) => `dataset "${s.datasets.find((d) => d.file === f)?.key}"`, 'file', 'dataset file'),
    ...duplicates(s.series.map((x) => x.id), (id) => `series "${id}"`, 'id', 'series id'),
  ];
  const datasets = new Set<string | null>(s.datasets.map((d) => d.key));
  const measures = ctx.parsed.get('src/figures/measures.json') as MeasuresData | undefined;
  const sources = ctx.parsed.get('src/figures/sources.json') as SourcesData | undefined;
  const measureKeys = measures && new Set<string | null>(measures.measures.map((m) => m.key));
  const counters = sources && new Set<string | null>(sources.sources.map((x) => x.counter));
  for (const x of s.series) {
    const entry = `series "${x.id}"`;
    problems.push(...unknownRefs(FILE, entry, 'dataset', [x.dataset], datasets, 'dataset'));
    if (measureKeys) problems.push(...unknownRefs(FILE, entry, 'measure', [x.measure], measureKeys, 'measure (src/figures/measures.json)'));
    if (counters) problems.push(...unknownRefs(FILE, entry, 'counters', x.counters, counters, 'counter (src/figures/sources.json)'));
    if (x.kind !== 'period' && (x.prefer !== undefined || x.minus !== undefined)) {
      problems.push({ file: FILE, entry, field: x.prefer !== undefined ? 'prefer' : 'minus', message: 'only a period series adjusts its values' });
    }
  }
  const ids = new Set<string | null>(s.series.map((x) => x.id));
  s.corrections.forEach((c) => {
    const entry = `correction "${c.series}" ${c.date}`;
    problems.push(...unknownRefs(FILE, entry, 'series', [c.series], ids, 'series'));
    if (c.to >= c.from) problems.push({ file: FILE, entry, field: 'to', message: 'a correction lowers a value: "to" must be below "from"' });
  });
  return problems;
}

const DATASET_ORDER = ['key', 'file', 'format', 'name', 'licence', 'credit', '$sources', 'sources', '$duplicateDates', 'duplicateDates'];
const SERIES_ORDER = ['id', 'measure', 'kind', 'publisher', 'counters', 'dataset', '$comment', 'field', 'prefer', 'minus', 'include', 'exclude'];

/**
 * Canonical form. Kept in file order: datasets, series (bundle order: the first series of a
 * measure is the default counter's), counters (the first is the series' own), `minus`
 * (applied in order). Sorted: corrections (by series, then date), duplicate dates and sources.
 */
function canonical(s: ReferenceSeriesData): ReferenceSeriesData {
  const datasets = s.datasets.map((d) => ordered({ ...d, sources: d.sources && [...d.sources].sort(), duplicateDates: d.duplicateDates && [...d.duplicateDates].sort() }, DATASET_ORDER));
  const series = s.series.map((x) => ordered(x, SERIES_ORDER));
  const corrections = [...s.corrections]
    .sort((a, b) => (a.series === b.series ? (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) : a.series < b.series ? -1 : 1))
    .map((c) => ordered(c, ['series', 'date', 'from', 'to', 'note']));
  return ordered({ ...s, datasets, series, corrections }, ['$comment', 'datasets', 'series', '$corrections', 'corrections']);
}

/** series.json: schema, checks, canonical form. */
export const REFERENCE_SERIES: DataFileSpec<ReferenceSeriesData> = {
  path: FILE,
  schema: ReferenceSeriesSchema,
  nouns: { datasets: 'dataset', series: 'series', corrections: 'correction' },
  check: checkReferenceSeries,
  canonical,
};
