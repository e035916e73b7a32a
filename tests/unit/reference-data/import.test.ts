import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { problemText } from '../../../src/build/data/problems';
import { importReference } from '../../../src/build/reference/import-reference';
import { gazaRows, REF, ROOT, scratch, type GazaRow } from './support';

const GAZA = join('techforpalestine', 'casualties_daily.json');
const SOLDIERS = join('360info', 'israel-killed.csv');
let s: ReturnType<typeof scratch>;
beforeEach(() => {
  s = scratch();
});
afterEach(() => s.done());

/** Writes a download into the scratch directory and returns its path. */
const download = (name: string, content: string): string => {
  const path = join(s.dir, name);
  writeFileSync(path, content);
  return path;
};
/** A download of casualties_daily.json changed by `change`, written compactly (the vendored copy is indented). */
const gazaDownload = (change: (rows: GazaRow[]) => void, name = 'casualties_daily.json'): string => {
  const rows = gazaRows();
  change(rows);
  return download(name, JSON.stringify(rows));
};
const vendored = (rel: string): Buffer => readFileSync(join(s.ref, rel));
const original = (rel: string): Buffer => readFileSync(join(REF, rel));
/** Imports, expecting a refusal, and checks that nothing was written. */
const refused = (files: string[]): string[] => {
  const result = importReference(files, { dir: s.ref });
  expect(result.ok).toBe(false);
  expect(result.replaced).toEqual([]);
  expect(vendored(GAZA).equals(original(GAZA))).toBe(true);
  expect(vendored(SOLDIERS).equals(original(SOLDIERS))).toBe(true);
  return result.problems.map(problemText);
};

