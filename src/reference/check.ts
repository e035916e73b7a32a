/**
 * Checks a page's figure against the official series of its measure for the page's date: does it
 * equal a value published then (`matches`), is it a rounded or bounded figure those values satisfy
 * (`consistent`), a value published well before (`stale`) or only after (`ahead`), none of these
 * (`unmatched`), or is the date outside what the series covers (`outside`)? Pure, no DOM: it runs
 * in the analyze CLI and in the extension's background.
 */
import { dateOfDay, dayNumber } from '../base/dates';
import { isRound } from '../compare/consistency';
import { counterOf } from '../figures/vocabulary';
import type { Figure } from '../types';
import { MATCH_WINDOW_DAYS, type ReferenceCheck, type ReferenceSeries, type ReferenceSet, type ReferenceVerdict } from './format';

/** Qualifiers that make a figure a lower bound ("more than 46,000": the published value is at least that). */
const LOWER = new Set(['at least', 'more than']);
/** Upper bounds ("nearly 26,000": a published value just under it). */
const UPPER = new Set(['nearly', 'up to', 'less than']);
/** How far under an upper bound a published value may be and still be what "nearly" meant. */
export const UPPER_SLACK = 0.05;
/** How far from an approximate figure ("about 20,000") a published value may be. */
export const APPROX_SLACK = 0.05;
/** How far from an unqualified round figure ("13,000 dead") a published value may be, as a share. */
export const ROUND_SLACK = 0.03;
/** A figure is round when it is a multiple of this (and not published as such). */
export const ROUND_UNIT = 100;
/**
 * Period counts (deaths in the last 24 hours) repeat by chance across the war: an equal value is
 * taken for the same bulletin only within this many days of the page's date.
 */
export const PERIOD_HORIZON_DAYS = 14;
/** The hours a "last 24 hours" figure's bulletin must cover. */
const DAY_PERIOD = 24;

/** The published points a check may use: for period series, only bulletins whose window is a day. */
interface Points {
  days: ArrayLike<number>;
  values: ArrayLike<number>;
  length: number;
}

function pointsFor(s: ReferenceSeries): Points {
  if (s.kind !== 'period' || !s.periods) return { days: s.days, values: s.values, length: s.days.length };
  const days: number[] = [];
  const values: number[] = [];
  for (let i = 0; i < s.days.length; i++) {
    if (s.periods[i] !== DAY_PERIOD) continue;
    days.push(s.days[i]!);
    values.push(s.values[i]!);
  }
  return { days, values, length: days.length };
}

const cache = new WeakMap<ReferenceSeries, Points>();
const pointsOfSeries = (s: ReferenceSeries): Points => {
  let p = cache.get(s);
  if (!p) cache.set(s, (p = pointsFor(s)));
  return p;
};

