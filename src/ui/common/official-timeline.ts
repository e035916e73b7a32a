/**
 * The official series as a plot, as data: the published values as a line over the whole war and in
 * a window of ±30 days around the page's date, broken where no bulletin was published; the page's
 * figure and the corpus reports' figures as marks; axes; and the same as a table and a sentence a
 * screen reader reads. Pure, so the maths is tested without a DOM.
 *
 * d3-scale gives the axes round ticks ("20,000", "Jan 2024") and d3-shape the broken line
 * (`line().defined()`); README says why they beat hand-written maths here.
 */
import { scaleLinear, scaleUtc } from 'd3-scale';
import { line } from 'd3-shape';
import type { ReferenceCheck, ReferenceSeries } from '../../reference/format';
import { dateOfDay, dayNumber } from '../../base/dates';
import { formatDate, formatMonth, formatNumber, sentenceCase } from '../../wording/format';
import { figureWords, shortDate } from './reference-view';
import { say } from '../../wording/messages';

/** Days either side of the page's date in the zoomed plot. */
export const ZOOM_DAYS = 30;
/** The whole war's plot and the zoomed one, in SVG units: the popup is 380 pixels wide. */
export const PLOT_WIDTH = 340;
export const PLOT_HEIGHT = 120;
/** Room for "70,000" at the left and a date below. */
export const PLOT_MARGINS = Object.freeze({ top: 8, right: 12, bottom: 22, left: 52 });
/**
 * Releases more than this many times their usual spacing apart leave a gap: breakdowns come weekly,
 * then every two weeks, then monthly (PROVENANCE.md), so a change of rhythm is not a gap, a missing
 * release is.
 */
export const RELEASE_GAP_FACTOR = 2;

const DAY_MS = 86_400_000;

/** A published value. */
export interface PlotPoint {
  day: number;
  value: number;
}

/**
 * The most days two consecutive published values may be apart and still be joined by the line. A
 * series published every day (the median spacing is one day) is broken by any day without a
 * bulletin: the ministry's daily bulletin did not come out, and the chart shows it. A series
 * published now and then (breakdowns, OCHA's irregular updates) is broken where two releases are
 * more than {@link RELEASE_GAP_FACTOR} times its median spacing apart.
 */
export function gapThreshold(days: ArrayLike<number>): number {
  const spacings: number[] = [];
  for (let i = 1; i < days.length; i++) spacings.push(days[i]! - days[i - 1]!);
  if (spacings.length === 0) return 1;
  spacings.sort((a, b) => a - b);
  const median = spacings[Math.floor((spacings.length - 1) / 2)]!;
  return median <= 1 ? 1 : RELEASE_GAP_FACTOR * median;
}

/** The points with a null between two that are more than `threshold` days apart: d3's line breaks there. */
export function withGaps(points: readonly PlotPoint[], threshold: number): (PlotPoint | null)[] {
  const out: (PlotPoint | null)[] = [];
  points.forEach((p, i) => {
    const prev = points[i - 1];
    if (prev && p.day - prev.day > threshold) out.push(null);
    out.push(p);
  });
  return out;
}

/** The published points of `s` between two days (inclusive). */
export function publishedBetween(s: Pick<ReferenceSeries, 'days' | 'values'>, from: number, to: number): PlotPoint[] {
  const out: PlotPoint[] = [];
  for (let i = 0; i < s.days.length; i++) {
    const day = s.days[i]!;
    if (day >= from && day <= to) out.push({ day, value: s.values[i]! });
  }
  return out;
}

/** A page or report figure on the plot. */
export interface Mark {
  kind: 'page' | 'report';
  day: number;
  value: number;
  /** "This page: 13,000 (the bulletin of 19 Nov 2023)", "ARN/Reuters: 25,700". */
  title: string;
  /** The report's id, for a link; null for the page. */
  report: string | null;
}

/** An axis label and where it goes. */
export interface Tick {
  at: number;
  label: string;
}

/** One drawn plot: the line's path, the marks placed, the axes, and the page's date as a rule. */
export interface PlotView {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  from: number;
  to: number;
  /** The SVG path of the published values, broken at gaps ("" when nothing was published). */
  path: string;
  /** Single published values between two gaps: a path draws them as nothing, so they are dots. */
  dots: { x: number; y: number }[];
  marks: (Mark & { x: number; y: number })[];
  xTicks: Tick[];
  yTicks: Tick[];
  /** x of the page's date, or null when it is not in the plot. */
  pageX: number | null;
}

