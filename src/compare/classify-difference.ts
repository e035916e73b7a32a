/**
 * How one page figure stands against one report figure of the same measure: agrees, update or
 * conflict, with the change and the days between. The measure's kind (measures.json) decides
 * what a different value means:
 * - cumulative (a running total): the later-dated report should give more. More later is an
 *   update; less later, or a different value on the same day, is a conflict.
 * - period (a 24-hour count), level (hostages still held) and fixed (one event's count, Gaza's
 *   population) are not growing totals: a different value is a conflict (a conflict is a different
 *   value on the same date, a different value of a measure that does not grow, or figures from
 *   different counters: none of these can be one report updating the other). Where the two counts are of different days, the reason says so, so
 *   the reader sees that the reports differ because they count different periods.
 * - Figures from different counters (the Israeli military and the Gaza health ministry) are a
 *   conflict whatever their dates: one is not an update of the other.
 * When the page has no date, a differing running total is read as an update: another day's count
 * is by far the likeliest reason, and the explanation says the date is unknown.
 */
import type { DifferenceKind } from '../types';
import type { MeasureKind } from '../figures/vocabulary';
import { consistent, type Valued } from './consistency';
import { counterOf } from '../figures/vocabulary';
import { countOf } from '../wording/format';
import { say } from '../wording/messages';
import { daysBetween } from '../base/dates';

/** One side of a comparison. */
export interface Side extends Valued {
  date: string | null;
  /** Who gives the figure, where known. */
  source?: string | null;
}

/** The verdict for one pair. */
export interface PairVerdict {
  kind: DifferenceKind;
  /** Later value minus earlier value (report minus page when the order is unknown). */
  change?: number;
  /** Days from the earlier to the later report. */
  days?: number;
  /** Why, in a few words ("a later count", "the total shrinks over time", "same day"). */
  reason: string;
}

/** Classifies the page figure against one report figure of the same measure. */
export function classifyPair(page: Side, report: Side, kind: MeasureKind): PairVerdict {
  if (consistent(page, report)) return { kind: 'agrees', reason: say('reason.same') };
  const d = daysBetween(page.date, report.date);
  const [earlier, later] = d === null || d >= 0 ? [page, report] : [report, page];
  const change = later.value - earlier.value;
  const days = d === null ? undefined : Math.abs(d);
  const timing = days === undefined ? {} : { change, days };
  const pc = counterOf(page.source);
  const rc = counterOf(report.source);
  if (pc && rc && pc !== rc) return { kind: 'conflict', ...timing, reason: say('reason.counters', { page: page.source ?? '', report: report.source ?? '' }) };
  if (kind === 'fixed') return { kind: 'conflict', ...timing, reason: say('reason.fixed') };
  if (kind !== 'cumulative') {
    const reason = days ? say(kind === 'period' ? 'reason.periods-apart' : 'reason.days-apart', { days: countOf('day', days) }) : say('reason.same-day');
    return { kind: 'conflict', ...timing, reason };
  }
  if (d === null) return { kind: 'update', change: report.value - page.value, reason: say('reason.undated') };
  if (d === 0) return { kind: 'conflict', change, days: 0, reason: say('reason.same-day') };
  if (change < 0) return { kind: 'conflict', change, days, reason: say('reason.smaller-later') };
  return { kind: 'update', change, days, reason: say('reason.growing') };
}
