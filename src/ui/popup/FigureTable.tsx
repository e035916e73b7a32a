import type { ReferenceSet } from '../../reference/format';
import type { Alignment, Figure, RelatedReport } from '../../types';
import { figureRows } from '../common/figure-rows';
import { checkedFigures, OfficialChecks } from './OfficialChecks';
import { KindTag } from '../common/KindTag';
import { ArticleLink } from './ArticleLink';

/** Props of {@link FigureTable}. */
export interface FigureTableProps {
  alignments: readonly Alignment[];
  /** The page's figures: those with an official check are listed first. */
  figures?: readonly Figure[];
  /** The bundled series, for the publishers the checks name. */
  reference?: ReferenceSet | null;
  /** The related reports: where an article of the reader's library was published, to link its figures there. */
  related?: readonly RelatedReport[];
}

/**
 * The page's figures: first their check against the official counts, then beside the related
 * reports' figures of the same measure: the value here, the values there (publisher and date), the
 * kind of difference (icon and word) and the change.
 */
export function FigureTable({ alignments, figures = [], reference, related = [] }: FigureTableProps) {
  const rows = figureRows(alignments);
  const kept = new Map(related.filter((r) => r.keptAt !== undefined).map((r) => [r.id, r.url]));
  const official = checkedFigures(figures).length > 0 ? <OfficialChecks figures={figures} reference={reference} /> : null;
  if (rows.length === 0) {
    return (
      <section class="block" aria-labelledby="figures-title" data-testid="popup-no-figures">
        <h2 id="figures-title">Figures</h2>
        {official}
        <p class="muted">No figure on this page is also given by a report of the same story.</p>
      </section>
    );
  }
  const differ = rows.filter((r) => r.kind !== 'agrees').length;
  return (
    <section class="block" aria-labelledby="figures-title">
      <h2 id="figures-title">
        Figures <span class="muted small">({differ === 0 ? 'all agree' : `${differ} of ${rows.length} differ`})</span>
      </h2>
      {official}
      <div class="table-wrap">
        <table class="figures" data-testid="popup-figures">
          <caption class={official ? 'small muted' : 'visually-hidden'}>Figures on this page compared with the related reports</caption>
          <thead>
            <tr>
              <th scope="col">Measure</th>
              <th scope="col">This page</th>
              <th scope="col">Other reports</th>
              <th scope="col">Kind</th>
              <th scope="col">Change</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key} data-testid="figure-row" data-kind={r.kind} data-measure={r.measure}>
                <th scope="row">{r.label}</th>
                <td class="num">{r.pageText}</td>
                <td>
                  <ul class="others">
                    {r.others.map((o, i) => (
                      <li key={`${o.reportId}:${i}`} data-kept={o.keptAt !== undefined ? 'true' : undefined}>
                        <span class="num">{o.text}</span>{' '}
                        <ArticleLink id={o.reportId} url={kept.get(o.reportId)} keptAt={o.keptAt} class="small" title={o.publisherFull}>
                          {o.keptAt !== undefined ? o.title ?? o.publisher : o.publisher}
                        </ArticleLink>
                        <span class="muted small">, {o.date}{o.read ? ` · ${o.read}` : ''}</span>
                      </li>
                    ))}
                  </ul>
                </td>
                <td><KindTag kind={r.kind} /></td>
                <td class="change small" title={r.explanation}>{r.change}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
