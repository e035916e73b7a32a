import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../../src/base/dates';
import { loadSeries } from '../../../src/reference/format';
import { gapThreshold, layoutPlot, markDay, officialPlot, publishedBetween, RELEASE_GAP_FACTOR, withGaps, ZOOM_DAYS } from '../../../src/ui/common/official-timeline';
import { officialPlotInputs } from '../../../src/ui/common/official-plots';
import { alignment, article, figure, other } from './fixtures';
import { check, compiled, MOH, REFERENCE, STALE, TOLL } from './reference-fixtures';

const d = dayNumber;
const LABEL = 'Palestinians killed in Gaza since 7 October';

describe('gaps where no bulletin was published', () => {
  it('breaks a daily series at any day without a bulletin, and joins consecutive days', () => {
    expect(gapThreshold(MOH.days)).toBe(1);
    const pts = publishedBetween(MOH, d('2023-11-14'), d('2023-11-18'));
    // 14, 15, [16 missing], 17, 18.
    expect(withGaps(pts, 1).map((p) => p?.value ?? null)).toEqual([11_320, 11_500, null, 12_000, 12_300]);
    // One day apart is joined; two days apart (one day missing) is a gap.
    expect(withGaps([{ day: 10, value: 1 }, { day: 11, value: 2 }], 1)).not.toContain(null);
    expect(withGaps([{ day: 10, value: 1 }, { day: 12, value: 2 }], 1)).toContain(null);
  });

  it('breaks a release series only where releases are more than twice their usual spacing apart', () => {
    const weekly = Int32Array.from([0, 7, 14, 21, 28, 35, 49]);
    expect(gapThreshold(weekly)).toBe(RELEASE_GAP_FACTOR * 7);
    const pts = Array.from(weekly, (day, i) => ({ day, value: i }));
    expect(withGaps(pts, 14)).not.toContain(null);
    expect(withGaps([...pts, { day: 64, value: 9 }], 14)).toContain(null);
    expect(gapThreshold(Int32Array.from([5]))).toBe(1);
  });
});

describe('officialPlot', () => {
  const input = (over = {}) => ({ series: MOH, label: LABEL, pageDate: '2023-11-24', dateInferred: false, figures: [{ value: 13_000, text: '13,000', qualifier: null, reference: STALE }], reports: [], ...over });

  it('puts a stale figure at its bulletin\'s date, on the line, and a matching one at the page\'s date', () => {
    expect(markDay({ value: 13_000, text: '13,000', qualifier: null, reference: STALE }, d('2023-11-24'))).toBe(d('2023-11-19'));
    expect(markDay({ value: 25_490, text: '25,490', qualifier: null, reference: check() }, null)).toBe(d('2024-01-23'));
    expect(markDay({ value: 1, text: '1', qualifier: null }, d('2024-01-23'))).toBe(d('2024-01-23'));
    expect(markDay({ value: 1, text: '1', qualifier: null }, null)).toBeNull();
    const p = officialPlot(input());
    const mark = p.zoom!.marks.find((k) => k.kind === 'page')!;
    expect(p.zoom!.marks).toHaveLength(1);
    // The mark sits where the line passes on 19 Nov: left of the page's date rule.
    expect(mark.x).toBeLessThan(p.zoom!.pageX!);
    expect(p.zoom!.path).toMatch(/^M/);
  });

  it('zooms on ±30 days around the page\'s date and lists every day of it, a day without a bulletin as such', () => {
    const p = officialPlot(input());
    expect([p.zoom!.from, p.zoom!.to]).toEqual([d('2023-11-24') - ZOOM_DAYS, d('2023-11-24') + ZOOM_DAYS]);
    expect(p.rows).toHaveLength(2 * ZOOM_DAYS + 1);
    const row = (date: string) => p.rows.find((r) => r.date === date);
    expect(row('2023-11-23')?.value).toBe(14_800);
    expect(row('2023-11-24')?.value).toBeNull();
    expect(row('2023-11-19')?.notes).toEqual(['This page: 13,000 (the bulletin of 19 Nov 2023)']);
    // The window's line has a break in it: 16 Nov, 24–26 Nov, 29–30 Nov have no bulletin.
    expect((p.zoom!.path.match(/M/g) ?? []).length).toBeGreaterThan(1);
  });

  it('keeps the window inside the plot, the whole war from zero, with round ticks', () => {
    const p = officialPlot(input());
    for (const v of [p.full, p.zoom!]) {
      for (const t of [...v.xTicks.map((x) => x.at)]) expect(t).toBeGreaterThanOrEqual(v.plot.left - 1e-9);
      for (const t of v.yTicks) expect(t.at).toBeLessThanOrEqual(v.plot.bottom + 1e-9);
    }
    expect(p.full.yTicks[0]?.label).toBe('0');
    expect(p.full.yTicks.every((t) => Number(t.label.replace(/,/g, '')) % 10_000 === 0)).toBe(true);
    expect(p.full.xTicks.map((t) => t.label).join(' ')).toMatch(/2024|2025|2026/);
    expect(p.zoom!.xTicks.every((t) => /^\d+ [A-Z][a-z]{2}$/.test(t.label))).toBe(true);
  });

  it('has no window, no table and no page mark for an undated page, and says so in words', () => {
    const p = officialPlot(input({ pageDate: null, figures: [{ value: 13_000, text: '13,000', qualifier: null }] }));
    expect(p.zoom).toBeNull();
    expect(p.rows).toEqual([]);
    expect(p.full.marks).toEqual([]);
    expect(p.full.pageX).toBeNull();
  });

  it('describes the series, the page\'s date and the figures for a screen reader', () => {
    const p = officialPlot(input({ reports: [{ report: 'r1', publisher: 'ARN/Reuters', value: 14_800, date: '2023-11-24' }] }));
    expect(p.description).toBe('Gaza health ministry, Palestinians killed in Gaza since 7 October, as published from 7 Oct 2023 (232) to 22 Aug 2026 (73,419). '
      + "This page's date: 24 Nov 2023; the value in force then: 14,800, published 23 Nov 2023. "
      + 'This page: 13,000 (the bulletin of 19 Nov 2023), 19 Nov 2023. ARN/Reuters: 14,800, 24 Nov 2023.');
    expect(officialPlot(input({ dateInferred: true })).description).toContain("This page's date (inferred)");
    expect(p.source).toBe('Series: Gaza health ministry, from Tech for Palestine, casualties_daily.json (public domain).');
  });

  it('draws a lone published value between gaps as a dot', () => {
    const s = loadSeries(compiled({}, [['2024-01-01', 10], ['2024-01-05', 20], ['2024-01-09', 30], ['2024-01-10', 31]]));
    const v = layoutPlot(publishedBetween(s, d('2024-01-01'), d('2024-01-10')), [], d('2024-01-01'), d('2024-01-10'), 1, null, true);
    expect(v.dots).toHaveLength(2);
    // d3 leaves a lone point as a zero-length move in the path; only 9–10 Jan make a drawn segment.
    expect((v.path.match(/M[^M]*L/g) ?? []).length).toBe(1);
  });
});

