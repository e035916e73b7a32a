import type { Alignment, DifferenceKind, OtherFigure } from '../../types';
// From the reader's date helpers, not compare/: the content script must not pull in the figure vocabulary.
import { daysBetween } from '../../article/dates';
import { formatDate } from '../../compare/explain';

// The engine's date helpers, so a badge says a date and a gap exactly as the explanations do.
export { daysBetween, formatDate };

/** Icons by kind: a check for agreement, an arrow for a later count, a not-equal sign for a conflict. */
export const KIND_ICON: Record<DifferenceKind, string> = { agrees: '✓', update: '↗', conflict: '≠' };
export const KIND_WORD: Record<DifferenceKind, string> = { agrees: 'agrees', update: 'later update', conflict: 'conflict' };

/** A publisher's short name: "ARN News Centre (Reuters)" → "ARN/Reuters", "The Irish Times (Reuters)" → "Irish Times/Reuters". */
export function shortPublisher(publisher: string): string {
  const m = /^(?:The\s+)?(.+?)(?:\s+News Centre|\s+News)?\s*\((.+)\)\s*$/.exec(publisher);
  return m ? `${m[1]}/${m[2]}` : publisher.replace(/^The\s+/, '');
}

/** "same day", "1 day later", "3 days earlier", relative to the page's date. */
export function relativeDay(pageDate: string | null, otherDate: string | null): string {
  const d = daysBetween(pageDate, otherDate);
  if (d === null) return formatDate(otherDate);
  if (d === 0) return 'same day';
  const n = Math.abs(d);
  return `${n} day${n === 1 ? '' : 's'} ${d > 0 ? 'later' : 'earlier'}`;
}

/** The report figure a badge names first: the most recent one that differs, else the first. */
export function leadOther(a: Alignment): OtherFigure | undefined {
  const differing = a.others.filter((o) => o.value !== a.page.value);
  // ISO dates sort as plain strings; localeCompare would load a collator into the page (about 7 ms).
  return [...differing].sort((x, y) => ((y.date ?? '') > (x.date ?? '') ? 1 : (y.date ?? '') < (x.date ?? '') ? -1 : 0))[0] ?? a.others[0];
}

/** The badge's short label: "25,700 · ARN/Reuters, same day". */
export function badgeLabel(a: Alignment): string {
  const o = leadOther(a);
  if (!o) return KIND_WORD[a.kind];
  return `${o.text} · ${shortPublisher(o.publisher)}, ${relativeDay(a.page.date, o.date)}`;
}

/** What a screen reader hears for the badge. */
export function badgeAccessibleName(a: Alignment): string {
  const o = leadOther(a);
  const others = o ? `${o.publisher} gives ${o.text} (${relativeDay(a.page.date, o.date)})` : '';
  return `Crosscheck, ${KIND_WORD[a.kind]}: ${a.label}. This page: ${a.page.text}. ${others}. Show details`;
}
