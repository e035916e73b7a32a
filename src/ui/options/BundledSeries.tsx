import type { SeriesInfo } from '../../reference/series-info';
import { formatDate, formatNumber } from '../../wording/format';

const KIND_NOTE: Record<SeriesInfo['kind'], string> = {
  cumulative: 'a running total, with each bulletin',
  period: "each bulletin's count over its own period",
  release: 'a running total, published now and then',
};

const span = (dates: readonly [string, string]) => (
  <>
    <time dateTime={dates[0]}>{formatDate(dates[0])}</time> to <time dateTime={dates[1]}>{formatDate(dates[1])}</time>
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
      <h2 id="reference-title">Official counts</h2>
      <p>
        Crosscheck checks figures against {series.length === 1 ? '1 official series' : `${series.length} official series`}, compiled into the
        extension when it was built: only values their publishers published, never values a dataset carried forward or filled in.
      </p>
      <ul class="series">
        {series.map((s) => (
          <li key={s.id} data-series={s.id}>
            <h3>{s.label}</h3>
            <p>
              {s.publisher}: {KIND_NOTE[s.kind]}. <span data-testid="opt-reference-count">{s.published === 1 ? '1 value' : `${formatNumber(s.published)} values`}</span> published
              {s.publishedSpan && <>, {span(s.publishedSpan)}</>}.
            </p>
            <p class="muted small">
              {s.dataset}, covering {span(s.coverage)}. Licence: {s.licence}
              {s.credit && <>; credit: <strong>{s.credit}</strong></>}.
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
