import type { Figure } from '../../types';
import { usableFigures } from '../common/highlight';

/**
 * The report's figures as a table after the text: the marks' titles only show on hover, so this
 * is how keyboard and screen-reader users learn each figure's measure and source.
 */
export function FigureList({ text, figures }: { text: string; figures: readonly Figure[] }) {
  const list = usableFigures(text, figures);
  if (list.length === 0) return null;
  return (
    <section class="figure-list" aria-labelledby="figure-list-title">
      <h2 id="figure-list-title">Figures in this report</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">Figure</th>
            <th scope="col">Measure</th>
            <th scope="col">Source</th>
            <th scope="col">Scope</th>
          </tr>
        </thead>
        <tbody>
          {list.map((f) => (
            <tr key={f.start} data-measure={f.measure ?? undefined}>
              <th scope="row">{f.qualifier && !f.text.toLowerCase().startsWith(f.qualifier.toLowerCase()) ? `${f.qualifier} ${f.text}` : f.text}</th>
              <td>{f.label ?? '—'}</td>
              <td>{f.source ?? '—'}</td>
              <td>{f.scope ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