describe('reference:import', () => {
  it('on the real files: nothing changes', () => {
    const result = importReference([join(REF, GAZA), join(REF, SOLDIERS)], { dir: s.ref });
    expect(result.ok).toBe(true);
    expect(result.replaced).toEqual([]);
    expect(result.report).toEqual([
      expect.stringMatching(/^casualties_daily\.json \(from .*\): 1,051 rows, 2023-10-07 to 2026-08-22: the same bytes as the vendored copy, nothing to do$/),
      expect.stringMatching(/^israel-killed\.csv \(from .*\): 193 rows, 2023-10-10 to 2024-09-27: the same bytes/),
    ]);
  });

  it('on a reformatted copy of the real file: replaced, and no change to the series', () => {
    const path = gazaDownload(() => undefined);
    const result = importReference([path], { dir: s.ref });
    expect(result.report).toContain('  no change to the bundled series');
    expect(result.replaced).toEqual([GAZA]);
    expect(vendored(GAZA).equals(readFileSync(path))).toBe(true);
  });

  it('on an extended copy: reports the new dates and a corrected value, and replaces the vendored copy byte for byte', () => {
    const path = gazaDownload((rows) => {
      const last = rows.at(-1)!;
      rows.push({ ...last, report_date: '2026-08-23', report_period: 24, killed: 6, killed_truce_new: 6, killed_cum: 73_425, injured_cum: 174_370, injured: 6 });
      rows.push({ ...last, report_date: '2026-08-24', report_period: 24, killed: 5, killed_truce_new: 5, killed_cum: 73_430, injured_cum: 174_371, injured: 1 });
      const jan23 = rows.find((r) => r.report_date === '2024-01-23')!;
      jan23.killed_cum = 25_491;
    });
    const result = importReference([path], { dir: s.ref });
    expect(result.problems).toEqual([]);
    expect(result.report).toEqual(expect.arrayContaining([
      '  coverage: 2023-10-07 to 2026-08-22 → 2023-10-07 to 2026-08-24',
      '  gaza-moh-killed: 2 new dates, 2026-08-23 to 2026-08-24 (last: 73,430 on 2026-08-24)',
      '  gaza-moh-killed: corrected 2024-01-23: 25,490 → 25,491',
      '  gaza-moh-killed-period: 2 new dates, 2026-08-23 to 2026-08-24 (last: 5 on 2026-08-24)',
      'replaced data/reference/techforpalestine/casualties_daily.json',
    ]));
    expect(vendored(GAZA).equals(readFileSync(path))).toBe(true);
  });

  it('recognises a download by its shape when its name differs', () => {
    const csv = `${original(SOLDIERS).toString('utf8')}2024-10-04,350\n`;
    const result = importReference([download('soldiers (1).csv', csv)], { dir: s.ref });
    expect(result.report).toContain('  idf-soldiers-killed: 1 new date, 2024-10-04 (last: 350 on 2024-10-04)');
    expect(vendored(SOLDIERS).toString('utf8')).toBe(csv);
  });

  it('refuses a cumulative value that falls without a listed correction, naming row, date and field', () => {
    const path = gazaDownload((rows) => {
      rows.find((r) => r.report_date === '2024-01-24')!.killed_cum = 25_400;
    });
    expect(refused([path])).toEqual([
      `${path}: row 109 (2024-01-24): field "killed_cum": falls from 25,490 (2024-01-23) to 25,400 in series "gaza-moh-killed", and no correction in data/reference/series.json says so`,
    ]);
  });

  it('refuses dates out of order and a date given twice', () => {
    const path = gazaDownload((rows) => {
      [rows[200], rows[201]] = [rows[201]!, rows[200]!];
      rows[300]!.report_date = rows[299]!.report_date;
    });
    const problems = refused([path]);
    expect(problems).toContain(`${path}: row 201 (2024-04-24): field "date": out of order: comes after 2024-04-25 (row 200 (2024-04-25))`);
    expect(problems).toContain(`${path}: row 300 (2024-08-01): field "date": date given twice (also row 299 (2024-08-01)), and data/reference/series.json lists no duplicate for it`);
  });

  it('refuses an unknown source', () => {
    const path = gazaDownload((rows) => {
      rows[5]!.report_source = 'twitter';
    });
    expect(refused([path])).toEqual([
      `${path}: row 5 (2023-10-12): field "report_source": unknown source "twitter" (known: gmotel, missing, mohtel; a new one is added to data/reference/series.json after review)`,
    ]);
  });

  it('refuses a file that is not JSON', () => {
    const path = download('casualties_daily.json', original(GAZA).toString('utf8').slice(0, 5000));
    expect(refused([path])).toEqual([expect.stringMatching(new RegExp(`^${path}: not JSON: `))]);
  });

  it('refuses a row with a missing field or a wrong type', () => {
    const path = gazaDownload((rows) => {
      delete (rows[10] as Partial<GazaRow>).report_date;
      rows[11]!.killed_cum = '2,000';
    });
    expect(refused([path])).toEqual([
      `${path}: row 10: field "report_date": missing`,
      `${path}: row 11 (2023-10-18): field "killed_cum": expected number, got "2,000"`,
    ]);
  });

  it('refuses a bad CSV line, naming the row and its line', () => {
    const csv = original(SOLDIERS).toString('utf8').replace('2024-01-23,217', '2024-01-23,two hundred');
    const path = download('israel-killed.csv', csv);
    expect(refused([path])).toEqual([`${path}: row 97, line 99 (2024-01-23): field "killed_soldiers_gaza": expected a count (0 or more), got "two hundred"`]);
  });

  it('is all or nothing: one bad file keeps the good one out too', () => {
    const good = download('israel-killed.csv', `${original(SOLDIERS).toString('utf8')}2024-10-04,350\n`);
    const bad = gazaDownload((rows) => {
      rows[3]!.report_source = 'twitter';
    });
    expect(refused([good, bad])).toHaveLength(1);
  });

  it('refuses a file it cannot place and two downloads of the same dataset', () => {
    const other = download('notes.txt', 'hello');
    expect(refused([other])).toEqual([expect.stringContaining(`${other}: not a download of a vendored dataset`)]);
    const a = gazaDownload(() => undefined);
    const b = gazaDownload(() => undefined, 'gaza (2).json');
    expect(refused([a, b])).toEqual([expect.stringContaining('a second download of casualties_daily.json')]);
  });

  it('as the CLI: prints what changed, or the problems and exits with 1', () => {
    const run = (...args: string[]): { status: number; out: string; err: string } => {
      try {
        return { status: 0, out: execFileSync('npx', ['tsx', 'scripts/reference-import.ts', '--dir', s.ref, ...args], { cwd: ROOT, encoding: 'utf8', stdio: 'pipe' }), err: '' };
      } catch (e) {
        const err = e as { status: number; stdout: string; stderr: string };
        return { status: err.status, out: err.stdout, err: err.stderr };
      }
    };
    const bad = gazaDownload((rows) => {
      rows[108]!.killed_cum = 100;
    });
    const failed = run(bad);
    expect(failed.status).toBe(1);
    expect(failed.err).toContain('nothing was replaced');
    expect(failed.err).toContain('row 108 (2024-01-23): field "killed_cum": falls from 25,295 (2024-01-22) to 100');
    expect(vendored(GAZA).equals(original(GAZA))).toBe(true);
    const ok = run(join(REF, GAZA));
    expect(ok.status).toBe(0);
    expect(ok.out).toContain('the same bytes as the vendored copy');
  });
});
