/**
 * The popup's timeline plot as data: which measures have two or more dated values, and where each
 * value goes in the SVG. Pure, so the scaling is tested (and property-tested) without a DOM.
 */
import { measureLabel } from '../../wording/labels';
import { dayNumber, isoDay } from '../../base/dates';
import type { Alignment } from '../../types';
import { formatDate, formatNumber, sentenceCase, shortPublisher } from '../../wording/format';
import { say } from '../../wording/messages';

/** One dated value of a measure. */
export interface TimelinePoint {
  /** YYYY-MM-DD. */
  date: string;
  value: number;
  /** "This page" or the report's short publisher. */
  who: string;
  isPage: boolean;
  /** The report's id, or null for the page. */
  reportId: string | null;
  /** What the point's <title> says: "25,700 · ARN/Reuters · 24 Jan 2024". */
  title: string;
}

/** The dated values of one measure, oldest first. */
export interface TimelineSeries {
  measure: string;
  label: string;
  points: TimelinePoint[];
}

/**
 * Series, most telling first ({@link rankSeries}), for every measure that has at least `minPoints` dated values across the page and the
 * reports. A page figure without its own date takes the article's date. The same value from the
 * same source on the same day counts once (a report that repeats its figure is not two points).
 */
export function timelineSeries(alignments: readonly Alignment[], articleDate: string | null, minPoints = 2): TimelineSeries[] {
  const byMeasure = new Map<string, { label: string; points: Map<string, TimelinePoint> }>();
  const add = (measure: string, label: string, p: Omit<TimelinePoint, 'title'>): void => {
    const entry = byMeasure.get(measure) ?? { label, points: new Map() };
    byMeasure.set(measure, entry);
    const id = `${p.reportId ?? 'page'}|${p.date}|${p.value}`;
    if (!entry.points.has(id)) entry.points.set(id, { ...p, title: `${formatNumber(p.value)} · ${p.who} · ${formatDate(p.date)}` });
  };
  for (const a of alignments) {
    const pageDay = isoDay(a.page.date) ?? isoDay(articleDate);
    if (pageDay && Number.isFinite(a.page.value)) {
      add(a.measure, measureLabel(a.measure, a.label), { date: pageDay, value: a.page.value, who: say('plot_this_page'), isPage: true, reportId: null });
    }
    for (const o of a.others) {
      const day = isoDay(o.date);
      if (day && Number.isFinite(o.value)) {
        add(a.measure, measureLabel(a.measure, a.label), { date: day, value: o.value, who: shortPublisher(o.publisher), isPage: false, reportId: o.report });
      }
    }
  }
  const out: TimelineSeries[] = [];
  for (const [measure, { label, points }] of byMeasure) {
    if (points.size < minPoints) continue;
    const sorted = [...points.values()].sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0) || x.value - y.value || Number(y.isPage) - Number(x.isPage));
    out.push({ measure, label: sentenceCase(label), points: sorted });
  }
  return rankSeries(out);
}

/**
 * Most telling first: a measure whose values differ (a growing toll) before one that is flat (a
 * 30-day truce every report agrees on), then the one with more points; otherwise input order.
 */
export function rankSeries(series: readonly TimelineSeries[]): TimelineSeries[] {
  const varies = (s: TimelineSeries): number => (new Set(s.points.map((p) => p.value)).size > 1 ? 1 : 0);
  return series
    .map((s, i) => ({ s, i }))
    .sort((a, b) => varies(b.s) - varies(a.s) || b.s.points.length - a.s.points.length || a.i - b.i)
    .map(({ s }) => s);
}

/** Room around the plot for the axis labels, in SVG units. */
export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** A point placed in the SVG. */
export interface PlacedPoint {
  x: number;
  y: number;
  point: TimelinePoint;
}

/** An axis label and where it goes. */
export interface Tick {
  at: number;
  label: string;
}

/** Everything the Timeline component draws. */
export interface TimelineLayout {
  width: number;
  height: number;
  /** The plotting area inside the margins. */
  plot: { left: number; right: number; top: number; bottom: number };
  points: PlacedPoint[];
  xTicks: Tick[];
  yTicks: Tick[];
}

/** Defaults sized for the 380-pixel popup; the y labels need room for "1,900,000". */
export const DEFAULT_MARGINS: Readonly<Margins> = Object.freeze({ top: 10, right: 14, bottom: 26, left: 64 });

/** Space between the axes and the nearest point, so a point never sits on an axis line. */
export const INSET = 8;

/** [lo, hi] widened when empty, so one value (or one day) sits in the middle instead of dividing by zero. */
function domain(values: number[], pad: (v: number) => number): [number, number] {
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  if (hi > lo) return [lo, hi];
  const p = pad(lo);
  return [lo - p, hi + p];
}

/**
 * Places a series in a `width` × `height` box: dates along x (linear in days), values along y
 * (larger values higher), kept {@link INSET} units off the axes. Ticks are the first and last date and the smallest and largest value:
 * with a handful of points, more ticks would only crowd a popup.
 */
export function layoutTimeline(series: TimelineSeries, width = 340, height = 132, margins: Margins = DEFAULT_MARGINS): TimelineLayout {
  const plot = { left: margins.left, right: width - margins.right, top: margins.top, bottom: height - margins.bottom };
  const pts = series.points;
  if (pts.length === 0) return { width, height, plot, points: [], xTicks: [], yTicks: [] };
  const days = pts.map((p) => dayNumber(p.date));
  const values = pts.map((p) => p.value);
  const [d0, d1] = domain(days, () => 1);
  const [v0, v1] = domain(values, (v) => Math.max(1, Math.abs(v) * 0.05));
  const inset = Math.min(INSET, (plot.right - plot.left) / 4, (plot.bottom - plot.top) / 4);
  const x = (d: number): number => plot.left + inset + ((d - d0) / (d1 - d0)) * (plot.right - plot.left - 2 * inset);
  const y = (v: number): number => plot.bottom - inset - ((v - v0) / (v1 - v0)) * (plot.bottom - plot.top - 2 * inset);
  const points = pts.map((point, i) => ({ x: x(days[i] ?? d0), y: y(point.value), point }));

  const first = pts[0]!;
  const last = pts[pts.length - 1]!;
  const xTicks: Tick[] = first.date === last.date
    ? [{ at: x(dayNumber(first.date)), label: formatDate(first.date) }]
    : [{ at: x(dayNumber(first.date)), label: formatDate(first.date) }, { at: x(dayNumber(last.date)), label: formatDate(last.date) }];
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const yTicks: Tick[] = lo === hi
    ? [{ at: y(lo), label: formatNumber(lo) }]
    : [{ at: y(lo), label: formatNumber(lo) }, { at: y(hi), label: formatNumber(hi) }];
  return { width, height, plot, points, xTicks, yTicks };
}

/** What a screen reader hears for the plot: every point, in date order. */
export function timelineDescription(series: TimelineSeries): string {
  const parts = series.points.map((p) => say('plot_over_time_point', { value: formatNumber(p.value), date: formatDate(p.date), who: p.who }));
  return say('plot_over_time', { measure: series.label, points: parts.join('; ') });
}