/** Lays out published points and marks between two days in a `width` × `height` box. */
export function layoutPlot(points: readonly PlotPoint[], marks: readonly Mark[], from: number, to: number, threshold: number, pageDay: number | null, zoomed: boolean, width = PLOT_WIDTH, height = PLOT_HEIGHT): PlotView {
  const m = PLOT_MARGINS;
  const plot = { left: m.left, right: width - m.right, top: m.top, bottom: height - m.bottom };
  const inside = marks.filter((k) => k.day >= from && k.day <= to);
  const values = [...points.map((p) => p.value), ...inside.map((k) => k.value)];
  const hi = values.length ? Math.max(...values) : 1;
  const lo = values.length ? Math.min(...values) : 0;
  // The whole war starts at zero, as a running total does; the window shows its own stretch of it.
  const y = scaleLinear().domain(zoomed ? [lo === hi ? lo - 1 : lo, hi === lo ? hi + 1 : hi] : [0, Math.max(1, hi)]).range([plot.bottom, plot.top]).nice(4);
  const x = scaleUtc().domain([new Date(from * DAY_MS), new Date(Math.max(to, from + 1) * DAY_MS)]).range([plot.left, plot.right]);
  const xOf = (day: number): number => x(new Date(day * DAY_MS));
  const gapped = withGaps(points, threshold);
  const path = line<PlotPoint | null>().defined((p) => p !== null).x((p) => xOf(p!.day)).y((p) => y(p!.value))(gapped) ?? '';
  const dots = gapped
    .map((p, i) => (p && !gapped[i - 1] && !gapped[i + 1] ? { x: xOf(p.day), y: y(p.value) } : null))
    .filter((d): d is { x: number; y: number } => d !== null);
  const xTicks = x.ticks(zoomed ? 4 : 3).map((d) => {
    const iso = d.toISOString().slice(0, 10);
    return { at: x(d), label: zoomed ? shortDate(iso) : formatMonth(iso) };
  });
  const yTicks = y.ticks(4).map((v) => ({ at: y(v), label: formatNumber(v) }));
  return {
    width, height, plot, from, to, path, dots,
    marks: inside.map((k) => ({ ...k, x: xOf(k.day), y: y(k.value) })),
    xTicks, yTicks,
    pageX: pageDay !== null && pageDay >= from && pageDay <= to ? xOf(pageDay) : null,
  };
}

/** A page figure of the series' measure, with its check where it has one. */
export interface PlotFigure {
  value: number;
  text: string;
  qualifier: string | null;
  reference?: ReferenceCheck;
}

/** A corpus report's figure of the measure. */
export interface PlotReport {
  report: string;
  /** Short publisher ("ARN/Reuters"). */
  publisher: string;
  value: number;
  date: string | null;
}

/** What one plot is drawn from. */
export interface OfficialPlotInput {
  series: ReferenceSeries;
  /** The measure's label ("Palestinians killed in Gaza since 7 October"). */
  label: string;
  /** The page's date (its own, or the one inferred from its toll), or null. */
  pageDate: string | null;
  dateInferred: boolean;
  figures: readonly PlotFigure[];
  reports: readonly PlotReport[];
  /** What the marks call the figure's own text: "This page" (the popup) or "This report" (the report page). */
  self?: string;
}

/** One row of the plot's table: a day of the window. */
export interface PlotRow {
  date: string;
  /** The published value, or null: no bulletin that day. */
  value: number | null;
  /** The page's and the reports' figures on that day. */
  notes: string[];
}

/** Everything the component draws for one series. */
export interface OfficialPlot {
  id: string;
  measure: string;
  title: string;
  publisher: string;
  /** "Series: …, from … (licence)." and the credit, if any. */
  source: string;
  credit: string | null;
  full: PlotView;
  zoom: PlotView | null;
  rows: PlotRow[];
  /** The plot in one paragraph, for screen readers. */
  description: string;
}

/** Where a page figure goes: at its bulletin's date when stale (where its value sits on the line), else at the page's date. */
export function markDay(f: PlotFigure, pageDay: number | null): number | null {
  const c = f.reference;
  if (c?.verdict === 'stale' && c.bulletin) return dayNumber(c.bulletin);
  const d = c?.pageDate ? dayNumber(c.pageDate) : pageDay;
  return d !== null && d >= 0 ? d : null;
}