describe('officialPlotInputs', () => {
  it('gives one plot per series a page figure is checked against, with the reports\' figures of its measure', () => {
    const inputs = officialPlotInputs({
      article: article({ date: null }), inferredDate: '2024-01-23',
      figures: [figure('25,490', 9, { reference: check({ dateInferred: true }) }), figure('63,000', 40, { measure: 'injured.palestinians.cumulative' }), figure('25,490', 90, { reference: check() })],
      alignments: [alignment({ others: [other()], agreeing: [other({ report: 'r9', value: 25_490 })] })],
    }, REFERENCE);
    expect(inputs).toHaveLength(1);
    expect(inputs[0]?.series.id).toBe('gaza-moh-killed');
    expect(inputs[0]?.figures).toHaveLength(2);
    expect(inputs[0]?.pageDate).toBe('2024-01-23');
    expect(inputs[0]?.dateInferred).toBe(true);
    expect(inputs[0]?.reports.map((r) => [r.publisher, r.value])).toEqual([['ARN/Reuters', 25_700], ['ARN/Reuters', 25_490]]);
    expect(officialPlotInputs({ article: article(), inferredDate: null, figures: [figure('25,490', 9)], alignments: [] }, null)).toEqual([]);
    // A figure without a check still finds the series of its measure (the report page's figures).
    expect(officialPlotInputs({ article: article(), inferredDate: null, figures: [figure('25,490', 9, { measure: TOLL })], alignments: [] }, REFERENCE)).toHaveLength(1);
  });
});

describe('the window around the page\'s date', () => {
  const input = (pageDate: string, reference = check({ pageDate, onDate: null, bulletin: null, days: null, verdict: 'outside' })) =>
    ({ series: MOH, label: LABEL, pageDate, dateInferred: false, figures: [{ value: 80_000, text: '80,000', qualifier: null, reference }], reports: [] });

  it('is not drawn when nothing was published in it and no figure falls in it', () => {
    // 2027-06-01: past the series' end (22 Aug 2026) by more than 30 days; the figure's mark is at the page's date, inside the window.
    const p = officialPlot({ ...input('2027-06-01'), figures: [] });
    expect(p.zoom).toBeNull();
    expect(p.rows).toEqual([]);
    expect(officialPlot(input('2027-06-01')).zoom).not.toBeNull();
  });

  it('centres on the date the figure was checked for (a live-blog update\'s own) over the page\'s', () => {
    const p = officialPlot({ ...input('2024-01-23', check()), pageDate: '2024-01-20' });
    expect(p.zoom?.from).toBe(d('2024-01-23') - ZOOM_DAYS);
  });
});
