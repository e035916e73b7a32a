import type { ReferenceSet } from '../../reference/format';
import type { Alignment, Figure } from '../../types';
import { figureRows } from '../common/figure-rows';
import { checkedFigures, OfficialChecks } from './OfficialChecks';
import { KindTag } from '../common/KindTag';
import { ReportLink } from './ReportLink';

/** Props of {@link FigureTable}. */
export interface FigureTableProps {
  alignments: readonly Alignment[];
  /** The page's figures: those with an official check are listed first. */
  figures?: readonly Figure[];
  /** The bundled series, for the publishers the checks name. */
  reference?: ReferenceSet | null;
}

/**
 * The page's figures: first their check against the official counts, then beside the related
 * reports' figures of the same measure: the value here, the values there (publisher and date), the
 * kind of difference (icon and word) and the change.
 */
export function FigureTable({ alignments, figures = [], reference }: FigureTableProps) {
  const rows = figureRows(alignments);
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
                      <li key={`${o.reportId}:${i}`}>
                        <span class="num">{o.text}</span>{' '}
                        <ReportLink id={o.reportId} class="small" title={o.publisherFull}>{o.publisher}</ReportLink>
                        <span class="muted small">, {o.date}</span>
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
