/**
 * seeds/reports.json: the metadata of the seed reports, joined with seeds/*.txt by
 * src/corpus/build-reports.ts. Beyond shape: every seeds/*.txt has an entry and every entry a
 * .txt (a report's id is its file name without .txt), dates are real YYYY-MM-DD dates, and urls
 * are http(s) addresses. The .txt files are kept byte for byte as received; this file is ours.
 */
import * as v from 'valibot';
import { reportId, type ReportsFile } from '../corpus/build-reports';
import { Comment, ordered, sortedRecord, Text } from './common';
import type { Assignable, DataContext, DataFileSpec } from './data-file';
import type { Problem } from './problems';

const FILE = 'seeds/reports.json';

function isCalendarDate(d: string): boolean {
  const t = Date.parse(`${d}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().startsWith(d);
}

/** A real calendar date written YYYY-MM-DD (build-reports.ts compares it with the seed's date line). */
const IsoDate = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD'),
  v.check((d) => isCalendarDate(d), 'is not a calendar date'),
);

const HttpUrl = v.pipe(v.string(), v.url('expected a URL'), v.regex(/^https?:\/\//, 'expected an http(s) URL'));

const ReportMeta = v.strictObject({ publisher: Text, date: IsoDate, title: v.optional(Text), url: HttpUrl });

/** The schema of reports.json. */
export const ReportsSchema = v.strictObject({ $comment: Comment, reports: v.record(Text, ReportMeta) });

/** The file as the schema describes it. */
export type ReportsData = v.InferOutput<typeof ReportsSchema>;
type _Reads = Assignable<ReportsData, ReportsFile>;

function check(r: ReportsData, ctx: DataContext): Problem[] {
  const texts = new Set(ctx.seedNames.map(reportId));
  const problems: Problem[] = [];
  for (const id of texts) {
    if (!(id in r.reports)) problems.push({ file: FILE, entry: `report "${id}"`, field: null, message: `no entry for seeds/${id}.txt` });
  }
  for (const id of Object.keys(r.reports)) {
    if (!texts.has(id)) problems.push({ file: FILE, entry: `report "${id}"`, field: null, message: `no seeds/${id}.txt for this entry` });
  }
  return problems;
}

/** Canonical form: reports sorted by id (a lookup table; build-reports.ts orders by file name). */
function canonical(r: ReportsData): ReportsData {
  const reports = Object.fromEntries(Object.entries(sortedRecord(r.reports)).map(([id, m]) => [id, ordered(m, ['publisher', 'date', 'title', 'url'])]));
  return ordered({ ...r, reports }, ['$comment', 'reports']);
}

/** reports.json: schema, checks, canonical form. */
export const REPORTS: DataFileSpec<ReportsData> = {
  path: FILE,
  schema: ReportsSchema,
  nouns: { reports: 'report' },
  check,
  canonical,
};