/** Index of the last point on or before `day`, or -1. */
function lastOnOrBefore(p: Points, day: number): number {
  let lo = 0;
  let hi = p.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (p.days[mid]! <= day) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Does a published value `w` satisfy the figure read with its qualifier? */
function satisfies(value: number, qualifier: string | null, w: number): boolean {
  if (qualifier === null) return false;
  if (LOWER.has(qualifier)) return w >= value;
  if (UPPER.has(qualifier)) return w <= value && w >= value * (1 - UPPER_SLACK);
  return Math.abs(w - value) <= value * APPROX_SLACK;
}

/** An unqualified round figure ("13,000 dead") near a published value is a rounding of it. */
const roundsTo = (value: number, w: number): boolean => value % ROUND_UNIT === 0 && Math.abs(w - value) <= value * ROUND_SLACK;

/** The series that checks `figure`: the one of its source's counter, else the measure's first. */
export function seriesFor(figure: Pick<Figure, 'measure' | 'source'>, set: ReferenceSet): { series: ReferenceSeries; otherCounter: string | null } | null {
  const all = set.forMeasure(figure.measure);
  if (all.length === 0) return null;
  const counter = counterOf(figure.source);
  const own = counter ? all.find((s) => s.counters.includes(counter)) : undefined;
  const series = own ?? all[0]!;
  return { series, otherCounter: counter && !own ? figure.source : null };
}

/** The date a figure was given on: its live-blog update's, else the page's. */
export function figureDate(figure: Pick<Figure, 'start'>, article: { date: string | null; updates?: readonly { date: string | null; start: number; end: number }[] }): string | null {
  const update = article.updates?.find((u) => figure.start >= u.start && figure.start < u.end);
  return update?.date ?? article.date;
}

/**
 * Checks one figure against `series` for `pageDate` (YYYY-MM-DD, or null when the page is undated
 * and no date could be inferred).
 */
export function checkAgainst(
  figure: Pick<Figure, 'value' | 'qualifier'>, series: ReferenceSeries, pageDate: string | null,
  opts: { dateInferred?: boolean; otherCounter?: string | null } = {},
): ReferenceCheck {
  const p = pointsOfSeries(series);
  const base = { series: series.id, pageDate, dateInferred: opts.dateInferred ?? false, otherCounter: opts.otherCounter ?? null };
  const result = (verdict: ReferenceVerdict, bulletin: number, onDate: number, pd: number): ReferenceCheck => ({
    ...base,
    verdict,
    bulletin: bulletin >= 0 ? dateOfDay(p.days[bulletin]!) : null,
    onDate: onDate >= 0 ? { date: dateOfDay(p.days[onDate]!), value: p.values[onDate]! } : null,
    days: bulletin >= 0 && pd >= 0 ? pd - p.days[bulletin]! : null,
  });
  const value = figure.value;
  const pd = dayNumber(pageDate);
  const horizon = series.kind === 'period' ? PERIOD_HORIZON_DAYS : Infinity;
  if (pd < 0) {
    // Undated: the figure can only be found among the published values.
    let first = -1;
    for (let i = 0; i < p.length && first < 0; i++) if (p.values[i] === value) first = i;
    return result(first >= 0 ? 'matches' : 'outside', first, -1, -1);
  }
  if (pd < series.first || pd > series.last + MATCH_WINDOW_DAYS) return result('outside', -1, -1, pd);
  const lo = pd - MATCH_WINDOW_DAYS;
  const inForce = lastOnOrBefore(p, pd);
  // The values published in the window; with none (a gap in the bulletins), the value in force at
  // its start, the latest there was. A series published now and then (breakdowns) is always read
  // from its last release on or before the window's start.
  let from = lastOnOrBefore(p, lo - 1) + 1;
  const atStart = lastOnOrBefore(p, lo);
  if ((from > inForce || series.kind === 'release') && atStart >= 0) from = Math.min(from, atStart);
  let exactInWindow = -1;
  let bounded = false;
  let rounded = false;
  for (let i = from; i <= inForce; i++) {
    const w = p.values[i]!;
    if (w === value) exactInWindow = i;
    else if (satisfies(value, figure.qualifier, w)) bounded = true;
    else if (figure.qualifier === null && roundsTo(value, w)) rounded = true;
  }
  if (exactInWindow >= 0) return result('matches', exactInWindow, inForce, pd);
  if (bounded || rounded) return result('consistent', -1, inForce, pd);
  // Equal to a value published before the window (the latest such) or after the page's date (the first).
  for (let i = from - 1; i >= 0 && pd - p.days[i]! <= horizon; i--) {
    if (p.values[i] === value) return result('stale', i, inForce, pd);
  }
  for (let i = inForce + 1; i < p.length && p.days[i]! - pd <= horizon; i++) {
    if (p.values[i] === value) return result('ahead', i, inForce, pd);
  }
  return result('unmatched', -1, inForce, pd);
}

/**
 * The date of the bulletin an undated page's toll equals: the first of the one stretch of
 * consecutive published values that carry it, or null when none or several do.
 */
export function inferDate(value: number, series: ReferenceSeries): string | null {
  const p = pointsOfSeries(series);
  let start = -1;
  let stretches = 0;
  for (let i = 0; i < p.length; i++) {
    if (p.values[i] !== value) continue;
    if (i === 0 || p.values[i - 1] !== value) {
      stretches++;
      if (start < 0) start = i;
    }
  }
  return stretches === 1 ? dateOfDay(p.days[start]!) : null;
}

/** The measure whose figures date an undated page: the running toll. */
export const DATING_MEASURE = 'killed.palestinians.cumulative';

/**
 * A figure that states a count: unqualified, or a precise count hedged as a minimum ("at least
 * 25,295" and "more than 17,700" are bulletins' numbers; "more than 25,000" or "about 25,000" is
 * no one bulletin's).
 */
const statesCount = (f: Pick<Figure, 'value' | 'qualifier'>): boolean => f.qualifier === null || (LOWER.has(f.qualifier) && !isRound(f.value));

/**
 * Dates an undated page from its tolls: the largest toll (the latest news on the page) that one
 * stretch of the series carries. A toll credited to someone else still dates the page when it
 * equals a bulletin exactly: wire copy often credits the ministry's number to whoever relayed it.
 */
export function inferPageDate(figures: readonly Figure[], set: ReferenceSet): string | null {
  const tolls = figures
    .filter((f) => f.measure === DATING_MEASURE && statesCount(f))
    .map((f) => ({ f, s: seriesFor(f, set) }))
    .filter((x) => x.s !== null)
    .sort((a, b) => b.f.value - a.f.value);
  for (const { f, s } of tolls) {
    const date = inferDate(f.value, s!.series);
    if (date) return date;
  }
  return null;
}

/**
 * Checks every figure of a page whose measure a series covers. Returns the figures with their
 * `reference` set, and the date inferred for an undated page (null when it has a date or none
 * could be inferred).
 */
export function checkFigures(
  figures: readonly Figure[],
  article: { date: string | null; updates?: readonly { date: string | null; start: number; end: number }[] },
  set: ReferenceSet,
): { figures: Figure[]; inferredDate: string | null } {
  const inferredDate = article.date ? null : inferPageDate(figures, set);
  const checked = figures.map((f) => {
    const chosen = seriesFor(f, set);
    if (!chosen) return f;
    const own = figureDate(f, article);
    const date = own ?? inferredDate;
    const reference = checkAgainst(f, chosen.series, date, { dateInferred: own === null && inferredDate !== null, otherCounter: chosen.otherCounter });
    return { ...f, reference };
  });
  return { figures: checked, inferredDate };
}
