/**
 * How every screen shows a figure's check against its official series (src/reference): the
 * verdict's icon and words, the badge's short label, the card's one line and its details. Pure, so
 * the wording is tested in Node. The wording never calls a figure false: it says which bulletin
 * gave what, and when.
 */
import type { ReferenceCheck, ReferenceVerdict } from '../../reference/format';
import type { SeriesCredit } from '../../reference/series-info';
import { dayNumber } from '../../base/dates';
import { formatDate, formatNumber, withQualifier } from '../../wording/format';
import { activeCatalogue, say, type EngineKey } from '../../wording/messages';

export type { SeriesCredit };

/** The figure a check is about, as the page gives it. */
export interface CheckedFigure {
  value: number;
  /** The figure's words ("25,490", "more than 46,000"). */
  text: string;
  qualifier: string | null;
  reference: ReferenceCheck;
}

/** Icons by verdict: never a cross or a warning sign (no verdict says the figure is wrong). */
export const VERDICT_ICON: Record<ReferenceVerdict, string> = {
  matches: '✓',
  consistent: '≈',
  stale: '↶',
  ahead: '↷',
  unmatched: '○',
  outside: '…',
};

/** The icon of a check: a different counter has its own, whatever its verdict. */
export function referenceIcon(c: Pick<ReferenceCheck, 'verdict' | 'otherCounter'>): string {
  return c.otherCounter ? '⇄' : VERDICT_ICON[c.verdict];
}

/** Verdicts in words: "matches the bulletin", "an earlier bulletin"… */
export const VERDICT_WORD: Readonly<Record<ReferenceVerdict, string>> = {
  get matches() { return say('ref.verdict.matches'); },
  get consistent() { return say('ref.verdict.consistent'); },
  get stale() { return say('ref.verdict.stale'); },
  get ahead() { return say('ref.verdict.ahead'); },
  get unmatched() { return say('ref.verdict.unmatched'); },
  get outside() { return say('ref.verdict.outside'); },
};

/**
 * A count as the catalogue writes it ("14,800"), without loading `Intl.NumberFormat` for whole
 * numbers: badges are labelled while the page is being placed, and the formatter's first use costs
 * a news page tens of milliseconds (README, Speed). Same output as the catalogue's for integers; other languages use their catalogue's formatter.
 */
export function formatCount(n: number): string {
  return Number.isInteger(n) && activeCatalogue().locale === 'en' ? String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',') : formatNumber(n);
}


/** "23 Jan" from "2024-01-23": a badge's date, the year being the page's own. */
export function shortDate(date: string | null): string {
  return formatDate(date).replace(/ \d{4}$/, '');
}

/**
 * The publisher as a badge names it: its last word, lower-cased ("Gaza health ministry" →
 * "ministry", "Israeli military" → "military"), which is what a reader calls it in passing.
 */
export function shortSeriesPublisher(info: Pick<SeriesCredit, 'publisher'> | null | undefined): string {
  // A series with no metadata at hand (the content script may have only the check).
  if (!info) return say('ref.short.series');
  const words = info.publisher.trim().split(/\s+/);
  const last = words[words.length - 1] ?? '';
  // A common noun is said in the interface's language ("ministry", "وزارة"); a name is not.
  const common = SHORT_PUBLISHER[last.toLowerCase()];
  if (common) return say(common);
  // An acronym or a name ("OCHA", "360info") keeps its case; a common noun is written as in a sentence.
  return /^\p{Lu}[\p{Ll}]+$/u.test(last) || /^\p{Ll}+$/u.test(last) ? last.toLowerCase() : last;
}

/** The common nouns that end the series' publishers' names (data/reference/series.json), as messages. */
const SHORT_PUBLISHER: Readonly<Record<string, EngineKey>> = {
  ministry: 'ref.short.ministry',
  office: 'ref.short.office',
  military: 'ref.short.military',
  series: 'ref.short.series',
};

/** "at least 25,490" unless the text already carries the qualifier. */
export function figureWords(f: Pick<CheckedFigure, 'text' | 'qualifier'>): string {
  return withQualifier(f.text, f.qualifier);
}

/** Which side of the coverage a page date falls on, or null when inside it (or unknown). */
export function outsideSide(check: Pick<ReferenceCheck, 'pageDate'>, info: Pick<SeriesCredit, 'coverage'> | null | undefined): 'before' | 'after' | null {
  if (!info || !check.pageDate) return null;
  const d = dayNumber(check.pageDate);
  if (d < 0) return null;
  if (d > dayNumber(info.coverage[1])) return 'after';
  if (d < dayNumber(info.coverage[0])) return 'before';
  return null;
}

/** The badge's short label: "ministry, 23 Jan", "5 days old", "ministry 14,800 on this date"… */
export function referenceLabel(check: ReferenceCheck, info?: SeriesCredit | null): string {
  const label = baseLabel(check, info);
  return check.dateInferred ? say('ref.label.inferred', { label }) : label;
}

