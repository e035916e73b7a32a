/**
 * The rows of the popup's figures table, built from the analysis' alignments. Pure data, so the
 * ordering and wording are tested without a DOM.
 */
import type { Alignment, DifferenceKind } from '../../types';
import { formatDate, relativeDay, sentenceCase, shortPublisher, withQualifier, youRead } from '../../wording/format';
import { measureLabel } from '../../wording/labels';
import { KIND_ICON, KIND_WORD } from './alignment-view';
import { formatChange } from './figure-change';

/** One report's value in a row. */
export interface FigureRowOther {
  reportId: string;
  /** Short publisher name ("ARN/Reuters"). */
  publisher: string;
  /** The publisher as the corpus names it, for a tooltip. */
  publisherFull: string;
  /** The figure's words as in the report ("more than 25,700"). */
  text: string;
  /** "24 Jan 2024", or "undated". */
  date: string;
  /** Relative to the page's figure: "same day", "2 days later". */
  relative: string;
  /** For an article of the reader's library: when it was kept, its title (or null) and "you read, 23 Jan". */
  keptAt?: number;
  title?: string | null;
  read?: string;
}

/** One row: a page figure and every report figure of the same measure. */
export interface FigureRow {
  /** Unique within a table: measure, the page figure's offset and its place in the input. */
  key: string;
  measure: string;
  label: string;
  kind: DifferenceKind;
  kindIcon: string;
  kindWord: string;
  /** The page figure's words with its qualifier ("at least 25,490"). */
  pageText: string;
  pageDate: string | null;
  others: FigureRowOther[];
  /** "+210 in 0 days", "+300 vs this page", "no change". */
  change: string;
  /** The engine's one-line explanation. */
  explanation: string;
}

/** Conflicts first, then updates, then agreements: what differs is what the reader came for. */
const ORDER: Record<DifferenceKind, number> = { conflict: 0, update: 1, agrees: 2 };

/** Table rows from alignments: stable order by kind, then by where the figure stands in the page. */
export function figureRows(alignments: readonly Alignment[]): FigureRow[] {
  return alignments
    .map((a, i) => ({ a, i }))
    .sort((x, y) => ORDER[x.a.kind] - ORDER[y.a.kind] || x.a.page.start - y.a.page.start || x.i - y.i)
    .map(({ a, i }) => ({
      key: `${a.measure}:${a.page.start}:${i}`,
      measure: a.measure,
      label: sentenceCase(measureLabel(a.measure, a.label)),
      kind: a.kind,
      kindIcon: KIND_ICON[a.kind],
      kindWord: KIND_WORD[a.kind],
      pageText: withQualifier(a.page.text, a.page.qualifier),
      pageDate: a.page.date,
      others: a.others.map((o) => ({
        reportId: o.report,
        publisher: shortPublisher(o.publisher),
        publisherFull: o.publisher,
        text: withQualifier(o.text, o.qualifier),
        date: formatDate(o.date),
        relative: relativeDay(a.page.date, o.date),
        ...(o.keptAt !== undefined ? { keptAt: o.keptAt, title: o.title ?? null, read: youRead(o.keptAt) } : {}),
      })),
      change: formatChange(a),
      explanation: a.explanation,
    }));
}
