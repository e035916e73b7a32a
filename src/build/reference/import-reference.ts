/**
 * `npm run reference:import -- FILE...`: newer downloads of the vendored datasets, each
 * recognised by its file name or else by its shape, validated as the build validates them, and
 * copied byte for byte over the vendored copies only when every file is valid (all or nothing).
 * Reports what changed in the bundled series: new dates, corrected values, dates no longer given.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Problem } from '../data/problems';
import type { DatasetSpec, ReferenceSeriesData } from '../data/reference-series';
import type { CompiledDataset, SeriesPoint } from './compile-dataset';
import { compileDatasets, readSeriesSpec, REFERENCE_DIR, type DatasetOverride } from './compile-reference';
import { FORMATS } from './formats';

/** What an import did. */
export interface ImportResult {
  /** True when every file was valid and the vendored copies were brought up to date. */
  ok: boolean;
  /** Every problem found (then nothing was written). */
  problems: Problem[];
  /** What changed, one line each, for the terminal. */
  report: string[];
  /** The vendored files written, relative to the reference directory. */
  replaced: string[];
}

/** At most this many corrected values are listed per series; the rest are counted. */
const LIST_AT_MOST = 20;

const fmt = (n: number): string => n.toLocaleString('en-GB');

/** The dataset a file is a download of: by file name, else by shape (exactly one layout must fit). */
function recognise(spec: ReferenceSeriesData, path: string, text: string): DatasetSpec | Problem {
  const byName = spec.datasets.find((d) => basename(d.file) === basename(path));
  if (byName) return byName;
  const byShape = spec.datasets.filter((d) => FORMATS[d.format].sniff(text));
  if (byShape.length === 1 && byShape[0]) return byShape[0];
  const names = spec.datasets.map((d) => basename(d.file)).join(', ');
  return { file: path, entry: null, field: null, message: `not a download of a vendored dataset: its name is none of ${names}, and its shape ${byShape.length > 1 ? 'fits several' : 'fits none'}` };
}

/** Lines saying how one series changed between two compiles. */
function seriesChanges(id: string, before: readonly SeriesPoint[], after: readonly SeriesPoint[]): string[] {
  const old = new Map(before.map((p) => [p.date, p.value]));
  const now = new Map(after.map((p) => [p.date, p.value]));
  const added = after.filter((p) => !old.has(p.date));
  const corrected = after.filter((p) => old.has(p.date) && old.get(p.date) !== p.value);
  const removed = before.filter((p) => !now.has(p.date));
  const lines: string[] = [];
  if (added.length > 0) {
    const last = added.at(-1)!;
    const span = added.length === 1 ? added[0]!.date : `${added[0]!.date} to ${last.date}`;
    lines.push(`  ${id}: ${added.length} new date${added.length === 1 ? '' : 's'}, ${span} (last: ${fmt(last.value)} on ${last.date})`);
  }
  const listed = (ps: readonly SeriesPoint[], say: (p: SeriesPoint) => string, what: string): void => {
    for (const p of ps.slice(0, LIST_AT_MOST)) lines.push(`  ${id}: ${what} ${say(p)}`);
    if (ps.length > LIST_AT_MOST) lines.push(`  ${id}: … and ${ps.length - LIST_AT_MOST} more ${what} values`);
  };
  listed(corrected, (p) => `${p.date}: ${fmt(old.get(p.date)!)} → ${fmt(p.value)}`, 'corrected');
  listed(removed, (p) => `${p.date} (was ${fmt(p.value)})`, 'no longer gives');
  return lines;
}

function datasetReport(before: CompiledDataset, after: CompiledDataset, from: string, sameBytes: boolean): string[] {
  const head = `${basename(after.dataset.file)} (from ${from}): ${fmt(after.rows)} rows, ${after.coverage?.join(' to ') ?? 'none'}`;
  if (sameBytes) return [`${head}: the same bytes as the vendored copy, nothing to do`];
  const lines = [...after.points.keys()].flatMap((id) => seriesChanges(id, before.points.get(id) ?? [], after.points.get(id) ?? []));
  if (before.coverage?.join() !== after.coverage?.join()) lines.unshift(`  coverage: ${before.coverage?.join(' to ') ?? 'none'} → ${after.coverage?.join(' to ') ?? 'none'}`);
  return [head, ...(lines.length > 0 ? lines : ['  no change to the bundled series'])];
}

/**
 * Imports `files` into the reference directory `dir` (data/reference/ by default). Nothing is
 * written unless every file is recognised and valid and the datasets not given still are.
 */
export function importReference(files: readonly string[], { dir = REFERENCE_DIR }: { dir?: string } = {}): ImportResult {
  const fail = (problems: Problem[]): ImportResult => ({ ok: false, problems, report: [], replaced: [] });
  if (files.length === 0) return fail([{ file: 'reference:import', entry: null, field: null, message: 'no file given: npm run reference:import -- FILE...' }]);
  const spec = readSeriesSpec(dir);
  const problems: Problem[] = [];
  const given = new Map<string, DatasetOverride & { bytes: Buffer }>();
  for (const path of files) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch (err) {
      problems.push({ file: path, entry: null, field: null, message: `cannot be read: ${(err as Error).message}` });
      continue;
    }
    const text = bytes.toString('utf8');
    const d = recognise(spec, path, text);
    if (!('key' in d)) problems.push(d);
    else if (given.has(d.key)) problems.push({ file: path, entry: null, field: null, message: `a second download of ${basename(d.file)} (the first: ${given.get(d.key)?.file})` });
    else given.set(d.key, { text, file: path, bytes });
  }
  if (problems.length > 0) return fail(problems);
  const before = compileDatasets(dir, spec);
  const after = compileDatasets(dir, spec, given);
  const found = after.flatMap((d) => d.problems);
  if (found.length > 0) return fail(found);

  const report: string[] = [];
  const replaced: string[] = [];
  const writes: { target: string; bytes: Buffer }[] = [];
  after.forEach((a, i) => {
    const g = given.get(a.dataset.key);
    if (!g) return;
    const target = join(dir, a.dataset.file);
    const sameBytes = readFileSync(target).equals(g.bytes);
    report.push(...datasetReport(before[i]!, a, g.file, sameBytes));
    if (!sameBytes) writes.push({ target, bytes: g.bytes });
  });
  // Every file is written beside its target first, then all are renamed: a failed write leaves the vendored copies as they were.
  for (const w of writes) writeFileSync(`${w.target}.import`, w.bytes);
  for (const w of writes) {
    renameSync(`${w.target}.import`, w.target);
    replaced.push(w.target.slice(dir.length + 1));
  }
  for (const r of replaced) report.push(`replaced data/reference/${r}`);
  if (replaced.length > 0) report.push('Now update data/reference/PROVENANCE.md (source commit, dates, row counts) and check the figures it quotes.');
  return { ok: true, problems: [], report, replaced };
}
