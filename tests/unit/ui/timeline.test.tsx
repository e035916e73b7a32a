import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../../src/base/dates';
import { layoutTimeline, rankSeries, timelineDescription, timelineSeries, type TimelineSeries } from '../../../src/ui/common/timeline';
import { alignment, other } from './fixtures';

describe('timelineSeries', () => {
  it('gives the page value and each report value of a measure, oldest first', () => {
    const [s] = timelineSeries([alignment({ others: [other({ date: '2024-01-26', value: 26_000, text: '26,000' }), other()] })], null);
    expect(s?.measure).toBe('killed.palestinians.cumulative');
    expect(s?.points.map((p) => [p.date, p.value, p.who])).toEqual([
      ['2024-01-23', 25_490, 'This page'],
      ['2024-01-24', 25_700, 'ARN/Reuters'],
      ['2024-01-26', 26_000, 'ARN/Reuters'],
    ]);
    expect(s?.points[0]?.title).toBe('25,490 · This page · 23 Jan 2024');
  });

  it('uses the article date when the page figure has none, and skips undated values', () => {
    const a = alignment({ page: { ...alignment().page, date: null }, others: [other({ date: null }), other({ date: '2024-02-01' })] });
    expect(timelineSeries([a], '2024-01-20')[0]?.points.map((p) => p.date)).toEqual(['2024-01-20', '2024-02-01']);
    expect(timelineSeries([a], null)).toEqual([]);
  });

  it('needs two dated values, and counts a repeated value from one source once', () => {
    expect(timelineSeries([alignment({ others: [] })], null)).toEqual([]);
    const twice = alignment({ page: { ...alignment().page, date: null }, others: [other(), other()] });
    expect(timelineSeries([twice], null)).toEqual([]);
  });

  it('merges alignments of the same measure and keeps measures apart', () => {
    const series = timelineSeries([alignment(), alignment({ page: { ...alignment().page, start: 400 } }), alignment({ measure: 'injured.palestinians.cumulative', label: 'Palestinians injured in Gaza since 7 October' })], null);
    expect(series.map((s) => [s.measure, s.points.length])).toEqual([['killed.palestinians.cumulative', 2], ['injured.palestinians.cumulative', 2]]);
    const flatFirst = timelineSeries([alignment({ measure: 'ceasefire.days', label: 'length of the ceasefire under discussion (days)', page: { ...alignment().page, value: 30 }, others: [other({ value: 30 })] }), alignment()], null);
    expect(flatFirst.map((s) => s.measure)).toEqual(['killed.palestinians.cumulative', 'ceasefire.days']);
    expect(timelineDescription(series[0]!)).toBe('Palestinians killed in Gaza since 7 October over time: 25,490 on 23 Jan 2024 (This page); 25,700 on 24 Jan 2024 (ARN/Reuters).');
  });
});

const series = (pts: Array<[string, number]>): TimelineSeries => ({
  measure: 'killed',
  label: 'Death toll',
  points: pts.map(([date, value], i) => ({ date, value, who: `r${i}`, isPage: i === 0, reportId: null, title: '' })),
});

describe('rankSeries', () => {
  it('puts varying series first, then longer ones, else keeps order', () => {
    const mk = (measure: string, values: number[]): TimelineSeries => ({ measure, label: measure, points: values.map((value) => ({ date: '2024-01-01', value, who: '', isPage: false, reportId: null, title: '' })) });
    expect(rankSeries([mk('flat', [1, 1, 1]), mk('a', [1, 2]), mk('b', [1, 2, 3]), mk('flat2', [5, 5])]).map((s) => s.measure)).toEqual(['b', 'a', 'flat', 'flat2']);
  });
});

describe('layoutTimeline', () => {
  it('puts the earliest date left, the latest right, larger values higher', () => {
    const l = layoutTimeline(series([['2024-01-01', 100], ['2024-01-11', 300], ['2024-01-21', 200]]), 300, 100, { top: 10, right: 10, bottom: 20, left: 40 });
    // Plot 40..290 × 10..80, points kept 8 units inside it.
    expect(l.points.map((p) => Math.round(p.x))).toEqual([48, 165, 282]);
    expect(l.points.map((p) => Math.round(p.y))).toEqual([72, 18, 45]);
    expect(l.xTicks.map((t) => t.label)).toEqual(['1 Jan 2024', '21 Jan 2024']);
    expect(l.yTicks.map((t) => t.label)).toEqual(['100', '300']);
  });

  it('centres one day and one value instead of dividing by zero', () => {
    const l = layoutTimeline(series([['2024-01-24', 25_490], ['2024-01-24', 25_490]]), 300, 100, { top: 10, right: 10, bottom: 20, left: 40 });
    for (const p of l.points) {
      expect(p.x).toBeCloseTo(165);
      expect(p.y).toBeCloseTo(45);
    }
    expect(l.xTicks).toHaveLength(1);
    expect(l.yTicks).toHaveLength(1);
  });

  it('draws nothing for an empty series', () => {
    expect(layoutTimeline(series([])).points).toEqual([]);
  });

  it('keeps every point inside the plot and in date order (property)', () => {
    const day = fc.integer({ min: 19_000, max: 20_500 }).map((d) => new Date(d * 86_400_000).toISOString().slice(0, 10));
    const pts = fc.array(fc.tuple(day, fc.integer({ min: -1_000_000, max: 2_000_000 })), { minLength: 1, maxLength: 12 })
      .map((a) => [...a].sort((x, y) => x[0].localeCompare(y[0])));
    fc.assert(
      fc.property(pts, (p) => {
        const l = layoutTimeline(series(p));
        for (const q of l.points) {
          expect(Number.isFinite(q.x) && Number.isFinite(q.y)).toBe(true);
          expect(q.x).toBeGreaterThanOrEqual(l.plot.left - 1e-9);
          expect(q.x).toBeLessThanOrEqual(l.plot.right + 1e-9);
          expect(q.y).toBeGreaterThanOrEqual(l.plot.top - 1e-9);
          expect(q.y).toBeLessThanOrEqual(l.plot.bottom + 1e-9);
        }
        for (let i = 1; i < l.points.length; i++) {
          const a = l.points[i - 1]!;
          const b = l.points[i]!;
          expect(b.x).toBeGreaterThanOrEqual(a.x);
          if (a.point.value < b.point.value) expect(b.y).toBeLessThan(a.y);
          if (dayNumber(a.point.date) < dayNumber(b.point.date)) expect(b.x).toBeGreaterThan(a.x);
        }
      }),
      { numRuns: 300 },
    );
  });
});
