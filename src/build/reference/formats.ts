/**
 * Reading the vendored datasets into rows: one parser and one row schema per layout (the
 * `format` of a dataset in data/reference/series.json). A row that breaks its schema is a
 * {@link Problem} naming the row (index and date) and the field; nothing is coerced or guessed.
 */
import * as v from 'valibot';
import { IsoDate, type DatasetFormat } from '../data/reference-series';
import { issueProblem, type Problem } from '../data/problems';

/** One row of a dataset: its position, date and fields (top level only). */
export interface DatasetRow {
  /** Index among the data rows, from 0. */
  index: number;
  /** Line in the file, for line-based formats (CSV), else null. */
  line: number | null;
  date: string;
  fields: Readonly<Record<string, unknown>>;
}

/** A dataset read from its text: the rows that passed their schema, and the problems of the others. */
export interface ParsedDataset {
  rows: DatasetRow[];
  problems: Problem[];
  /** Number of data rows in the file, valid or not. */
  total: number;
}

/** What the compiler needs to know of a layout. */
export interface FormatSpec {
  /** The field that names each row's source (checked against the dataset's known sources), if any. */
  sourceField: string | null;
  /** The field giving the hours a row's period counts cover, if any (period series read it). */
  periodField: string | null;
  /** Reads the text into rows (`file` names the file in messages). */
  parse(text: string, file: string): ParsedDataset;
  /** Whether a text has this layout: for the import, when a file's name is not the dataset's. */
  sniff(text: string): boolean;
}

/** A published count: a whole number, zero or more. */
const Count = v.pipe(v.number(), v.integer('expected a whole number'), v.minValue(0, 'expected a count (0 or more)'));

const GazaRow = v.objectWithRest({ report_date: IsoDate, report_source: v.string(), report_period: Count }, Count);
const WestBankRow = v.objectWithRest(
  { report_date: IsoDate, flash_source: v.string(), killed_cum: Count, verified: v.optional(v.objectWithRest({}, Count)) },
  Count,
);

/** "row 412 (2024-11-22)", or "row 62, line 63 (…)" in a line-based file. */
export function rowName(index: number, date: unknown, line: number | null = null): string {
  const when = typeof date === 'string' && date !== '' ? ` (${date})` : '';
  return `row ${index}${line === null ? '' : `, line ${line}`}${when}`;
}

function parseJsonRows(text: string, file: string, schema: v.GenericSchema<unknown, Record<string, unknown>>, dateField: string): ParsedDataset {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    return { rows: [], total: 0, problems: [{ file, entry: null, field: null, message: `not JSON: ${(err as Error).message}` }] };
  }
  if (!Array.isArray(data)) return { rows: [], total: 0, problems: [{ file, entry: null, field: null, message: 'expected a JSON array of rows' }] };
  const rows: DatasetRow[] = [];
  const problems: Problem[] = [];
  data.forEach((raw: unknown, index) => {
    const date = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>)[dateField] : undefined;
    const result = v.safeParse(schema, raw, { abortPipeEarly: true });
    if (result.success) rows.push({ index, line: null, date: result.output[dateField] as string, fields: result.output });
    else problems.push(...result.issues.map((i) => ({ ...issueProblem(file, i, {}), entry: rowName(index, date) })));
  });
  return { rows, problems, total: data.length };
}

const SOLDIERS_HEADER = 'date,killed_soldiers_gaza';

function parseSoldiersCsv(text: string, file: string): ParsedDataset {
  const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
  if (lines.at(-1) === '') lines.pop();
  if (lines[0] !== SOLDIERS_HEADER) {
    return { rows: [], total: 0, problems: [{ file, entry: 'line 1', field: null, message: `expected the header "${SOLDIERS_HEADER}", got "${lines[0] ?? ''}"` }] };
  }
  const rows: DatasetRow[] = [];
  const problems: Problem[] = [];
  lines.slice(1).forEach((l, index) => {
    const line = index + 2;
    const cells = l.split(',');
    const problem = (field: string | null, message: string): void => void problems.push({ file, entry: rowName(index, cells[0], line), field, message });
    if (cells.length !== 2) return problem(null, `expected 2 cells (date, killed_soldiers_gaza), got ${cells.length}`);
    const [date = '', value = ''] = cells;
    if (!v.is(IsoDate, date)) return problem('date', `expected a date YYYY-MM-DD, got "${date}"`);
    if (!/^\d+$/.test(value)) return problem('killed_soldiers_gaza', `expected a count (0 or more), got "${value}"`);
    rows.push({ index, line, date, fields: { date, killed_soldiers_gaza: Number(value) } });
  });
  return { rows, problems, total: lines.length - 1 };
}

/** Whether `text` is a JSON array whose first row has `field` (cheap: only the start is parsed when it is large). */
function jsonArrayWithField(text: string, field: string): boolean {
  try {
    const data: unknown = JSON.parse(text);
    return Array.isArray(data) && data.length > 0 && typeof data[0] === 'object' && data[0] !== null && field in data[0];
  } catch {
    return new RegExp(`^\\s*\\[\\s*\\{[^}]*"${field}"`).test(text.slice(0, 2000));
  }
}

/** The layouts, by name. */
export const FORMATS: Readonly<Record<DatasetFormat, FormatSpec>> = {
  'tfp-gaza-daily': {
    sourceField: 'report_source',
    periodField: 'report_period',
    parse: (text, file) => parseJsonRows(text, file, GazaRow, 'report_date'),
    sniff: (text) => jsonArrayWithField(text, 'report_source'),
  },
  'tfp-west-bank-daily': {
    sourceField: 'flash_source',
    periodField: null,
    parse: (text, file) => parseJsonRows(text, file, WestBankRow, 'report_date'),
    sniff: (text) => jsonArrayWithField(text, 'flash_source'),
  },
  '360info-soldiers-csv': {
    sourceField: null,
    periodField: null,
    parse: parseSoldiersCsv,
    sniff: (text) => text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] === SOLDIERS_HEADER,
  },
};
