/**
 * The official day-by-day series as the extension bundles them, and what a figure's check against
 * them says. src/build/reference/ compiles the vendored datasets (data/reference/) into
 * {@link CompiledReference} at build time; {@link loadReference} decodes it at run time; check.ts
 * compares figures with it. What both sides must agree on lives here.
 */
import { dateOfDay, dayNumber } from '../base/dates';

/**
 * How a series moves: `cumulative` (a running total published with each bulletin), `period` (each
 * bulletin's count over its own window, `periods` hours long), `release` (a running total published
 * only now and then, as the breakdowns are: compare with the last real release and give its date).
 */
export type SeriesKind = 'cumulative' | 'period' | 'release';

/** One series as bundled: who publishes it, its coverage, and its published values, packed. */
export interface CompiledSeries {
  /** Stable id, as the analyze CLI prints it ("gaza-moh-killed"). */
  id: string;
  /** The measure vocabulary key whose figures this series checks. */
  measure: string;
  kind: SeriesKind;
  /** Who publishes the values, as a reader would say it ("Gaza health ministry"). */
  publisher: string;
  /** Counter ids (src/figures/sources.json) whose figures are this series' own count. */
  counters: string[];
  /** The dataset the values come from, as credited ("Tech for Palestine, casualties_daily.json"). */
  dataset: string;
  /** The dataset's licence, in words ("public domain", "CC BY 4.0"). */
  licence: string;
  /** Credit to show wherever the values are shown, or null when the licence asks for none. */
  credit: string | null;
  /** First and last day the dataset covers (YYYY-MM-DD), published or not. */
  coverage: [string, string];
  /** Days (since 1970-01-01) of the published values, delta-encoded: the first is absolute. */
  days: number[];
  /** The published values, delta-encoded like `days`. */
  values: number[];
  /** For `period` series: the hours each value covers, one per value. */
  periods?: number[];
}

/** What the extension bundles. */
export interface CompiledReference {
  version: 1;
  series: CompiledSeries[];
}

/** A series ready to check against: days and values decoded into typed arrays. */
export interface ReferenceSeries extends Omit<CompiledSeries, 'days' | 'values' | 'periods'> {
  /** Day numbers of the published values, ascending. */
  days: Int32Array;
  values: Float64Array;
  /** Hours each value covers (`period` series), else null. */
  periods: Int32Array | null;
  /** Coverage as day numbers. */
  first: number;
  last: number;
}

/** The loaded series, by id and by measure. */
export interface ReferenceSet {
  series: readonly ReferenceSeries[];
  byId(id: string): ReferenceSeries | undefined;
  /** The series that check figures of `measure`, in bundle order (the first is the default counter's). */
  forMeasure(measure: string | null | undefined): readonly ReferenceSeries[];
}

/** A figure's check against its official series. */
export type ReferenceVerdict = 'matches' | 'consistent' | 'stale' | 'ahead' | 'unmatched' | 'outside';

/** The days before a page's date within which a published value still "matches" (bulletins come out the morning after; wire copies run a day or two later). */
export const MATCH_WINDOW_DAYS = 2;

/** What the check of one figure found: `figures[].reference` in the analyze contract. */
export interface ReferenceCheck {
  series: string;
  verdict: ReferenceVerdict;
  /** Date of the published value the figure equals (the one nearest the page's date), or null. */
  bulletin: string | null;
  /** The value in force on the page's date (the last published on or before it), or null. */
  onDate: { date: string; value: number } | null;
  /** Page date minus bulletin date, when both are known. */
  days: number | null;
  /** The date the figure was checked for: the page's, its live-blog update's, or the inferred one. */
  pageDate: string | null;
  /** True when {@link pageDate} was inferred from the toll (an undated page). */
  dateInferred: boolean;
  /** The page's source for the figure when it is not this series' counter ("Israeli military"), else null. */
  otherCounter: string | null;
}

/** Encodes ascending (or any) integers as their first value then differences. */
export function deltaEncode(values: readonly number[]): number[] {
  return values.map((v, i) => (i === 0 ? v : v - values[i - 1]!));
}

function deltaDecode<T extends Int32Array | Float64Array>(deltas: readonly number[], out: T): T {
  let acc = 0;
  deltas.forEach((d, i) => {
    acc += d;
    out[i] = acc;
  });
  return out;
}

/** Decodes one bundled series. */
export function loadSeries(c: CompiledSeries): ReferenceSeries {
  const { days, values, periods, ...meta } = c;
  return {
    ...meta,
    days: deltaDecode(days, new Int32Array(days.length)),
    values: deltaDecode(values, new Float64Array(values.length)),
    periods: periods ? Int32Array.from(periods) : null,
    first: dayNumber(c.coverage[0]),
    last: dayNumber(c.coverage[1]),
  };
}

/** Decodes the bundled series (cheap: a few thousand integers). */
export function loadReference(compiled: CompiledReference): ReferenceSet {
  const series = compiled.series.map(loadSeries);
  const byMeasure = new Map<string, ReferenceSeries[]>();
  for (const s of series) byMeasure.set(s.measure, [...(byMeasure.get(s.measure) ?? []), s]);
  return {
    series,
    byId: (id) => series.find((s) => s.id === id),
    forMeasure: (measure) => (measure ? byMeasure.get(measure) ?? [] : []),
  };
}

/** The published points of a series as dates and values (for charts and tables). */
export function pointsOf(s: ReferenceSeries, fromDay = -Infinity, toDay = Infinity): { date: string; day: number; value: number }[] {
  const out: { date: string; day: number; value: number }[] = [];
  for (let i = 0; i < s.days.length; i++) {
    const day = s.days[i]!;
    if (day >= fromDay && day <= toDay) out.push({ date: dateOfDay(day), day, value: s.values[i]! });
  }
  return out;
}