function baseLabel(check: ReferenceCheck, info?: SeriesCredit | null): string {
  const publisher = shortSeriesPublisher(info);
  if (check.otherCounter) {
    return check.onDate
      ? say('ref.label.other-counter', { publisher, value: formatCount(check.onDate.value) })
      : say('ref.label.other-counter.bare', { publisher });
  }
  switch (check.verdict) {
    case 'matches':
      return say('ref.label.matches', { publisher, date: shortDate(check.bulletin) });
    case 'consistent':
      return say('ref.label.consistent', { publisher, date: shortDate(check.onDate?.date ?? check.bulletin) });
    case 'stale':
      return check.days !== null ? say('ref.label.stale', { count: Math.abs(check.days) }) : say('ref.label.stale.undated');
    case 'ahead':
      return check.days !== null ? say('ref.label.ahead', { count: Math.abs(check.days) }) : say('ref.label.ahead.undated');
    case 'unmatched':
      return check.onDate ? say('ref.label.on-date', { publisher, value: formatCount(check.onDate.value) }) : say('ref.label.no-value', { publisher });
    case 'outside': {
      const side = outsideSide(check, info);
      if (side === 'after' && info) return say('ref.label.ends', { date: formatDate(info.coverage[1]) });
      if (side === 'before' && info) return say('ref.label.starts', { date: formatDate(info.coverage[0]) });
      return say('ref.label.outside');
    }
  }
}

/** "this page's date", "5 days before this page's date". */
function when(days: number | null): string {
  if (days === null || days === 0) return say('ref.when.same-day');
  return say(days > 0 ? 'ref.when.before' : 'ref.when.after', { count: Math.abs(days) });
}

/**
 * The card's one line for the check: "The Gaza health ministry bulletin of 19 Nov 2023 gave
 * 13,000; by this page's date (24 Nov 2023) it was 14,800."
 */
export function referenceLine(f: CheckedFigure, info?: SeriesCredit | null): string {
  const c = f.reference;
  const publisher = info?.publisher ?? say('ref.publisher.unknown');
  const figure = figureWords(f);
  const bulletin = formatDate(c.bulletin);
  const date = formatDate(c.pageDate);
  const value = c.onDate ? formatCount(c.onDate.value) : '';
  if (c.otherCounter) {
    return c.onDate
      ? say('ref.line.other-counter', { counter: c.otherCounter, figure, publisher, value, date: formatDate(c.onDate.date) })
      : say('ref.line.other-counter.bare', { counter: c.otherCounter, figure, publisher });
  }
  switch (c.verdict) {
    case 'matches':
      return say('ref.line.matches', { publisher, bulletin, figure, when: when(c.days) });
    case 'consistent':
      return say('ref.line.consistent', { figure, publisher, bulletin: formatDate(c.onDate?.date ?? c.bulletin), value });
    case 'stale':
      return c.onDate ? say('ref.line.stale', { publisher, bulletin, figure, date, value }) : say('ref.line.stale.no-date', { publisher, bulletin, figure });
    case 'ahead':
      return say('ref.line.ahead', { publisher, figure, bulletin, days: say('count.day', { count: Math.abs(c.days ?? 0) }), date });
    case 'unmatched':
      return c.onDate ? say('ref.line.unmatched', { publisher, figure, date: formatDate(c.onDate.date), value }) : say('ref.line.unmatched.no-value', { publisher, figure });
    case 'outside': {
      const side = outsideSide(c, info);
      if (side === 'after' && info) return say('ref.line.outside.after', { date, end: formatDate(info.coverage[1]) });
      if (side === 'before' && info) return say('ref.line.outside.before', { date, start: formatDate(info.coverage[0]) });
      return say('ref.line.outside');
    }
  }
}

/** One row of the card's details: a term and its value. */
export interface Detail {
  term: string;
  value: string;
}

/** The card's details: the value in force on the page's date, the bulletin the figure equals, the days between. */
export function referenceDetails(c: ReferenceCheck): Detail[] {
  const out: Detail[] = [];
  if (c.onDate) {
    const term = c.onDate.date === c.pageDate ? say('ref.detail.on-date', { date: formatDate(c.pageDate) }) : say('ref.detail.on-date.before', { date: formatDate(c.onDate.date) });
    out.push({ term, value: formatCount(c.onDate.value) });
  }
  if (c.bulletin) out.push({ term: say('ref.detail.bulletin'), value: formatDate(c.bulletin) });
  if (c.days !== null) out.push({ term: say('ref.detail.days'), value: say('count.day', { count: Math.abs(c.days) }) });
  return out;
}

/** The note an undated page's check carries, or null. */
export function inferredNote(c: ReferenceCheck): string | null {
  return c.dateInferred && c.pageDate ? say('ref.detail.inferred', { date: formatDate(c.pageDate) }) : null;
}

/** Who publishes the series, from which dataset, under which licence; then the credit it asks for. */
export function sourceLines(info: SeriesCredit | null | undefined): string[] {
  if (!info) return [];
  const lines = [say('ref.source', { publisher: info.publisher, dataset: info.dataset, licence: info.licence })];
  if (info.credit) lines.push(info.credit);
  return lines;
}

/** What a screen reader hears for a reference badge (after its visible label). */
export function referenceName(f: CheckedFigure, measure: string, info?: SeriesCredit | null): string {
  const c = f.reference;
  const verdict = c.otherCounter ? say('ref.verdict.other-counter') : VERDICT_WORD[c.verdict];
  const line = [referenceLine(f, info), inferredNote(c)].filter(Boolean).join(' ');
  return say('ref.name', { verdict, measure, figure: figureWords(f), line });
}

/** The look a verdict's badge takes: a different counter has its own, whatever its verdict. */
export function referenceTone(c: Pick<ReferenceCheck, 'verdict' | 'otherCounter'>): ReferenceVerdict | 'other-counter' {
  return c.otherCounter ? 'other-counter' : c.verdict;
}
