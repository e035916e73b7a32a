/**
 * The report page: one bundled report in full, its figures highlighted. Opened from the popup and
 * from the badge card as report.html?id=….
 */
import { useEffect, useState } from 'preact/hooks';
import { getReport, type ReportView } from '../../platform/ui-client';
import { countOf, formatDate } from '../../wording/format';
import { usableFigures } from '../common/highlight';
import { hostOf } from '../../base/urls';
import { StateMessage } from '../common/StateMessage';
import { FigureList } from './FigureList';
import type { ReferenceSet } from '../../reference/format';
import { officialPlotInputs } from '../common/official-plots';
import { officialPlot } from '../common/official-timeline';
import { OfficialTimeline } from '../common/OfficialTimeline';
import { ReportText } from './ReportText';
import './report.css';
import { say } from '../../wording/messages';
import { Say } from '../common/Say';

type Loaded =
  | { state: 'loading' }
  | { state: 'not-found' }
  | { state: 'error'; message: string }
  | { state: 'ready'; report: ReportView };

/** The report's figures on the official series' timelines (as in the popup), with the report's date as the page's. */
export function ReportTimeline({ report, reference }: { report: Pick<ReportView, 'date' | 'figures'>; reference?: ReferenceSet | null }) {
  const plots = officialPlotInputs({ article: { date: report.date }, figures: report.figures, alignments: [], inferredDate: null }, reference).map((input) => officialPlot({ ...input, self: say('report_this_report') }));
  if (plots.length === 0) return null;
  return (
    <section class="report-timeline" aria-labelledby="report-timeline-title" data-testid="report-timeline">
      <h2 id="report-timeline-title">{say('report_timeline')}</h2>
      {plots.map((p, i) => <OfficialTimeline key={p.id} plot={p} index={i} />)}
    </section>
  );
}

/** Props of {@link ReportPage}. */
export interface ReportPageProps {
  /** The report's id; an empty or unknown id shows "not found". */
  id: string;
  /** The bundled official series, for the timeline; null until wired or loaded. */
  reference?: ReferenceSet | null;
}

/** A bundled report in full. */
export function ReportPage({ id, reference = null }: ReportPageProps) {
  const [loaded, setLoaded] = useState<Loaded>(id ? { state: 'loading' } : { state: 'not-found' });

  useEffect(() => {
    if (!id) {
      setLoaded({ state: 'not-found' });
      return undefined;
    }
    let live = true;
    setLoaded({ state: 'loading' });
    getReport(id).then(
      (report) => live && setLoaded(report ? { state: 'ready', report } : { state: 'not-found' }),
      (err: unknown) => live && setLoaded({ state: 'error', message: err instanceof Error ? err.message : String(err) }),
    );
    return () => {
      live = false;
    };
  }, [id]);

  useEffect(() => {
    document.title = loaded.state === 'ready' ? say('report_doc_title', { title: loaded.report.title }) : say('report_doc_title_none');
  }, [loaded]);

  if (loaded.state !== 'ready') {
    return (
      <main class="report" data-testid="report-state" data-state={loaded.state}>
        <h1 data-testid="report-title">{loaded.state === 'loading' ? say('report_opening') : loaded.state === 'not-found' ? say('report_not_found') : say('report_error')}</h1>
        {loaded.state === 'loading' && <StateMessage state="loading" title={say('report_loading')} busy><p class="muted">{say('report_loading_help')}</p></StateMessage>}
        {loaded.state === 'not-found' && (
          <StateMessage state="not-found" title={say('report_no_such')}>
            <p>{id ? <Say k="report_no_such_id" params={{ id: <code>{id}</code> }} /> : say('report_no_id')}</p>
            <p class="muted">{say('report_open_from')}</p>
          </StateMessage>
        )}
        {loaded.state === 'error' && (
          <StateMessage state="error" tone="error" title={say('report_wrong')}>
            <p>{loaded.message}</p>
          </StateMessage>
        )}
      </main>
    );
  }

  const r = loaded.report;
  const marked = usableFigures(r.text, r.figures).length;
  return (
    <main class="report" data-testid="report-state" data-state="ready">
      <article aria-labelledby="report-h1">
        <header class="report-head">
          <p class="eyebrow muted small">{say('report_eyebrow')}</p>
          <h1 id="report-h1" data-testid="report-title">{r.title}</h1>
          <p class="byline">
            <span data-testid="report-publisher">{r.publisher}</span> · <time dateTime={r.date}>{formatDate(r.date)}</time>
          </p>
          <p class="small">
            <a href={r.url} target="_blank" rel="noopener noreferrer" data-testid="report-source">{say('report_read_original', { host: hostOf(r.url) ?? r.url })}</a>
          </p>
          <p class="muted small">
            {marked > 0 ? <Say k="report_highlighted" params={{ mark: <mark>{say('report_highlighted_word')}</mark>, figures: countOf('figure', marked) }} /> : say('report_no_figures')}
          </p>
        </header>
        <ReportText text={r.text} figures={r.figures} />
        <FigureList text={r.text} figures={r.figures} />
        <ReportTimeline report={r} reference={reference} />
      </article>
    </main>
  );
}

