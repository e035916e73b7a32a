/**
 * When two figures for the same measure say the same thing. Equal values agree whatever their
 * hedges. A ROUND figure with a hedge is a bound, not a count: "passed 25,000" or "more than
 * 25,000" is consistent with 25,490, "about 200" with 220, "nearly 1,200" with 1,150. A precise
 * figure is that report's count even when hedged: "at least 25,295" differs from 25,490. Wire copy
 * writes "at least" before the ministry's exact toll of the day, so a precise hedged figure is
 * another day's count, and a reader wants to see the difference.
 */
import { LOWER_BOUNDS, UPPER_BOUNDS } from '../figures/qualifiers';

/** The parts of a figure the comparison needs. */
export interface Valued {
  value: number;
  valueMax?: number;
  qualifier: string | null;
}

/**
 * True for a value written to at most two significant digits (25,000; 1,200; 100; 2.3 million),
 * the way a writer rounds. Values under 10 are counted, not rounded.
 */
export function isRound(value: number): boolean {
  if (!Number.isFinite(value) || value < 10 || !Number.isInteger(value)) return false;
  let v = value;
  while (v % 10 === 0) v /= 10;
  return v < 100;
}

/** The rounding step of a round value: 25,000 -> 1,000; 1,200 -> 100; 220 -> 10. */
export function roundingUnit(value: number): number {
  let unit = 1;
  let v = value;
  while (v >= 10 && v % 10 === 0) { v /= 10; unit *= 10; }
  return unit;
}

/**
 * Headlines and ledes round a large toll to the thousand without a hedge ("Gaza death toll
 * 25,000" when the ministry says 25,105). An unhedged multiple of 1,000 from 10,000 up is read
 * as the mark the count has reached: consistent with anything from half a thousand below it to
 * just under the next thousand.
 */
const ROUND_MARK_MIN = 10_000;

/** True when `b`'s value lies within what the hedged round figure `a` allows. */
function boundAllows(a: Valued, b: Valued): boolean {
  if (!a.qualifier && a.valueMax === undefined && a.value >= ROUND_MARK_MIN && a.value % 1000 === 0) {
    return b.value >= a.value - 500 && b.value < a.value + 1000;
  }
  if (!a.qualifier || !isRound(a.value)) return false;
  const unit = roundingUnit(a.value);
  if (LOWER_BOUNDS.has(a.qualifier)) return b.value >= a.value;
  if (a.qualifier === 'nearly') return b.value <= a.value && b.value >= a.value - unit;
  if (UPPER_BOUNDS.has(a.qualifier)) return b.value <= a.value;
  // about, around, some: within half a rounding step either side.
  return Math.abs(b.value - a.value) <= unit / 2;
}

function inRange(a: Valued, v: number): boolean {
  return a.valueMax !== undefined && v >= a.value && v <= a.valueMax;
}

/** True when the two figures are consistent (see the module header). */
export function consistent(a: Valued, b: Valued): boolean {
  if (a.value === b.value && (a.valueMax ?? a.value) === (b.valueMax ?? b.value)) return true;
  if (inRange(a, b.value) || inRange(b, a.value)) return true;
  return boundAllows(a, b) || boundAllows(b, a);
}

/**
 * Two counts of one measure in reports of the same story lie within a factor of 2.5 of each other
 * (the Gaza toll grew by about a tenth a week in early 2024; hostage counts, 24-hour counts and
 * soldiers' tolls move less between related reports). Further apart, one of the two figures was
 * read as the wrong measure, and comparing them would invent a difference.
 */
export const MAX_RATIO = 2.5;

/** True when `a` and `b` are close enough to be counts of the same thing. */
export function plausiblySame(a: number, b: number): boolean {
  const lo = Math.min(Math.abs(a), Math.abs(b));
  const hi = Math.max(Math.abs(a), Math.abs(b));
  return hi === 0 || (lo > 0 && hi / lo <= MAX_RATIO);
}
