/**
 * Which official series a page's plots show, and what goes on each: every series that checks one
 * of the page's figures (the series its check names, else the first for its measure), the page's
 * figures of that measure, and the corpus reports' figures of it. Pure.
 */
import { measureLabel } from '../../wording/labels';
import type { Analysis } from '../../analysis/analyze-article';
import type { ReferenceSeries, ReferenceSet } from '../../reference/format';
import { shortPublisher } from '../../wording/format';
import type { OfficialPlotInput, PlotFigure } from './official-timeline';

/** What the plots need of an analysis; the report page passes a report as one. */
export type PlotSource = Pick<Analysis, 'figures' | 'alignments' | 'inferredDate'> & { article: { date: string | null } };

/** The inputs of the page's plots, in the order their figures first appear in the text. */
export function officialPlotInputs(source: PlotSource, reference: ReferenceSet | null | undefined): OfficialPlotInput[] {
  if (!reference) return [];
  const pageDate = source.article.date ?? source.inferredDate;
  const dateInferred = !source.article.date && !!source.inferredDate;
  const bySeries = new Map<string, OfficialPlotInput & { figures: PlotFigure[] }>();
  const figures = [...source.figures].sort((a, b) => a.start - b.start);
  for (const f of figures) {
    const s: ReferenceSeries | undefined = f.reference ? reference.byId(f.reference.series) : reference.forMeasure(f.measure)[0];
    if (!s) continue;
    let input = bySeries.get(s.id);
    if (!input) {
      const reports = source.alignments
        .filter((a) => a.measure === s.measure)
        .flatMap((a) => [...a.others, ...(a.agreeing ?? [])])
        .map((o) => ({ report: o.report, publisher: shortPublisher(o.publisher), value: o.value, date: o.date }));
      input = { series: s, label: measureLabel(s.measure, f.label), pageDate, dateInferred, figures: [], reports };
      bySeries.set(s.id, input);
    }
    input.figures.push({ value: f.value, text: f.text, qualifier: f.qualifier, reference: f.reference });
  }
  return [...bySeries.values()];
}
