import { measureLabel } from '../../wording/labels';
import type { SeriesInfo } from '../../reference/series-info';
import { formatDate } from '../../wording/format';
import { say } from '../../wording/messages';
import { Say } from '../common/Say';

const KIND_NOTE: Readonly<Record<SeriesInfo['kind'], string>> = {
  get cumulative() { return say('opt_series_cumulative'); },
  get period() { return say('opt_series_period'); },
  get release() { return say('opt_series_release'); },
};

const span = (dates: readonly [string, string]) => (
  <>
    <Say k="opt_series_span" params={{ from: <time dateTime={dates[0]}>{formatDate(dates[0])}</time>, to: <time dateTime={dates[1]}>{formatDate(dates[1])}</time> }} />
  </>
);

/**
 * The official series bundled with the extension, as the reader should know them: what each
 * counts, who publishes it, the dataset and its licence (with the credit the licence asks for),
 * the dates it covers and how many values were published. Takes the descriptions as a prop;
 * {@link OfficialCounts} passes the bundled ones.
 */
export function BundledSeries({ series }: { series: readonly SeriesInfo[] }) {
  return (
    <section class="card" aria-labelledby="reference-title" data-testid="opt-reference" data-count={series.length}>
      <h2 id="reference-title">{say('opt_series_title')}</h2>
      <p>
        {say('opt_series_intro', { count: series.length })}
      </p>
      <ul class="series">
        {series.map((s) => (
          <li key={s.id} data-series={s.id}>
            <h3>{measureLabel(s.measure, s.label)}</h3>
            <p>
              <Say
                k={s.publishedSpan ? 'opt_series_published_span' : 'opt_series_published'}
                params={{
                  publisher: s.publisher,
                  kind: KIND_NOTE[s.kind],
                  values: <span data-testid="opt-reference-count">{say('opt_series_values', { count: s.published })}</span>,
                  span: s.publishedSpan && span(s.publishedSpan),
                }}
              />
            </p>
            <p class="muted small">
              <Say
                k={s.credit ? 'opt_series_dataset_credit' : 'opt_series_dataset'}
                params={{ dataset: s.dataset, span: span(s.coverage), licence: s.licence, credit: s.credit && <strong>{s.credit}</strong> }}
              />
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
