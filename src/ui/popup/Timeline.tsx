import type { Analysis } from '../../analysis/analyze-article';
import type { ReferenceSet } from '../../reference/format';
import { officialPlotInputs } from '../common/official-plots';
import { officialPlot } from '../common/official-timeline';
import { OfficialTimeline } from '../common/OfficialTimeline';
import { layoutTimeline, timelineDescription, timelineSeries, type TimelineSeries } from '../common/timeline';
import { say } from '../../wording/messages';

/** Size of each plot in SVG units; the popup is 380 pixels wide, so one unit is about one pixel. */
const WIDTH = 340;
const HEIGHT = 112;
/** More plots than this would push the search box out of a popup; the first measures matter most. */
const MAX_PLOTS = 3;

/** One measure's dated values as a small SVG plot, with an accessible name listing every value. */
function Plot({ series, index }: { series: TimelineSeries; index: number }) {
  const l = layoutTimeline(series, WIDTH, HEIGHT);
  const titleId = `timeline-title-${index}`;
  const line = l.points.map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ');
  return (
    <figure class="timeline" data-measure={series.measure}>
      <figcaption id={titleId}>{series.label}</figcaption>
      <svg viewBox={`0 0 ${l.width} ${l.height}`} width="100%" role="img" aria-label={timelineDescription(series)}>
        <line class="axis" x1={l.plot.left} y1={l.plot.bottom} x2={l.plot.right} y2={l.plot.bottom} />
        <line class="axis" x1={l.plot.left} y1={l.plot.top} x2={l.plot.left} y2={l.plot.bottom} />
        {l.yTicks.map((t) => (
          <text key={`y${t.label}`} class="tick" x={l.plot.left - 6} y={t.at} text-anchor="end" dominant-baseline="middle">{t.label}</text>
        ))}
        {l.xTicks.map((t, i) => (
          <text
            key={`x${t.label}`}
            class="tick"
            x={t.at}
            y={l.height - 8}
            text-anchor={l.xTicks.length === 1 ? 'middle' : i === 0 ? 'start' : 'end'}
          >
            {t.label}
          </text>
        ))}
        <polyline class="trend" points={line} />
        {l.points.map((p, i) =>
          p.point.isPage ? (
            <rect key={i} class="point point-page" x={p.x - 5} y={p.y - 5} width="10" height="10">
              <title>{p.point.title}</title>
            </rect>
          ) : (
            <circle key={i} class="point point-report" cx={p.x} cy={p.y} r="4.5">
              <title>{p.point.title}</title>
            </circle>
          ),
        )}
      </svg>
    </figure>
  );
}

/** Props of {@link Timeline}: the tab's analysis and the bundled official series (null until loaded, or where none is bundled). */
export interface TimelineProps {
  analysis: Pick<Analysis, 'figures' | 'alignments' | 'inferredDate' | 'article'>;
  reference?: ReferenceSet | null;
}

/**
 * The page's figures over time: first each official series that checks one of them (the whole war
 * and ±30 days around the page's date), then, for measures no series covers, the reports' values
 * where there are two or more dated ones. Nothing when there is neither.
 */
export function Timeline({ analysis, reference }: TimelineProps) {
  const official = officialPlotInputs(analysis, reference).slice(0, MAX_PLOTS).map((input) => officialPlot(input));
  const covered = new Set(official.map((p) => p.measure));
  const series = timelineSeries(analysis.alignments, analysis.article.date ?? analysis.inferredDate)
    .filter((s) => !covered.has(s.measure))
    .slice(0, Math.max(0, MAX_PLOTS - official.length));
  if (official.length === 0 && series.length === 0) return null;
  return (
    <section class="block" aria-labelledby="timeline-title" data-testid="popup-timeline">
      <h2 id="timeline-title">{say('popup_over_time')}</h2>
      {official.map((p, i) => <OfficialTimeline key={p.id} plot={p} index={i} />)}
      {series.length > 0 && (
        <>
          <p class="legend small muted">
            <span class="key key-page" aria-hidden="true" /> {say('popup_legend_page')} <span class="key key-report" aria-hidden="true" /> {say('popup_legend_reports')}
          </p>
          {series.map((s, i) => <Plot key={s.measure} series={s} index={i} />)}
        </>
      )}
    </section>
  );
}
