/**
 * What the options page and the README say about each bundled series: who publishes it, from
 * which dataset under which licence, its coverage and how many values were published. Computed
 * at build time (scripts/lib/reference-plugin.ts), so the page carries no series values.
 */
import { dateOfDay } from '../base/dates';
import type { CompiledReference, CompiledSeries } from './format';

/** One bundled series, described. */
export interface SeriesInfo extends Pick<CompiledSeries, 'id' | 'measure' | 'kind' | 'publisher' | 'dataset' | 'licence' | 'credit' | 'coverage'> {
  /** The measure's label ("Palestinians killed in Gaza since 7 October"). */
  label: string;
  /** How many values were published. */
  published: number;
  /** First and last date with a published value, or null when none was. */
  publishedSpan: [string, string] | null;
}

/** What a screen needs of a series besides its values: who publishes it, its credit, its coverage. */
export type SeriesCredit = Pick<SeriesInfo, 'id' | 'measure' | 'publisher' | 'dataset' | 'licence' | 'credit' | 'coverage'>;

/** The credit of a loaded or bundled series. */
export function creditOf(s: SeriesCredit): SeriesCredit {
  return { id: s.id, measure: s.measure, publisher: s.publisher, dataset: s.dataset, licence: s.licence, credit: s.credit, coverage: s.coverage };
}

/** Describes every series of `reference`; `labelOf` gives a measure's label. */
export function seriesInfo(reference: CompiledReference, labelOf: (measure: string) => string): SeriesInfo[] {
  return reference.series.map((s) => {
    let day = 0;
    const days = s.days.map((d) => (day += d));
    const first = days[0];
    const last = days.at(-1);
    return {
      id: s.id,
      measure: s.measure,
      label: labelOf(s.measure),
      kind: s.kind,
      publisher: s.publisher,
      dataset: s.dataset,
      licence: s.licence,
      credit: s.credit,
      coverage: s.coverage,
      published: days.length,
      publishedSpan: first === undefined || last === undefined ? null : [dateOfDay(first), dateOfDay(last)],
    };
  });
}
