import { measureLabel } from '../../wording/labels';
import { withQualifier } from '../../wording/format';
import { scopeWords } from '../common/scope-words';
import type { Figure } from '../../types';
import { usableFigures } from '../common/highlight';
import { say } from '../../wording/messages';

/**
 * The report's figures as a table after the text: the marks' titles only show on hover, so this
 * is how keyboard and screen-reader users learn each figure's measure and source.
 */
export function FigureList({ text, figures }: { text: string; figures: readonly Figure[] }) {
  const list = usableFigures(text, figures);
  if (list.length === 0) return null;
  return (
    <section class="figure-list" aria-labelledby="figure-list-title">
      <h2 id="figure-list-title">{say('report_figures')}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{say('common_figure')}</th>
            <th scope="col">{say('popup_col_measure')}</th>
            <th scope="col">{say('report_col_source')}</th>
            <th scope="col">{say('report_col_scope')}</th>
          </tr>
        </thead>
        <tbody>
          {list.map((f) => (
            <tr key={f.start} data-measure={f.measure ?? undefined}>
              <th scope="row">{withQualifier(f.text, f.qualifier)}</th>
              <td>{measureLabel(f.measure, f.label) || '—'}</td>
              <td>{f.source ?? '—'}</td>
              <td>{f.scope ? scopeWords(f.scope) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
