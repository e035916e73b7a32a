import { formatDate, formatNumber } from '../../wording/format';
import type { OfficialPlot, PlotView } from './official-timeline';
import { say } from '../../wording/messages';

/** One SVG plot: axes, the published line (broken at gaps), the page's date, the marks. */
function Svg({ view, label, id }: { view: PlotView; label: string; id: string }) {
  const { plot } = view;
  return (
    <svg viewBox={`0 0 ${view.width} ${view.height}`} width="100%" role="img" aria-labelledby={id} class="plot">
      <title id={id}>{label}</title>
      {view.yTicks.map((t) => (
        <g key={`y${t.label}`}>
          <line class="grid" x1={plot.left} x2={plot.right} y1={t.at} y2={t.at} />
          <text class="tick" x={plot.left - 4} y={t.at} text-anchor="end" dominant-baseline="middle">{t.label}</text>
        </g>
      ))}
      {view.xTicks.map((t) => (
        <text key={`x${t.label}`} class="tick" x={t.at} y={view.height - 6} text-anchor="middle">{t.label}</text>
      ))}
      <line class="axis" x1={plot.left} y1={plot.bottom} x2={plot.right} y2={plot.bottom} />
      {view.pageX !== null && <line class="page-date" x1={view.pageX} x2={view.pageX} y1={plot.top} y2={plot.bottom} />}
      {view.path && <path class="series" d={view.path} />}
      {view.dots.map((d, i) => <circle key={`d${i}`} class="series-dot" cx={d.x} cy={d.y} r="1.8" />)}
      {view.marks.map((k, i) =>
        k.kind === 'page' ? (
          <rect key={`m${i}`} class="mark-page" x={k.x - 4.5} y={k.y - 4.5} width="9" height="9" transform={`rotate(45 ${k.x} ${k.y})`}>
            <title>{k.title}</title>
          </rect>
        ) : (
          <circle key={`m${i}`} class="mark-report" cx={k.x} cy={k.y} r="4">
            <title>{k.title}</title>
          </circle>
        ),
      )}
    </svg>
  );
}

/**
 * One official series as two plots (the whole war, and ±30 days around the page's date) with a
 * legend, the series' source and credit, and the window's values as a table for screen readers and
 * keyboard users (the marks' titles show only on hover).
 */
export function OfficialTimeline({ plot, index }: { plot: OfficialPlot; index: number }) {
  const base = `official-${index}`;
  return (
    <figure class="official-timeline" data-testid="official-timeline" data-series={plot.id} data-measure={plot.measure} aria-labelledby={`${base}-cap`} aria-describedby={`${base}-desc`}>
      <figcaption id={`${base}-cap`}>{plot.title}</figcaption>
      <p id={`${base}-desc`} class="visually-hidden">{plot.description}</p>
      <Svg view={plot.full} id={`${base}-full`} label={say('plot_whole_war', { title: plot.title })} />
      {plot.zoom && (
        <>
          <p class="small muted plot-sub">{say('plot_around_date')}</p>
          <Svg view={plot.zoom} id={`${base}-zoom`} label={say('plot_zoom_label', { title: plot.title })} />
        </>
      )}
      <p class="legend small muted">
        <span class="key key-series" aria-hidden="true" /> {say('plot_legend_published')}
        <span class="key key-page-mark" aria-hidden="true" /> {say('plot_legend_page')}
        <span class="key key-report-mark" aria-hidden="true" /> {say('plot_legend_reports')}
        <span class="key key-date" aria-hidden="true" /> {say('plot_legend_date')}
      </p>
      <p class="small muted source">{plot.source}{plot.credit ? ` ${plot.credit}` : ''}</p>
      {plot.rows.length > 0 && (
        <details class="plot-table">
          <summary class="small">{say('plot_table_summary')}</summary>
          <table>
            <caption class="visually-hidden">{say('plot_table_caption', { title: plot.title })}</caption>
            <thead>
              <tr>
                <th scope="col">{say('plot_col_date')}</th>
                <th scope="col">{say('plot_col_published')}</th>
                <th scope="col">{say('plot_col_figures')}</th>
              </tr>
            </thead>
            <tbody>
              {plot.rows.map((r) => (
                <tr key={r.date} data-published={r.value === null ? 'no' : 'yes'}>
                  <th scope="row">{formatDate(r.date)}</th>
                  <td class="num">{r.value === null ? say('plot_no_bulletin') : formatNumber(r.value)}</td>
                  <td>{r.notes.join('; ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </figure>
  );
}
