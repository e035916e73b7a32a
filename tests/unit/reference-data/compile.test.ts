import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compileReferenceFromDir, readSeriesSpec } from '../../../src/build/reference/compile-reference';
import { compileDataset } from '../../../src/build/reference/compile-dataset';
import { loadReference, pointsOf, type ReferenceSeries } from '../../../src/reference/format';
import { gazaRows, REF, scratch } from './support';

const compiled = compileReferenceFromDir();
const ref = loadReference(compiled);
const series = (id: string): ReferenceSeries => {
  const s = ref.byId(id);
  if (!s) throw new Error(`no series ${id}`);
  return s;
};
const on = (id: string, date: string): { value: number; period: number | null } | undefined => {
  const s = series(id);
  const i = pointsOf(s).findIndex((p) => p.date === date);
  return i < 0 ? undefined : { value: s.values[i]!, period: s.periods?.[i] ?? null };
};

describe('the compiled reference', () => {
  it('has the 14 series, in series.json order, with their publishers, counters and licences', () => {
    expect(compiled.version).toBe(1);
    expect(compiled.series.map((s) => s.id)).toEqual([
      'gaza-moh-killed', 'gaza-moh-injured', 'gaza-moh-killed-period', 'gaza-moh-injured-period',
      'gaza-children-killed', 'gaza-women-killed', 'gaza-medics-killed', 'gaza-journalists-killed', 'gaza-civildefence-killed',
      'gaza-aidseekers-killed', 'gaza-starvation-deaths', 'gaza-starvation-children', 'westbank-ocha-killed', 'idf-soldiers-killed',
    ]);
    expect(series('gaza-moh-killed')).toMatchObject({ measure: 'killed.palestinians.cumulative', kind: 'cumulative', publisher: 'Gaza health ministry', counters: ['gaza-authorities', 'hamas'], licence: 'public domain', credit: null, coverage: ['2023-10-07', '2026-08-22'] });
    expect(series('gaza-moh-killed').dataset).toContain('casualties_daily.json');
    expect(series('gaza-children-killed')).toMatchObject({ kind: 'release', publisher: 'Gaza government media office' });
    expect(series('westbank-ocha-killed')).toMatchObject({ publisher: 'UN humanitarian office (OCHA)', counters: ['un'] });
    expect(series('idf-soldiers-killed')).toMatchObject({ measure: 'killed.soldiers.cumulative', publisher: 'Israeli military (via OCHA)', counters: ['israel'], licence: 'CC BY 4.0', credit: '360info', coverage: ['2023-10-10', '2024-09-27'] });
    expect(series('gaza-moh-killed-period').periods).not.toBeNull();
    expect(series('gaza-moh-killed').periods).toBeNull();
  });

  it('gives the ministry bulletins the issue checked by hand', () => {
    expect(on('gaza-moh-killed', '2023-11-19')?.value).toBe(13_000);
    expect(on('gaza-moh-killed', '2023-11-24')?.value).toBe(14_800);
    expect(on('gaza-moh-killed', '2024-01-22')?.value).toBe(25_295);
    expect(on('gaza-moh-killed', '2024-01-23')?.value).toBe(25_490);
    expect(on('gaza-moh-killed', '2024-01-24')?.value).toBe(25_700);
    expect(on('gaza-moh-killed-period', '2024-01-23')).toEqual({ value: 195, period: 24 });
    expect(on('gaza-moh-killed-period', '2024-01-24')).toEqual({ value: 210, period: 24 });
    expect(on('idf-soldiers-killed', '2024-01-23')?.value).toBe(217);
  });

  it("does not count a bulletin's retroactive additions as its period's deaths", () => {
    // 2025-01-11: killed 531 over 48 hours, 499 of them added by the judicial committee; killed_truce_new 32.
    expect(on('gaza-moh-killed-period', '2025-01-11')).toEqual({ value: 32, period: 48 });
    // Without killed_truce_new, recovered bodies and deaths of earlier wounds are taken out of killed.
    const row = gazaRows().find((r) => r.killed_truce_new === undefined && typeof r.killed_recovered === 'number' && r.report_period === 24);
    expect(row).toBeDefined();
    expect(on('gaza-moh-killed-period', row!.report_date)?.value).toBe(Number(row!.killed) - Number(row!.killed_recovered) - Number(row!.killed_committee ?? 0) - Number(row!.killed_succumbed ?? 0));
    // Where both are given, that is exactly what killed_truce_new says.
    for (const r of gazaRows().filter((x) => typeof x.killed_truce_new === 'number' && typeof x.killed === 'number')) {
      expect(Number(r.killed) - Number(r.killed_committee ?? 0) - Number(r.killed_recovered ?? 0) - Number(r.killed_succumbed ?? 0), r.report_date).toBe(r.killed_truce_new);
    }
  });

  it('has one period value per bulletin, none on days without one', () => {
    const rows = gazaRows();
    const bulletins = rows.filter((r) => r.report_source !== 'missing' && Number(r.report_period) > 0 && typeof r.killed === 'number');
    expect(pointsOf(series('gaza-moh-killed-period')).map((p) => p.date)).toEqual(bulletins.map((r) => r.report_date));
    expect(new Set(series('gaza-moh-killed-period').periods)).toEqual(new Set([24, 48, 72, 96]));
  });

  it('never presents an ext_ value as published: a series has a value only where its own field is', () => {
    const rows = gazaRows();
    for (const s of readSeriesSpec().series.filter((x) => x.dataset === 'tfp-gaza' && x.kind !== 'period')) {
      const withField = rows.filter((r) => typeof r[s.field] === 'number');
      const points = pointsOf(series(s.id));
      expect(points.map((p) => p.date), s.id).toEqual(withField.map((r) => r.report_date));
      expect(points.map((p) => p.value), s.id).toEqual(withField.map((r) => r[s.field]));
      // Every row carries the ext_ form; the days without the real field get no value at all.
      expect(rows.length - withField.length, s.id).toBeGreaterThan(0);
    }
    expect(pointsOf(series('gaza-children-killed'))).toHaveLength(133);
  });

  it('takes the West Bank toll only from the rows an OCHA flash update reported', () => {
    const rows = JSON.parse(readFileSync(join(REF, 'techforpalestine', 'west_bank_daily.json'), 'utf8')) as { report_date: string; flash_source: string; killed_cum: number }[];
    const un = rows.filter((r) => r.flash_source === 'un');
    expect(pointsOf(series('westbank-ocha-killed')).map((p) => [p.date, p.value])).toEqual(un.map((r) => [r.report_date, r.killed_cum]));
  });

  it('keeps the later row of a date the soldiers file gives twice, and compiles the listed falls as published', () => {
    expect(on('idf-soldiers-killed', '2023-12-14')?.value).toBe(116);
    expect(on('idf-soldiers-killed', '2023-12-10')?.value).toBe(98);
    expect(on('gaza-women-killed', '2023-10-21')?.value).toBe(967);
    expect(on('gaza-starvation-deaths', '2025-07-22')?.value).toBe(101);
  });

  it('every correction series.json lists is a fall the data has (the list stays honest)', () => {
    const spec = readSeriesSpec();
    for (const c of spec.corrections) {
      const pts = pointsOf(series(c.series));
      const i = pts.findIndex((p) => p.date === c.date);
      expect(i, `${c.series} ${c.date}`).toBeGreaterThan(0);
      expect([pts[i - 1]!.value, pts[i]!.value], `${c.series} ${c.date}`).toEqual([c.from, c.to]);
    }
    // The ministry's own toll never falls in this copy: no correction is needed for it.
    expect(spec.corrections.filter((c) => c.series === 'gaza-moh-killed')).toEqual([]);
  });

  it('is small: measured gzip size of the bundled JSON well under the 60 KB the background may grow by', () => {
    const json = JSON.stringify(compiled);
    const gzip = gzipSync(json).length;
    console.log(`compiled reference: ${compiled.series.length} series, ${json.length} bytes of JSON, ${gzip} bytes gzip`);
    expect(gzip).toBeLessThan(60 * 1024);
  });

  it('is the same every time (the build, the CLI and the tests agree)', () => {
    expect(JSON.stringify(compileReferenceFromDir())).toBe(JSON.stringify(compiled));
  });

  it('fails the compile on a bad row, naming the file, row, date and field', () => {
    const s = scratch();
    try {
      const rows = gazaRows();
      rows[108]!.report_source = 'rumour';
      writeFileSync(join(s.ref, 'techforpalestine', 'casualties_daily.json'), JSON.stringify(rows));
      expect(() => compileReferenceFromDir(s.ref)).toThrow(/data\/reference\/techforpalestine\/casualties_daily\.json: row 108 \(2024-01-23\): field "report_source": unknown source "rumour"/);
    } finally {
      s.done();
    }
  });

  it('refuses a period count that comes out negative', () => {
    const spec = readSeriesSpec();
    const rows = gazaRows();
    rows[108]!.killed_recovered = 500;
    const result = compileDataset(spec, 'tfp-gaza', JSON.stringify(rows), 'x.json');
    expect(result.problems.map((p) => `${p.entry}: ${p.field}: ${p.message}`)).toEqual([
      'row 108 (2024-01-23): killed: series "gaza-moh-killed-period": -305 after taking out killed_committee, killed_recovered, killed_succumbed: a count cannot be negative',
    ]);
    expect(result.series).toEqual([]);
  });
});