function pageMarks(input: OfficialPlotInput, pageDay: number | null): Mark[] {
  const out: Mark[] = [];
  for (const f of input.figures) {
    const day = markDay(f, pageDay);
    if (day === null || !Number.isFinite(f.value)) continue;
    const who = input.self ?? say('plot_this_page');
    const title = f.reference?.bulletin
      ? say('plot_mark_bulletin', { who, figure: figureWords(f), date: formatDate(f.reference.bulletin) })
      : say('plot_mark', { who, figure: figureWords(f) });
    out.push({ kind: 'page', day, value: f.value, title, report: null });
  }
  return out;
}

function reportMarks(input: OfficialPlotInput): Mark[] {
  const seen = new Set<string>();
  const out: Mark[] = [];
  for (const r of input.reports) {
    const day = dayNumber(r.date);
    const key = `${r.report}|${r.value}`;
    if (day < 0 || seen.has(key) || !Number.isFinite(r.value)) continue;
    seen.add(key);
    out.push({ kind: 'report', day, value: r.value, title: say('plot_mark', { who: r.publisher, figure: formatNumber(r.value) }), report: r.report });
  }
  return out;
}

/** The plot of one series for one page: the whole war, the window around the page's date, the table and the description. */
export function officialPlot(input: OfficialPlotInput, width = PLOT_WIDTH, height = PLOT_HEIGHT): OfficialPlot {
  const s = input.series;
  // The date the figures were checked for (a live-blog update's own) before the page's.
  const pageDayRaw = dayNumber(input.figures.find((f) => f.reference?.pageDate)?.reference?.pageDate ?? input.pageDate);
  const pageDay = pageDayRaw >= 0 ? pageDayRaw : null;
  const marks = [...pageMarks(input, pageDay), ...reportMarks(input)];
  const threshold = gapThreshold(s.days);
  const markDays = marks.map((k) => k.day);
  const from = Math.min(s.first, ...markDays);
  const to = Math.max(s.last, ...markDays);
  const full = layoutPlot(publishedBetween(s, from, to), marks, from, to, threshold, pageDay, false, width, height);
  let zoom: PlotView | null = null;
  const rows: PlotRow[] = [];
  if (pageDay !== null) {
    const zf = pageDay - ZOOM_DAYS;
    const zt = pageDay + ZOOM_DAYS;
    const pts = publishedBetween(s, zf, zt);
    // A window with nothing published and no figure in it (a date outside the series) is not drawn.
    if (pts.length > 0 || marks.some((k) => k.day >= zf && k.day <= zt)) zoom = layoutPlot(pts, marks, zf, zt, threshold, pageDay, true, width, height);
    // Every day of the window the series covers: a day with no bulletin says so.
    const byDay = new Map(pts.map((p) => [p.day, p.value]));
    for (let d = Math.max(zf, s.first); zoom && d <= Math.min(zt, s.last); d++) {
      const notes = marks.filter((k) => k.day === d).map((k) => k.title);
      rows.push({ date: dateOfDay(d), value: byDay.get(d) ?? null, notes });
    }
  }
  const title = say('plot_title', { measure: sentenceCase(input.label), publisher: s.publisher });
  const source = say('ref.source', { publisher: s.publisher, dataset: s.dataset, licence: s.licence });
  return { id: s.id, measure: s.measure, title, publisher: s.publisher, source, credit: s.credit, full, zoom, rows, description: describe(input, marks, pageDay) };
}

function describe(input: OfficialPlotInput, marks: readonly Mark[], pageDay: number | null): string {
  const s = input.series;
  const n = s.days.length;
  const parts = [n > 0
    ? say('plot_describe', {
      publisher: s.publisher, measure: input.label,
      from: formatDate(dateOfDay(s.days[0]!)), first: formatNumber(s.values[0]!),
      to: formatDate(dateOfDay(s.days[n - 1]!)), last: formatNumber(s.values[n - 1]!),
    })
    : say('plot_describe_empty', { publisher: s.publisher, measure: input.label })];
  if (pageDay !== null) {
    const inForce = publishedBetween(s, -Infinity, pageDay).pop();
    const date = formatDate(dateOfDay(pageDay));
    const key = input.dateInferred ? (inForce ? 'plot_describe_inferred_in_force' : 'plot_describe_inferred') : inForce ? 'plot_describe_date_in_force' : 'plot_describe_date';
    parts.push(say(key, inForce ? { date, value: formatNumber(inForce.value), published: formatDate(dateOfDay(inForce.day)) } : { date }));
  }
  for (const k of marks) parts.push(say('plot_describe_mark', { title: k.title, date: formatDate(dateOfDay(k.day)) }));
  return parts.join(' ');
}
